import { randomBytes, randomInt } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { withAfmCheckDigit } from '../src/platform/afm.js'
import { adminSession } from './admin.js'
import { launchChromium, watchProblems } from './browser.js'
import {
  chooseFirstFreeDay,
  continueButton,
  expectStep,
  loginFromFlow,
  slotRadios,
  validAfm,
  waitForMail,
} from './booking-flow.js'
import { expectNoAxeViolations, viewports } from './pages.js'

// Issue 13, "Tests": an administrator creates a KEP with hours and two employees and a citizen
// can book it at once. Everything the administrator does goes through the admin app's screens
// (axe on each); then, in a browser of their own, a citizen books the earliest time the new KEP
// offers, chosen by its name, and the confirmation email arrives.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** The admin app's menu, as a person moves between its pages. */
const menuLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Κύριο μενού' }).getByRole('link', { name, exact: true })

/** The new KEP of Athens with two workstations, through the "New KEP" form; returns on its page. */
async function createKep(page: Page, code: string, name: string) {
  await menuLink(page, 'ΚΕΠ').click()
  await page.getByRole('heading', { level: 1, name: 'ΚΕΠ' }).waitFor()
  await page.getByRole('table').waitFor()
  await expectNoAxeViolations(page, 'the KEPs’ list')
  await page.getByRole('link', { name: 'Νέο ΚΕΠ' }).click()
  await page.getByRole('heading', { level: 1, name: 'Νέο ΚΕΠ' }).waitFor()
  await expectNoAxeViolations(page, 'the new KEP form')
  await page.getByLabel('Κωδικός', { exact: true }).fill(code)
  await page.getByLabel('Ονομασία (ελληνικά)').fill(name)
  await page.getByLabel('Ονομασία (αγγλικά)').fill(`Test KEP ${code}`)
  const municipality = page.getByLabel('Δήμος', { exact: true })
  await expect.poll(() => municipality.locator('option').count()).toBeGreaterThan(1)
  // each municipality is named with its region
  const athens = municipality.locator('option').filter({ hasText: /^Δήμος Αθηναίων \(/ })
  await municipality.selectOption((await athens.getAttribute('value'))!)
  await page.locator('#kep-addressEl').fill('Ακαδημίας 50')
  await page.locator('#kep-addressEn').fill('50 Akadimias Street')
  await page.locator('#kep-postalCode').fill('10679')
  await page.locator('#kep-cityEl').fill('Αθήνα')
  await page.locator('#kep-cityEn').fill('Athens')
  await page.locator('#kep-phone').fill('2103456789')
  await page.locator('#kep-email').fill('e2e-new-kep@example.gr')
  await page.getByLabel('Θέση εργασίας 1', { exact: true }).fill('Θέση 1')
  await page.getByRole('button', { name: 'Προσθήκη θέσης εργασίας' }).click()
  await page.getByLabel('Θέση εργασίας 2', { exact: true }).fill('Θέση 2')
  await page.getByRole('button', { name: 'Δημιουργία ΚΕΠ' }).click()
  await page.getByRole('heading', { level: 1, name }).waitFor()
  await page.getByText('Το ΚΕΠ δημιουργήθηκε.').waitFor()
  await expectNoAxeViolations(page, 'the new KEP’s page')
}

/** Its weekly hours, all year: the editor's default week (Monday to Friday 08:00–15:00). */
async function setWeeklyHours(page: Page, code: string) {
  await menuLink(page, 'Ωράρια').click()
  await page.getByRole('heading', { level: 1, name: 'Ωράρια λειτουργίας' }).waitFor()
  const select = page.getByLabel('ΚΕΠ', { exact: true })
  await expect.poll(() => select.locator('option').filter({ hasText: code }).count()).toBe(1)
  await expectNoAxeViolations(page, 'the hours page')
  await select.selectOption({ label: `${code} · ΚΕΠ Δοκιμής ${code} (Δήμος Αθηναίων)` })
  await page.getByRole('button', { name: 'Άνοιγμα' }).click()
  await page
    .getByRole('heading', { level: 1, name: `Ωράρια: ${code} · ΚΕΠ Δοκιμής ${code}` })
    .waitFor()
  await page.getByText('Το ΚΕΠ δεν έχει εβδομαδιαίο ωράριο.').waitFor()
  await expectNoAxeViolations(page, 'the new KEP’s hours, none yet')
  await page.getByRole('button', { name: 'Νέο ωράριο' }).click()
  await page.getByRole('radio', { name: 'Όλο τον χρόνο' }).check()
  await expect
    .poll(() => page.getByLabel('Παρασκευή, διάστημα 1: κλείνει').inputValue())
    .toBe('15:00')
  await page.getByRole('button', { name: 'Προεπισκόπηση της αλλαγής' }).click()
  await page.getByRole('heading', { name: 'Να εφαρμοστεί το νέο ωράριο;' }).waitFor()
  // a KEP without appointments: nothing to move or cancel
  await page.getByText('Η αλλαγή δεν επηρεάζει κανένα μελλοντικό ραντεβού.').waitFor()
  await expectNoAxeViolations(page, 'the new KEP’s hours, confirmation step')
  await page.getByRole('button', { name: 'Εφαρμογή της αλλαγής' }).click()
  await page.getByText('Το ωράριο άλλαξε.').waitFor({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Τέλος' }).click()
  const friday = page
    .locator('.hours-variant .govgr-summary-list__row')
    .filter({ hasText: 'Παρασκευή' })
  await expect.poll(() => friday.textContent(), { timeout: 15_000 }).toContain('08:00–15:00')
  await expectNoAxeViolations(page, 'the new KEP’s hours')
}

/**
 * An employee of the KEP, added by ΑΦΜ, available Monday to Friday 08:00–15:00 at one of its
 * workstations from today. `axe`: check its pages on the way (the second employee's are the same).
 */
async function addEmployee(
  page: Page,
  kep: { code: string; name: string },
  person: { fullName: string; email: string; workstation: string },
  { axe }: { axe: boolean },
) {
  const check = (where: string) => (axe ? expectNoAxeViolations(page, where) : undefined)
  await menuLink(page, 'Υπάλληλοι').click()
  await page.getByRole('heading', { level: 1, name: 'Υπάλληλοι ΚΕΠ' }).waitFor()
  await page.getByRole('table', { name: /Υπάλληλοι/ }).waitFor()
  await check('the employees’ list')
  await page.getByRole('link', { name: 'Προσθήκη υπαλλήλου' }).click()
  await page.getByRole('heading', { level: 1, name: 'Προσθήκη υπαλλήλου' }).waitFor()
  const kepSelect = page.getByLabel('ΚΕΠ', { exact: true })
  await expect.poll(() => kepSelect.locator('option').filter({ hasText: kep.code }).count()).toBe(1)
  await check('the add employee form')
  await kepSelect.selectOption({ label: `${kep.name} (${kep.code})` })
  const afm = withAfmCheckDigit(String(randomInt(10_000_000, 99_999_999)))
  await page.getByLabel('ΑΦΜ', { exact: true }).fill(afm)
  await page.getByLabel('Ονοματεπώνυμο', { exact: true }).fill(person.fullName)
  await page.getByLabel('Email', { exact: true }).fill(person.email)
  await page.getByRole('button', { name: 'Προσθήκη', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: person.fullName }).waitFor()
  await page.getByText('Ο υπάλληλος προστέθηκε.').waitFor()
  await page.getByText(afm, { exact: true }).waitFor()
  await page.getByText('Δεν έχει οριστεί διαθεσιμότητα.').waitFor()
  await check('the new employee’s page')

  // the employee's page has other previews (moving, deactivating): this one is availability's
  const availability = page.getByRole('region', { name: 'Διαθεσιμότητα', exact: true })
  await availability.getByRole('button', { name: 'Αλλαγή διαθεσιμότητας' }).click()
  for (let weekday = 1; weekday <= 5; weekday++) {
    await availability.getByRole('button', { name: 'Προσθήκη γραμμής' }).click()
    const row = availability.getByRole('group', { name: `Γραμμή ${weekday}` })
    await row.getByLabel('Ημέρα', { exact: true }).selectOption(String(weekday))
    await row
      .getByLabel('Θέση εργασίας', { exact: true })
      .selectOption({ label: person.workstation })
  }
  await check('the availability editor')
  await availability.getByRole('button', { name: 'Προεπισκόπηση', exact: true }).click()
  await page.getByRole('heading', { name: 'Αλλαγή της διαθεσιμότητας;' }).waitFor()
  await check('the availability’s confirmation step')
  await availability.getByRole('button', { name: 'Επιβεβαίωση', exact: true }).click()
  await page.getByText('Η διαθεσιμότητα άλλαξε.').waitFor({ timeout: 15_000 })
  const rows = page.getByRole('table', { name: 'Διαθεσιμότητα ανά ημέρα' }).getByRole('row')
  await expect.poll(() => rows.filter({ hasText: person.workstation }).count()).toBe(5)
}

describe('a new KEP, ready at once', () => {
  it(
    'issue 13: an ADMINISTRATOR creates a KEP with hours and two employees in the admin app, and a citizen books its earliest time at once',
    { timeout: 300_000 },
    async () => {
      const admin = await adminSession(browser, baseUrl, 'administrator')
      const citizen = await browser.newContext({
        locale: 'el-GR',
        viewport: viewports.desktop,
        // an address of its own, as the admin sessions have: the login limit counts per address
        extraHTTPHeaders: { 'x-forwarded-for': '10.14.0.1' },
      })
      const code = `KEP-NEW-${randomBytes(3).toString('hex').toUpperCase()}`
      const kep = { code, name: `ΚΕΠ Δοκιμής ${code}` }
      try {
        const { page } = admin
        await createKep(page, code, kep.name)
        await setWeeklyHours(page, code)
        await addEmployee(
          page,
          kep,
          {
            fullName: 'Ελπίδα Μαυρίδου',
            email: 'e.mavridou@kep.example.gr',
            workstation: 'Θέση 1',
          },
          { axe: true },
        )
        await addEmployee(
          page,
          kep,
          {
            fullName: 'Στέλιος Φραγκιαδάκης',
            email: 's.fragkiadakis@kep.example.gr',
            workstation: 'Θέση 2',
          },
          { axe: false },
        )
        expect(admin.problems).toEqual([])

        // a citizen, in a browser of their own, finds the new KEP among Athens's by its name
        const citizenPage = await citizen.newPage()
        const problems = watchProblems(citizenPage)
        const email = `e2e-new-kep-${randomBytes(3).toString('hex')}@example.gr`
        await citizenPage.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(citizenPage, {
          userId: `e2e-new-kep-${randomBytes(3).toString('hex')}`,
          afm: validAfm(String(randomInt(10_000_000, 99_999_999))),
          firstName: 'Ηλέκτρα',
          lastName: 'Σωτηρίου',
        })
        await citizenPage.getByRole('radio', { name: 'Εξυπηρέτηση από το Δήμο σας' }).check()
        await continueButton(citizenPage).click()
        await expectStep(citizenPage, 'Ποιος είναι ο δήμος σας;')
        await citizenPage.getByLabel('Αναζήτηση δήμου').fill('αθηναιων')
        await citizenPage.getByRole('radio', { name: 'Δήμος Αθηναίων' }).check()
        await continueButton(citizenPage).click()
        await expectStep(citizenPage, 'Ποια υπηρεσία χρειάζεστε;')
        await citizenPage
          .getByRole('radio', { name: 'Βεβαίωση τετραγωνικών μέτρων για δημοτικά τέλη' })
          .check()
        await continueButton(citizenPage).click()
        await expectStep(citizenPage, 'Ποιο ΚΕΠ θέλετε;')
        await citizenPage.getByRole('radio', { name: kep.name }).check()
        await continueButton(citizenPage).click()

        // the earliest day and time the new KEP offers
        await expectStep(citizenPage, 'Ποια ημέρα σας βολεύει;')
        await chooseFirstFreeDay(citizenPage)
        await continueButton(citizenPage).click()
        await expectStep(citizenPage, 'Τι ώρα σας βολεύει;')
        // the times of the day in order: the first is the earliest
        const earliest = slotRadios(citizenPage).first()
        await earliest.waitFor()
        await earliest.check()
        await continueButton(citizenPage).click()

        await expectStep(citizenPage, 'Τα στοιχεία σας')
        await citizenPage.getByLabel('Email', { exact: true }).fill(email)
        await citizenPage.getByLabel('Τηλέφωνο').fill('6947654321')
        await citizenPage.getByLabel('Ταχυδρομική διεύθυνση').fill('Σόλωνος 20, 10673 Αθήνα')
        await citizenPage.getByRole('radio', { name: 'Με email' }).check()
        await continueButton(citizenPage).click()
        await expectStep(citizenPage, 'Ελέγξτε το ραντεβού σας')
        await citizenPage.getByRole('main').getByText(kep.name).first().waitFor()
        await citizenPage.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()

        await expectStep(citizenPage, 'Το ραντεβού σας κλείστηκε')
        const reference = (await citizenPage.locator('.keplive-reference').textContent())!
        expect(reference).toMatch(/^KEP-\d{4}-\d{6}$/)
        const mail = await waitForMail(baseUrl, email, new RegExp(`${reference} κλείστηκε`))
        expect(mail.text).toContain(kep.name)
        expect(problems).toEqual([])
      } finally {
        await citizen.close()
        await admin.context.close()
      }
    },
  )
})
