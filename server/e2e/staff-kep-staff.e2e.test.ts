import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, watchProblems } from './browser.js'
import { graphqlIn, loggedIn, startCallServer, type CallServer } from './call-fixture.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  viewports,
  waitForCondition,
} from './pages.js'

// Issue 14 item 6 in the browser: the demo KEP's manager, by keyboard, records an absence for
// an employee who holds three appointments tomorrow (10:00, 11:00, 12:00) while one colleague
// works tomorrow 10:00–11:00 only and nobody else works: the preview says 1 given to a colleague
// and 2 kept outside the rules; confirming says to whom, and links the two to act on; the staff
// page then lists them as needing attention. A plain employee has no such menu entry and is
// refused. The demo KEP is open round the clock (call-fixture), the information field needs no
// notice; the setup arranges everyone's availability through the manager's own API.

let server: CallServer
let browser: Browser
let manager: { context: BrowserContext; page: Page }
let employee: { context: BrowserContext; page: Page }
let problems: string[][] = []
const booked: { id: string; reference: string }[] = []

const athens = (at: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens', hour12: false, ...options }).format(
    at,
  )
const tomorrow = athens(new Date(Date.now() + 86_400_000), {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
const dayAfter = athens(new Date(Date.now() + 2 * 86_400_000), {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
const tomorrowWeekday = new Date(`${tomorrow}T12:00:00Z`).getUTCDay() || 7

type Staff = { id: string; fullName: string; workstations: { id: string; kepId: string }[] }

/** Replaces an employee's availability through the impact engine, as the manager. */
async function setAvailability(
  context: BrowserContext,
  employeeId: string,
  rows: Record<string, unknown>[],
) {
  const document = `mutation S($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {
    setEmployeeAvailability(input: $input, impact: $impact) { impact { token } }
  }`
  const input = { employeeId, rows }
  const { setEmployeeAvailability } = await graphqlIn<{
    setEmployeeAvailability: { impact: { token: string } }
  }>(context, document, { input })
  await graphqlIn(context, document, {
    input,
    impact: { apply: true, token: setEmployeeAvailability.impact.token, uncovered: 'KEEP' },
  })
}

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
  manager = await loggedIn(browser, server.baseUrl, { role: 'staff', user: 'emp0001a' })
  employee = await loggedIn(browser, server.baseUrl, { role: 'staff', user: 'emp0001b' })
  problems = [watchProblems(manager.page), watchProblems(employee.page)]
  for (const page of [manager.page, employee.page]) page.setDefaultTimeout(60_000)

  const { me } = await graphqlIn<{ me: { kep: { id: string } } }>(
    manager.context,
    'query { me { kep { id } } }',
  )
  const { kepStaff } = await graphqlIn<{ kepStaff: Staff[] }>(
    manager.context,
    'query K($kepId: ID!) { kepStaff(kepId: $kepId) { id fullName workstations { id kepId } } }',
    { kepId: me.kep.id },
  )
  // nobody but Ιωάννα works: her three appointments are hers
  for (const e of kepStaff.filter((s) => s.fullName !== 'Ιωάννα Παππά')) {
    await setAvailability(manager.context, e.id, [])
  }
  const citizen = await loggedIn(
    browser,
    server.baseUrl,
    { role: 'citizen', user: 'demo-citizen-1' },
    { watch: false },
  )
  try {
    const { procedures } = await graphqlIn<{ procedures: { id: string }[] }>(
      citizen.context,
      'query { procedures(category: INFORMATION) { id } }',
    )
    for (const time of ['10:00', '11:00', '12:00']) {
      const startsAt = new Date(
        Date.parse(`${tomorrow}T${time}:00Z`) -
          // Athens' offset that day, from the formatted hour of the UTC instant
          (Number(athens(new Date(`${tomorrow}T${time}:00Z`), { hour: '2-digit' })) -
            Number(time.slice(0, 2))) *
            3_600_000,
      ).toISOString()
      const { bookAppointment } = await graphqlIn<{
        bookAppointment: { booking: { id: string; reference: string } }
      }>(
        citizen.context,
        `mutation B($input: BookAppointmentInput!) {
          bookAppointment(input: $input) { booking { id reference } }
        }`,
        {
          input: {
            category: 'INFORMATION',
            procedureId: procedures[0]!.id,
            kepId: me.kep.id,
            startsAt,
            fullName: 'Μαρία Παπαδοπούλου',
            email: 'maria@example.gr',
            phone: '2101234567',
            postalAddress: 'Πανεπιστημίου 10, 10671 Αθήνα',
            deliveryMethod: 'EMAIL',
          },
        },
      )
      booked.push(bookAppointment.booking)
    }
  } finally {
    await citizen.context.close()
  }
  // one colleague works tomorrow 10:00–11:00: free for the 10:00 appointment only
  const sotiris = kepStaff.find((s) => s.fullName === 'Σωτήριος Τσιμπούκης')!
  await setAvailability(manager.context, sotiris.id, [
    {
      workstationId: sotiris.workstations.find((w) => w.kepId === me.kep.id)!.id,
      weekday: tomorrowWeekday,
      startsAt: '10:00',
      endsAt: '11:00',
      validFrom: tomorrow,
      validTo: tomorrow,
    },
  ])
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Moves the keyboard focus to `locator` and presses Enter, as a keyboard user does. */
async function press(page: Page, locator: ReturnType<Page['locator']>) {
  await locator.focus()
  await page.keyboard.press('Enter')
}

describe('a manager’s staff (issue 14 item 6)', () => {
  it('issue 14.6: the staff page from the menu: the KEP’s employees with their week, nothing needing action yet; axe, 360 px', async () => {
    const { page } = manager
    await page.goto('/staff/')
    await press(page, page.getByRole('link', { name: 'Προσωπικό' }))
    await page.getByRole('heading', { level: 1, name: 'Προσωπικό του ΚΕΠ' }).waitFor()
    await page.waitForURL(/\/staff\/kep\/staff$/)
    expect(await page.title()).toMatch(/^Προσωπικό του ΚΕΠ — /)
    await page.getByText('Κανένα ραντεβού δεν χρειάζεται ενέργεια.').waitFor()
    await page.getByRole('link', { name: 'Ιωάννα Παππά' }).waitFor()
    await expectNoAxeViolations(page, 'the KEP’s staff')
    await page.setViewportSize(viewports.phone)
    await expectNoHorizontalScroll(page, 'the KEP’s staff at 360 px')
    await screenshot(page, 'kep-staff', '01-staff', 'phone')
    await page.setViewportSize(viewports.desktop)
  }, 120_000)

  it('issue 14.6: by keyboard, an absence over three appointments: preview 1 to a colleague + 2 kept; confirmed, the summary says to whom and links the two', async () => {
    const { page } = manager
    await press(page, page.getByRole('link', { name: 'Ιωάννα Παππά' }))
    await page.getByRole('heading', { level: 1, name: 'Ιωάννα Παππά' }).waitFor()
    expect(await page.title()).toMatch(/^Ιωάννα Παππά — Προσωπικό του ΚΕΠ — /)
    await page.getByLabel('Από (ημερομηνία και ώρα)').fill(`${tomorrow}T00:00`)
    await page.getByLabel('Έως (ημερομηνία και ώρα)').fill(`${dayAfter}T00:00`)
    await page.getByLabel('Αιτία').focus()
    await page.keyboard.type('Άδεια')
    await press(page, page.getByRole('button', { name: 'Προεπισκόπηση' }))

    const question = page.getByRole('heading', { name: 'Καταχώριση της απουσίας;' })
    await question.waitFor()
    const count = (key: string) =>
      page.locator('.govgr-summary-list__row', { hasText: key }).locator('dd').innerText()
    expect(await count('Σε άλλον υπάλληλο του ίδιου ΚΕΠ')).toBe('1')
    expect(await count('Παραμένουν εκτός των νέων κανόνων (για παρακολούθηση)')).toBe('2')
    expect(await count('Ακυρώνονται')).toBe('0')
    await expectNoAxeViolations(page, 'an absence’s impact preview')
    await page.setViewportSize(viewports.phone)
    await expectNoHorizontalScroll(page, 'an absence’s impact preview at 360 px')
    await screenshot(page, 'kep-staff', '02-preview', 'phone')
    await page.setViewportSize(viewports.desktop)

    await press(page, page.getByRole('button', { name: 'Επιβεβαίωση' }))
    const summary = page.getByRole('heading', { name: 'Τι έγινε με τα ραντεβού' })
    await summary.waitFor()
    // the summary takes focus: a keyboard or screen-reader user is told at once
    await waitForCondition(
      page,
      "document.activeElement?.textContent === 'Τι έγινε με τα ραντεβού'",
    )
    await page.getByText(new RegExp(`${booked[0]!.reference}, .* → Σωτήριος Τσιμπούκης`)).waitFor()
    for (const b of booked.slice(1)) {
      const link = page.getByRole('link', { name: `Μεταφορά ή ακύρωση του ${b.reference}` })
      expect(await link.getAttribute('href')).toBe(`/staff/bookings/${b.id}`)
    }
    await page.getByText('Η απουσία καταχωρίστηκε.').waitFor()
    await expectNoAxeViolations(page, 'an absence recorded, its summary')
    await screenshot(page, 'kep-staff', '03-summary', 'desktop')
  }, 120_000)

  it('issue 14.6: the staff page lists the two kept appointments as needing action, after the summary is gone', async () => {
    const { page } = manager
    await press(page, page.getByRole('link', { name: 'Στο προσωπικό του ΚΕΠ' }))
    const table = page.getByTestId('needs-attention')
    await table.waitFor()
    const rows = table.locator('tbody tr')
    expect(await rows.count()).toBe(2)
    for (const [i, b] of booked.slice(1).entries()) {
      expect(await rows.nth(i).getAttribute('data-booking-id')).toBe(b.id)
    }
    await table.getByText('Ιωάννα Παππά').first().waitFor()
    // Ιωάννα's week shows tomorrow's absence, that day only (unless tomorrow is next week's)
    const week = page
      .locator('tr', { has: page.getByRole('link', { name: 'Ιωάννα Παππά' }) })
      .getByText('απουσία')
    await expect.poll(() => week.count()).toBe(tomorrowWeekday === 1 ? 0 : 1)
    await expectNoAxeViolations(page, 'the KEP’s staff with appointments needing action')
    await page.setViewportSize(viewports.phone)
    await expectNoHorizontalScroll(page, 'the appointments needing action at 360 px')
    await screenshot(page, 'kep-staff', '04-needs-attention', 'phone')
    await page.setViewportSize(viewports.desktop)
  }, 120_000)

  it('issue 14.6: a plain employee has no staff menu entry; the page and the API refuse them', async () => {
    const { page, context } = employee
    await page.goto('/staff/')
    await page.getByRole('link', { name: 'Αναζήτηση' }).waitFor()
    expect(await page.getByRole('link', { name: 'Προσωπικό' }).count()).toBe(0)
    await page.goto('/staff/kep/staff')
    await page.getByText('Αυτή η σελίδα είναι για τον προϊστάμενο του ΚΕΠ.').waitFor()
    await expectNoAxeViolations(page, 'the staff page, refused')
    const { me } = await graphqlIn<{ me: { kep: { id: string } } }>(
      context,
      'query { me { kep { id } } }',
    )
    await expect(
      graphqlIn(context, 'query K($kepId: ID!) { kepStaff(kepId: $kepId) { id } }', {
        kepId: me.kep.id,
      }),
    ).rejects.toThrow(/FORBIDDEN/)
    expect(problems.flat()).toEqual([])
  }, 120_000)
})
