import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { adminSession, demoAdministrators } from './admin.js'
import { launchChromium } from './browser.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, mainMenu } from './pages.js'

// Issue 13 item 2 (R3.4, R3.5): an OPERATOR changes a KEP's weekly hours, closes it for a day
// and sets (then removes) its extraordinary hours on a date, each change previewed, confirmed,
// then applied — by keyboard-usable forms, axe clean.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A date some days from today in Athens, YYYY-MM-DD. */
function daysAhead(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date())
  const d = new Date(`${today}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Opens the hours of the first KEP of Athens (all-year hours in the seed). */
async function openAthensKep(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Ωράρια' }).click()
  await page.getByRole('heading', { level: 1, name: 'Ωράρια λειτουργίας' }).waitFor()
  const select = page.getByLabel('ΚΕΠ', { exact: true })
  await expect.poll(() => select.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1)
  const option = select.locator('option').filter({ hasText: 'Αθηναίων' }).first()
  const value = await option.getAttribute('value')
  expect(value).toBeTruthy()
  await select.selectOption(value!)
  await page.getByRole('button', { name: 'Άνοιγμα' }).click()
  await page.getByRole('heading', { level: 1, name: /^Ωράρια: / }).waitFor()
  await page.getByRole('heading', { level: 3, name: 'Όλο τον χρόνο' }).waitFor({ timeout: 15_000 })
}

describe('opening hours in the admin app', () => {
  it('R3.5 an OPERATOR sets a KEP’s weekly hours: a refused window named, then preview → confirm → applied', async () => {
    const { context, page, problems } = await adminSession(browser, baseUrl, 'operator')
    try {
      await openAthensKep(page)
      await expectNoAxeViolations(page, 'a KEP’s hours')

      await page.getByRole('button', { name: 'Αλλαγή ωραρίου (Όλο τον χρόνο)' }).click()
      const closes = page.getByLabel('Δευτέρα, διάστημα 1: κλείνει')
      // closing before opening: refused, named in the error summary, nothing changed
      await closes.fill('06:00')
      await page.getByRole('button', { name: 'Προεπισκόπηση της αλλαγής' }).click()
      const summary = page.getByRole('alert')
      await summary
        .getByText('Η ώρα λήξης πρέπει να είναι μετά την ώρα έναρξης.')
        .waitFor({ timeout: 15_000 })
      await expectNoAxeViolations(page, 'the weekly hours editor with an error')

      await closes.fill('14:00')
      await page.getByRole('button', { name: 'Προεπισκόπηση της αλλαγής' }).click()
      await page.getByRole('heading', { name: 'Να εφαρμοστεί το νέο ωράριο;' }).waitFor()
      await page.getByText('Προεπισκόπηση: δεν έχει γίνει ακόμη καμία αλλαγή.').waitFor()
      await expectNoAxeViolations(page, 'the weekly hours’ confirmation step')
      await page.getByRole('button', { name: 'Εφαρμογή της αλλαγής' }).click()
      await page.getByText('Το ωράριο άλλαξε.').waitFor({ timeout: 15_000 })
      await page.getByRole('button', { name: 'Τέλος' }).click()
      const monday = page
        .locator('.hours-variant .govgr-summary-list__row')
        .filter({ hasText: 'Δευτέρα' })
        .first()
      await expect.poll(() => monday.textContent(), { timeout: 15_000 }).toContain('–14:00')
      // the change is on the KEP's audit trail line, by the OPERATOR's name
      await page
        .getByText(`Τελευταία αλλαγή από ${demoAdministrators.operator.name} στις `, {
          exact: false,
        })
        .waitFor({ timeout: 15_000 })
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('R3.4 an OPERATOR closes a KEP for a day by keyboard: preview → confirm → listed; usable at 360 px', async () => {
    const { context, page, problems } = await adminSession(browser, baseUrl, 'operator', 'phone')
    try {
      await (await mainMenu(page, 'Κύριο μενού')).waitFor()
      await openAthensKep(page)
      await expectNoHorizontalScroll(page, 'a KEP’s hours at 360 px')

      const day = daysAhead(40)
      await page.getByRole('button', { name: 'Νέο κλείσιμο' }).focus()
      await page.keyboard.press('Enter')
      await page.getByLabel('Από', { exact: true }).fill(day)
      await page.getByLabel('Έως', { exact: true }).fill(day)
      await page.getByLabel('Λόγος (ελληνικά)').fill('Απολύμανση χώρων')
      await page.getByLabel('Λόγος (αγγλικά)').fill('Disinfection of the premises')
      await page.getByLabel('Λόγος (αγγλικά)').press('Enter')
      await page.getByRole('heading', { name: 'Να κλείσει το ΚΕΠ αυτές τις ημέρες;' }).waitFor({
        timeout: 15_000,
      })
      await expectNoAxeViolations(page, 'the closure’s confirmation step')
      await expectNoHorizontalScroll(page, 'the closure’s confirmation step at 360 px')
      await page.getByRole('button', { name: 'Εφαρμογή της αλλαγής' }).focus()
      await page.keyboard.press('Enter')
      await page.getByText('Το κλείσιμο καταχωρίστηκε.').waitFor({ timeout: 15_000 })
      await page.getByRole('button', { name: 'Τέλος' }).click()
      const row = page.getByRole('row').filter({ hasText: 'Απολύμανση χώρων' })
      await row.waitFor({ timeout: 15_000 })
      expect(await row.textContent()).toContain(day)
      await expectNoAxeViolations(page, 'a KEP’s closures')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('R3.4 an OPERATOR sets extraordinary hours by keyboard alone: a refused window named, then preview → confirm → listed; removing them is previewed too', async () => {
    const { context, page, problems } = await adminSession(browser, baseUrl, 'operator')
    try {
      await openAthensKep(page)
      const day = daysAhead(45)
      const press = async (name: string) => {
        await page.getByRole('button', { name, exact: true }).focus()
        await page.keyboard.press('Enter')
      }
      await press('Νέο έκτακτο ωράριο')
      await page.getByLabel('Ημερομηνία', { exact: true }).fill(day)
      // closing before opening: refused, named in the error summary, nothing changed
      const closes = page.getByLabel('Διάστημα 1: κλείνει', { exact: true })
      await closes.fill('08:00')
      await closes.press('Enter')
      await page
        .getByRole('alert')
        .getByText('Η ώρα λήξης πρέπει να είναι μετά την ώρα έναρξης.')
        .waitFor({ timeout: 15_000 })
      await expectNoAxeViolations(page, 'the extraordinary hours’ form with an error')

      await closes.fill('12:00')
      await page.getByLabel('Λόγος (ελληνικά)').fill('Έκτακτη λειτουργία για το επίδομα')
      await page.getByLabel('Λόγος (αγγλικά)').fill('Extraordinary opening for the allowance')
      await page.getByLabel('Λόγος (αγγλικά)').press('Enter')
      await page
        .getByRole('heading', { name: `Να εφαρμοστεί το έκτακτο ωράριο της ${day};` })
        .waitFor({ timeout: 15_000 })
      await page.getByText('Προεπισκόπηση: δεν έχει γίνει ακόμη καμία αλλαγή.').waitFor()
      await expectNoAxeViolations(page, 'the extraordinary hours’ confirmation step')
      await press('Εφαρμογή της αλλαγής')
      await page.getByText('Το έκτακτο ωράριο αποθηκεύτηκε.').waitFor({ timeout: 15_000 })
      await press('Τέλος')
      const row = page.locator('.govgr-summary-list__row').filter({ hasText: day })
      await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('09:00–12:00')

      await press(`Αφαίρεση του έκτακτου ωραρίου της ${day}`)
      await press('Προεπισκόπηση της αλλαγής')
      await page
        .getByRole('heading', { name: `Να αφαιρεθεί το έκτακτο ωράριο της ${day};` })
        .waitFor({ timeout: 15_000 })
      await expectNoAxeViolations(page, 'the removal’s confirmation step')
      await press('Εφαρμογή της αλλαγής')
      await page.getByText('Το έκτακτο ωράριο αφαιρέθηκε.').waitFor({ timeout: 15_000 })
      await press('Τέλος')
      await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('R3.5 the bulk page and an AUDITOR’s read-only view are axe clean; the AUDITOR has no change buttons', async () => {
    const operator = await adminSession(browser, baseUrl, 'operator')
    try {
      await operator.page.goto(`${baseUrl}/admin/hours/bulk`)
      await operator.page
        .getByRole('heading', { level: 1, name: 'Ένα ωράριο σε πολλά ΚΕΠ' })
        .waitFor()
      await operator.page.getByRole('button', { name: 'Προσθήκη διαστήματος (Σάββατο)' }).waitFor()
      await expectNoAxeViolations(operator.page, 'the bulk hours page')
    } finally {
      await operator.context.close()
    }
    const auditor = await adminSession(browser, baseUrl, 'auditor')
    try {
      await openAthensKep(auditor.page)
      expect(await auditor.page.getByRole('button', { name: /^Αλλαγή ωραρίου/ }).count()).toBe(0)
      expect(await auditor.page.getByRole('button', { name: 'Νέο κλείσιμο' }).count()).toBe(0)
      expect(await auditor.page.getByRole('button', { name: 'Νέο έκτακτο ωράριο' }).count()).toBe(0)
      await expectNoAxeViolations(auditor.page, 'a KEP’s hours read by an AUDITOR')
      expect(auditor.problems).toEqual([])
    } finally {
      await auditor.context.close()
    }
  })
})
