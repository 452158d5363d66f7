import type { Browser, BrowserContext, Page } from 'playwright-core'
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

// Issue 14 items 7 and 8 in a real browser: the demo KEP's manager (emp0001a), by keyboard,
// previews retiring the workstation that holds a citizen's appointment, then closes the KEP on
// that appointment's day with the impact preview (the booking listed, cancelled) and the
// citizen's email arrives; a plain employee has no such menu entry and the page refuses. Axe
// and a 360 px phone on both pages.

let server: CallServer
let browser: Browser
let citizen: BrowserContext
/** Another citizen: one citizen may not hold two appointments at once. */
let otherCitizen: BrowserContext
/** A session of its own, from its own address (10.17.x.y): logins are limited per address. */
async function session(user: string, viewport: ViewportName) {
  const role = user.startsWith('emp') ? 'staff' : 'citizen'
  const opened = await loggedIn(
    browser,
    server.baseUrl,
    { role, user },
    {
      viewport: viewports[viewport],
      network: '10.17',
      watch: false,
    },
  )
  opened.page.setDefaultTimeout(30_000)
  return opened
}

/** Presses Enter on a control reached by keyboard focus (no mouse). */
async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' })
  await button.focus()
  await page.keyboard.press('Enter')
}

const athensDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date(iso))

/** The development mail sink's messages that mention `text`. */
async function mailsWith(text: string): Promise<{ subject: string; text: string }[]> {
  const { messages } = (await (await fetch(`${server.baseUrl}/dev/mail.json`)).json()) as {
    messages: { text: string; subject: string }[]
  }
  return messages.filter((m) => m.text.includes(text))
}

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
  citizen = (await session('demo-citizen-1', 'desktop')).context
  otherCitizen = (await session('demo-citizen-2', 'desktop')).context
}, 240_000)

afterAll(async () => {
  await citizen?.close()
  await otherCitizen?.close()
  await browser?.close()
  await server?.stop()
})

describe("a manager's KEP hours and workstations (issue 14 items 7 and 8)", () => {
  it('issue 14.8: the manager previews retiring the workstation holding an appointment, by keyboard at 360 px; axe; cancelling changes nothing', async () => {
    const booking: BookedCall = await bookNow(citizen, { fullName: 'Ελένη Θέση' })
    const { context, page, problems } = await session('emp0001a', 'phone')
    try {
      // the desk that holds the appointment, as the manager's own API answers it
      const { me } = await graphqlIn<{ me: { kep: { id: string } } }>(
        context,
        '{ me { kep { id } } }',
      )
      const { kepWorkstations } = await graphqlIn<{
        kepWorkstations: { id: string; label: string; futureBookings: number }[]
      }>(
        context,
        'query W($kepId: ID!) { kepWorkstations(kepId: $kepId) { id label futureBookings } }',
        {
          kepId: me.kep.id,
        },
      )
      const desk = kepWorkstations.find((w) => w.futureBookings > 0)!
      expect(desk).toBeDefined()

      await page.goto('/staff/kep/workstations')
      await page.getByRole('heading', { level: 1, name: 'Θέσεις εργασίας' }).waitFor()
      expect(await page.title()).toContain('Θέσεις εργασίας')
      await page.getByRole('table', { name: 'Οι θέσεις εργασίας του ΚΕΠ' }).waitFor()
      await expectNoAxeViolations(page, 'the workstations page')
      await expectNoHorizontalScroll(page, 'the workstations page at 360 px')
      await screenshot(page, 'staff-kep-hours', '01-workstations', 'phone')

      await press(page, `Κατάργηση: ${desk.label}`)
      await page
        .getByText('Τα διαστήματα διαθεσιμότητας των υπαλλήλων σε αυτή τη θέση λήγουν.', {
          exact: false,
        })
        .waitFor()
      await press(page, 'Προεπισκόπηση της αλλαγής')
      await page
        .getByRole('heading', { name: `Να καταργηθεί η θέση «${desk.label}»;` })
        .waitFor({ timeout: 15_000 })
      const row = page.getByRole('row').filter({ hasText: booking.reference })
      await row.waitFor()
      expect(await row.textContent()).toMatch(/Παραμένει|Σε άλλον υπάλληλο/)
      await expectNoAxeViolations(page, 'retiring a workstation: the preview')
      await expectNoHorizontalScroll(page, 'retiring a workstation: the preview at 360 px')
      await screenshot(page, 'staff-kep-hours', '02-retire-preview', 'phone')

      await press(page, 'Ακύρωση')
      const after = await graphqlIn<{ kepWorkstations: { id: string; active: boolean }[] }>(
        context,
        'query W($kepId: ID!) { kepWorkstations(kepId: $kepId) { id active } }',
        { kepId: me.kep.id },
      )
      expect(after.kepWorkstations.find((w) => w.id === desk.id)!.active).toBe(true)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14.7: the manager closes the KEP on the appointment’s day by keyboard: the preview lists it as cancelled, the change applies, the citizen’s email arrives once; axe and 360 px', async () => {
    const booking = await bookNow(otherCitizen, { fullName: 'Γιώργος Κλεισίματος' })
    const day = athensDate(booking.startsAt)
    const { context, page, problems } = await session('emp0001a', 'phone')
    try {
      await page.goto('/staff/kep/hours')
      await page.getByRole('heading', { level: 1, name: 'Ωράριο ΚΕΠ' }).waitFor()
      expect(await page.title()).toContain('Ωράριο ΚΕΠ')
      await page.getByRole('heading', { name: 'Εβδομαδιαίο ωράριο' }).waitFor()
      await page.getByRole('button', { name: 'Νέο κλείσιμο' }).waitFor()
      await expectNoAxeViolations(page, 'the KEP hours page')
      await expectNoHorizontalScroll(page, 'the KEP hours page at 360 px')
      await screenshot(page, 'staff-kep-hours', '03-hours', 'phone')

      await press(page, 'Νέο κλείσιμο')
      await page.getByLabel('Από', { exact: true }).fill(day)
      await page.getByLabel('Έως', { exact: true }).fill(day)
      await page.getByLabel('Λόγος (ελληνικά)').fill('Έκτακτη απολύμανση χώρων')
      await page.getByLabel('Λόγος (αγγλικά)').fill('Emergency disinfection')
      const cancel = page.getByRole('radio', { name: 'Να ακυρωθούν' })
      await cancel.focus()
      await page.keyboard.press('Space')
      expect(await cancel.isChecked()).toBe(true)
      await page.getByLabel('Λόγος (αγγλικά)').press('Enter')
      await page
        .getByRole('heading', { name: 'Να κλείσει το ΚΕΠ αυτές τις ημέρες;' })
        .waitFor({ timeout: 15_000 })
      const row = page.getByRole('row').filter({ hasText: booking.reference })
      await row.waitFor()
      expect(await row.textContent()).toContain('Ακυρώνεται')
      await expectNoAxeViolations(page, 'the closure’s preview')
      await expectNoHorizontalScroll(page, 'the closure’s preview at 360 px')
      await screenshot(page, 'staff-kep-hours', '04-closure-preview', 'phone')

      await press(page, 'Εφαρμογή της αλλαγής')
      await page.getByText('Το κλείσιμο καταχωρίστηκε.').waitFor({ timeout: 15_000 })
      await press(page, 'Τέλος')
      await page
        .getByRole('row')
        .filter({ hasText: 'Έκτακτη απολύμανση χώρων' })
        .waitFor({ timeout: 15_000 })

      // the citizen's one email, with the reason
      await expect
        .poll(async () => (await mailsWith('Έκτακτη απολύμανση χώρων')).length, {
          timeout: 60_000,
          interval: 1_000,
        })
        .toBeGreaterThan(0)
      const notices = (await mailsWith(booking.reference)).filter((m) =>
        m.text.includes('Έκτακτη απολύμανση χώρων'),
      )
      expect(notices).toHaveLength(1)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 240_000)

  it('issue 14: a plain employee has no menu entry for the KEP’s hours or workstations, and the pages refuse; axe', async () => {
    const { context, page, problems } = await session('emp0001b', 'desktop')
    try {
      const menu = page.getByRole('navigation', { name: 'Κύριο μενού' })
      await menu.getByRole('link', { name: 'Ραντεβού' }).waitFor()
      expect(await menu.getByRole('link', { name: 'Ωράριο ΚΕΠ' }).count()).toBe(0)
      expect(await menu.getByRole('link', { name: 'Θέσεις εργασίας' }).count()).toBe(0)
      for (const path of ['/staff/kep/hours', '/staff/kep/workstations']) {
        await page.goto(path)
        await page.getByText('Τη σελίδα αυτή τη βλέπει μόνο ο προϊστάμενος του ΚΕΠ.').waitFor()
        expect(
          await page.getByRole('button', { name: /Νέο κλείσιμο|Νέα θέση εργασίας/ }).count(),
        ).toBe(0)
        await expectNoAxeViolations(page, `${path} for a plain employee`)
      }
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 120_000)
})
