import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminSession } from './admin.js'
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

// Issue 14 item 9 in a real browser: the KEP's manager opens "the KEP at a glance" from the
// menu by keyboard alone and reads the numbers of the appointments made here (one let into its
// call after waiting, one to come, one cancelled), per employee too; the next day by keyboard;
// a plain employee has no menu entry and the address shows the server's refusal; an AUDITOR
// sees the same figures on the admin app's KEP page; axe on each, 360 px without sideways
// scrolling.

let server: CallServer
let browser: Browser
let kepId: string
/** Today's appointments at the demo KEP: let in after waiting, to come, cancelled. */
let admitted: BookedCall
let coming: BookedCall
let cancelled: BookedCall
/** Each employee's expected counts for today, by id. */
const expected = new Map<string, { name: string; booked: number; cancelled: number }>()

/** A session of its own, from its own address (10.19.x.y): logins are limited per address. */
function session(
  who: { role: 'citizen' | 'staff'; user: string },
  viewport: ViewportName = 'desktop',
) {
  return loggedIn(browser, server.baseUrl, who, {
    viewport: viewports[viewport],
    network: '10.19',
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
  const giorgos = await session({ role: 'citizen', user: 'demo-citizen-2' })
  const eleni = await session({ role: 'citizen', user: 'demo-citizen-3' })
  admitted = await bookNow(maria.context, { fullName: 'Μαρία Παπαδοπούλου' })
  coming = await bookNow(giorgos.context, { fullName: 'Γιώργος Νικολάου' })
  cancelled = await bookNow(eleni.context, { fullName: 'Ελένη Κωνσταντίνου' })
  await graphqlIn(
    eleni.context,
    'mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id } } }',
    { input: { bookingId: cancelled.id } },
  )
  // Maria waits in her call; the KEP's manager lets her in
  const { joinCall } = await graphqlIn<{ joinCall: { call: { id: string } } }>(
    maria.context,
    'mutation ($input: JoinCallInput!) { joinCall(input: $input) { call { id } } }',
    { input: { bookingId: admitted.id } },
  )
  const manager = await session({ role: 'staff', user: 'emp0001a' })
  await graphqlIn(
    manager.context,
    'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
    { id: joinCall.call.id },
  )
  const { me } = await graphqlIn<{ me: { kep: { id: string } } }>(
    manager.context,
    'query { me { kep { id } } }',
  )
  kepId = me.kep.id
  for (const [booking, isCancelled] of [
    [admitted, false],
    [coming, false],
    [cancelled, true],
  ] as const) {
    const { booking: read } = await graphqlIn<{
      booking: { assignedEmployee: { id: string; displayName: string } }
    }>(
      manager.context,
      'query ($id: ID!) { booking(id: $id) { assignedEmployee { id displayName } } }',
      { id: booking.id },
    )
    const { id, displayName } = read.assignedEmployee
    const counts = expected.get(id) ?? { name: displayName, booked: 0, cancelled: 0 }
    if (isCancelled) counts.cancelled += 1
    else counts.booked += 1
    expected.set(id, counts)
  }
  for (const c of [maria, giorgos, eleni, manager]) await c.context.close()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The value of a summary row of a period ("Σήμερα, …" or "Εβδομάδα …"). */
const summaryValue = (page: Page, period: 'glance-day' | 'glance-week', key: string | RegExp) =>
  page
    .getByTestId(period)
    .locator('.govgr-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: key }) })
    .locator('dd')

const employeeCell = (page: Page, table: string, employeeId: string, field: string) =>
  page.locator(
    `[data-testid="${table}"] tr[data-employee-id="${employeeId}"] td[data-field="${field}"]`,
  )

async function focused(page: Page): Promise<string> {
  // a string runs in the page: the server's type check has no DOM library
  return page.evaluate<string>(
    '(document.activeElement && document.activeElement.textContent || "").trim()',
  )
}

async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    if ((await focused(page)) === name) return
  }
  throw new Error(`Tab never reached “${name}”`)
}

const focusedTag = (page: Page) =>
  page.evaluate<string>('document.activeElement && document.activeElement.tagName')

async function expectTodaysNumbers(page: Page) {
  const day = (key: string | RegExp) => summaryValue(page, 'glance-day', key)
  await expect.poll(() => day(/^Ραντεβού/).textContent()).toBe('2')
  expect(await day('Ολοκληρώθηκαν').textContent()).toBe('0')
  expect(await day('Δεν προσήλθαν').textContent()).toBe('0')
  expect(await day('Ακυρώθηκαν').textContent()).toBe('1')
  // Maria waited a moment before she was let in
  expect(await day(/^Μέση αναμονή/).textContent()).toMatch(/^\d+ λεπ\. \d+ δευτ\.$/)
  // a citizen could still book places at the KEP, open round the clock
  expect(
    Number(await day(/^Ελεύθερες θέσεις από τώρα — Διοικητική/).textContent()),
  ).toBeGreaterThan(0)
  // the week holds today's appointments
  expect(
    Number(await summaryValue(page, 'glance-week', /^Ραντεβού/).textContent()),
  ).toBeGreaterThanOrEqual(2)
  expect(
    Number(await summaryValue(page, 'glance-week', 'Ακυρώθηκαν').textContent()),
  ).toBeGreaterThanOrEqual(1)
  for (const [id, counts] of expected) {
    const row = page.locator(`[data-testid="glance-employees-day"] tr[data-employee-id="${id}"]`)
    await row.getByRole('rowheader', { name: counts.name }).waitFor()
    expect(await employeeCell(page, 'glance-employees-day', id, 'booked').textContent()).toBe(
      String(counts.booked),
    )
    expect(await employeeCell(page, 'glance-employees-day', id, 'cancelled').textContent()).toBe(
      String(counts.cancelled),
    )
  }
}

describe('the KEP at a glance (issue 14 item 9)', () => {
  it('issue 14.9: the manager opens it from the menu by keyboard alone and reads the day’s numbers, then the next day', async () => {
    const { context, page, problems } = await session({ role: 'staff', user: 'emp0001a' })
    try {
      await page.getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — / }).waitFor()
      await tabTo(page, 'Το ΚΕΠ με μια ματιά')
      await page.keyboard.press('Enter')
      await page.waitForURL(`${server.baseUrl}/staff/kep`)
      await page.getByRole('heading', { level: 1, name: /^Το ΚΕΠ με μια ματιά — / }).waitFor()
      await expect.poll(() => focusedTag(page)).toBe('H1')
      expect(await page.title()).toMatch(/^Το ΚΕΠ με μια ματιά — .+ — myKEPlive/)
      await page.getByRole('heading', { level: 2, name: /^Σήμερα, / }).waitFor()
      await page.getByRole('heading', { level: 2, name: /^Εβδομάδα / }).waitFor()
      await expectTodaysNumbers(page)
      await expectNoAxeViolations(page, 'the KEP at a glance (today)')
      await screenshot(page, 'staff-glance', '01-today', 'desktop')

      await tabTo(page, 'Επόμενη ημέρα')
      await page.keyboard.press('Enter')
      await expect
        .poll(() => new URL(page.url()).searchParams.get('date'))
        .toBe(addDays(todayInAthens(), 1))
      await expect.poll(() => focusedTag(page)).toBe('H1')
      await expect.poll(() => summaryValue(page, 'glance-day', /^Ραντεβού/).textContent()).toBe('0')
      expect(await summaryValue(page, 'glance-day', /^Μέση αναμονή/).textContent()).toBe('—')
      await expectNoAxeViolations(page, 'the KEP at a glance (tomorrow)')
      // and back to today with the date picker, sent with Enter
      await page.getByLabel('Ημερομηνία', { exact: true }).fill(todayInAthens())
      await page.getByLabel('Ημερομηνία', { exact: true }).press('Enter')
      await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(todayInAthens())
      await expectTodaysNumbers(page)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14.9: a plain employee has no menu entry, and the address shows the server’s refusal', async () => {
    const { context, page, problems } = await session({ role: 'staff', user: 'emp0001b' })
    try {
      await page.getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — / }).waitFor()
      const menu = page.getByRole('navigation', { name: 'Κύριο μενού' })
      await menu.getByRole('link', { name: 'Ραντεβού' }).waitFor()
      expect(await menu.getByRole('link', { name: 'Το ΚΕΠ με μια ματιά' }).count()).toBe(0)
      await page.goto('/staff/kep')
      await page.getByRole('heading', { level: 1, name: /^Το ΚΕΠ με μια ματιά/ }).waitFor()
      await page.getByRole('alert').getByText('Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.').waitFor()
      expect(await page.getByTestId('glance-day').count()).toBe(0)
      await expectNoAxeViolations(page, 'the KEP at a glance refused')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14.9: at 360 px the figures are one under the other and the employees are cards', async () => {
    const { context, page, problems } = await session({ role: 'staff', user: 'emp0001a' }, 'phone')
    try {
      await page.goto('/staff/kep')
      await expectTodaysNumbers(page)
      await expectNoHorizontalScroll(page, 'the KEP at a glance at 360 px')
      const [id] = [...expected.keys()]
      const display = await page.evaluate<string>(
        `getComputedStyle(document.querySelector('[data-testid="glance-employees-day"] tr[data-employee-id="${id}"]')).display`,
      )
      expect(display).toBe('block')
      await expectNoAxeViolations(page, 'the KEP at a glance at 360 px')
      await screenshot(page, 'staff-glance', '02-today', 'phone')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14.9: an AUDITOR reads the same figures on the admin app’s KEP page', async () => {
    const { context, page, problems } = await adminSession(browser, server.baseUrl, 'auditor')
    try {
      await page.goto(`/admin/keps/${kepId}`)
      await page.getByRole('heading', { level: 2, name: 'Το ΚΕΠ με μια ματιά' }).waitFor()
      await page.getByRole('heading', { level: 3, name: /^Σήμερα, / }).waitFor()
      await expectTodaysNumbers(page)
      await expectNoAxeViolations(page, 'the KEP page’s glance (admin)')
      await screenshot(page, 'staff-glance', '03-admin-kep', 'desktop')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)
})
