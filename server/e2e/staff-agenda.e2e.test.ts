import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser.js'
import {
  bookNow,
  graphqlIn,
  startCallServer,
  type BookedCall,
  type CallServer,
  loggedIn,
} from './call-fixture.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  viewports,
  type ViewportName,
} from './pages.js'

// Issue 14 item 1 and the search of item 3 in a real browser: an employee's own appointments
// by default, the KEP's, a week and the next, a booking found by its reference; axe on each
// view, the keyboard alone, and a phone's 360 px without sideways scrolling.

let server: CallServer
let browser: Browser
/** Two citizens' appointments at the same first free time: two different employees take them. */
let ours: BookedCall
let theirs: BookedCall
/** The GSIS stand-in user of the employee who takes `ours`. */
let employeeUser: string
let employeeName: string
let otherName: string

/** A session of its own, from its own address (10.14.x.y): logins are limited per address. */
function session(
  who: { role: 'citizen' | 'staff'; user: string },
  viewport: ViewportName = 'desktop',
) {
  return loggedIn(browser, server.baseUrl, who, {
    viewport: viewports[viewport],
    network: '10.14',
    watch: false,
  })
}

const todayInAthens = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date())
const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
  const maria = await session({ role: 'citizen', user: 'demo-citizen-1' })
  const other = await session({ role: 'citizen', user: 'demo-citizen-2' })
  ours = await bookNow(maria.context, { fullName: 'Μαρία Παπαδοπούλου' })
  theirs = await bookNow(other.context, { fullName: 'Γιώργος Νικολάου' })
  await maria.context.close()
  await other.context.close()
  // who takes which: read as the KEP's manager, and found among the seeded staff
  const manager = await session({ role: 'staff', user: 'emp0001a' })
  const assigned = async (id: string) =>
    (
      await graphqlIn<{ booking: { assignedEmployee: { displayName: string } } }>(
        manager.context,
        'query ($id: ID!) { booking(id: $id) { assignedEmployee { displayName } } }',
        { id },
      )
    ).booking.assignedEmployee.displayName
  employeeName = await assigned(ours.id)
  otherName = await assigned(theirs.id)
  await manager.context.close()
  const staff = JSON.parse(
    await readFile(new URL('../seed/staff.json', import.meta.url), 'utf8'),
  ) as { kep: string; fullName: string; gsisUserId: string }[]
  employeeUser = staff.find((s) => s.kep === 'KEP-0001' && s.fullName === employeeName)!.gsisUserId
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const rowOf = (page: Page, booking: BookedCall) =>
  page.locator(`tr[data-booking-id="${booking.id}"]`)

describe('the staff agenda (issue 14)', () => {
  it('issue 14: an employee sees only their own appointments by default, then the KEP’s with who takes each', async () => {
    expect(otherName).not.toBe(employeeName)
    const { context, page, problems } = await session({ role: 'staff', user: employeeUser })
    try {
      await page.getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — / }).waitFor()
      await rowOf(page, ours).waitFor()
      expect(await rowOf(page, theirs).count()).toBe(0)
      expect(await page.title()).toMatch(/^Τα ραντεβού μου — .+ — myKEPlive/)
      await expectNoAxeViolations(page, 'my appointments (day)')
      await screenshot(page, 'staff-agenda', '01-mine-day', 'desktop')

      await page.getByRole('link', { name: 'Όλου του ΚΕΠ' }).click()
      await page.getByRole('heading', { level: 1, name: /^Τα ραντεβού του ΚΕΠ — / }).waitFor()
      expect(new URL(page.url()).searchParams.get('scope')).toBe('kep')
      await rowOf(page, theirs).getByText(otherName).waitFor()
      await rowOf(page, ours).getByText(employeeName).waitFor()
      await expectNoAxeViolations(page, 'the KEP’s appointments (day)')
      await screenshot(page, 'staff-agenda', '02-kep-day', 'desktop')
      // a reload keeps the view
      await page.reload()
      await page.getByRole('heading', { level: 1, name: /^Τα ραντεβού του ΚΕΠ — / }).waitFor()
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14: the week view, the next week and back again (the address keeps each view)', async () => {
    const { context, page, problems } = await session({ role: 'staff', user: employeeUser })
    try {
      await page.getByRole('link', { name: 'Εβδομάδα', exact: true }).click()
      const week = page.getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — εβδομάδα / })
      await week.waitFor()
      await rowOf(page, ours).waitFor()
      const thisWeek = await week.textContent()
      await expectNoAxeViolations(page, 'my appointments (week)')
      await screenshot(page, 'staff-agenda', '03-mine-week', 'desktop')

      await page.getByRole('link', { name: 'Επόμενη εβδομάδα' }).click()
      await expect
        .poll(() => new URL(page.url()).searchParams.get('date'))
        .toBe(addDays(todayInAthens(), 7))
      await expect.poll(() => week.textContent()).not.toBe(thisWeek)
      await page.getByText('Δεν υπάρχουν ραντεβού αυτή την εβδομάδα.').waitFor()
      expect(await rowOf(page, ours).count()).toBe(0)

      await page.goBack()
      await expect.poll(() => week.textContent()).toBe(thisWeek)
      await rowOf(page, ours).waitFor()
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14: finds a booking by its reference; the result opens the call’s page', async () => {
    const { context, page, problems } = await session({ role: 'staff', user: employeeUser })
    try {
      await page.getByLabel('Αριθμός ραντεβού, όνομα ή email του πολίτη').fill(theirs.reference)
      await page.getByRole('button', { name: 'Αναζήτηση', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Αναζήτηση ραντεβού' }).waitFor()
      await rowOf(page, theirs).waitFor()
      expect(await page.locator('tr[data-booking-id]').count()).toBe(1)
      await expectNoAxeViolations(page, 'the search’s results')
      await screenshot(page, 'staff-agenda', '04-search', 'desktop')
      // too short: the server's message, at the field and in the summary
      await page.getByLabel('Αριθμός ραντεβού, όνομα ή email του πολίτη').fill('ab')
      await page.getByRole('button', { name: 'Αναζήτηση', exact: true }).click()
      await page.getByText('Υπάρχει πρόβλημα').waitFor()
      await expectNoAxeViolations(page, 'the search refused')
      await page.goBack()
      await rowOf(page, theirs)
        .getByRole('link', { name: /Άνοιγμα κλήσης με Γιώργος/ })
        .click()
      await page.waitForURL(`${server.baseUrl}/staff/calls/${theirs.id}`)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14: the agenda by keyboard alone: switch to the KEP’s, the next day, focus on the new heading', async () => {
    const { context, page, problems } = await session({ role: 'staff', user: employeeUser })
    try {
      await page.getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — / }).waitFor()
      const tabTo = async (name: string) => {
        for (let i = 0; i < 80; i++) {
          await page.keyboard.press('Tab')
          const text = await page.evaluate<string>(
            '(document.activeElement && document.activeElement.textContent || "").trim()',
          )
          if (text === name) return
        }
        throw new Error(`Tab never reached “${name}”`)
      }
      await tabTo('Όλου του ΚΕΠ')
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: /^Τα ραντεβού του ΚΕΠ — / }).waitFor()
      await expect
        .poll(() =>
          page.evaluate<string>('document.activeElement && document.activeElement.tagName'),
        )
        .toBe('H1')
      await tabTo('Επόμενη ημέρα')
      await page.keyboard.press('Enter')
      await expect
        .poll(() => new URL(page.url()).searchParams.get('date'))
        .toBe(addDays(todayInAthens(), 1))
      await expect
        .poll(() =>
          page.evaluate<string>('document.activeElement && document.activeElement.tagName'),
        )
        .toBe('H1')
      // and a date chosen in the picker, sent with Enter
      await page.getByLabel('Ημερομηνία', { exact: true }).fill(addDays(todayInAthens(), 2))
      await page.getByLabel('Ημερομηνία', { exact: true }).press('Enter')
      await expect
        .poll(() => new URL(page.url()).searchParams.get('date'))
        .toBe(addDays(todayInAthens(), 2))
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14: at 360 px the agenda is cards, with no sideways scrolling', async () => {
    const { context, page, problems } = await session(
      { role: 'staff', user: employeeUser },
      'phone',
    )
    try {
      await page.goto('/staff/?view=day&scope=kep')
      await rowOf(page, ours).waitFor()
      await expectNoHorizontalScroll(page, 'the KEP’s appointments at 360 px')
      // a string runs in the page: the server's type check has no DOM library
      const display = await page.evaluate<string>(
        `getComputedStyle(document.querySelector('tr[data-booking-id="${ours.id}"]')).display`,
      )
      expect(display).toBe('block')
      await expectNoAxeViolations(page, 'the KEP’s appointments at 360 px')
      await screenshot(page, 'staff-agenda', '05-kep-day', 'phone')
      await page.goto('/staff/?view=week&scope=kep')
      await rowOf(page, ours).waitFor()
      await expectNoHorizontalScroll(page, 'the KEP’s week at 360 px')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)
})
