import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, watchProblems } from './browser.js'
import {
  bookNow,
  completeCall,
  graphqlIn,
  joinLinkFromMail,
  loggedIn,
  startCallServer,
  type BookedCall,
  type CallServer,
} from './call-fixture.js'
import { expectNoAxeViolations, screenshot, viewports } from './pages.js'

// Issue 15 item 6 (WCAG 2.4.2, 1.4.10; R2.5, R2.7, R2.8): the links a citizen and an
// interpreter are emailed, opened on a 360 × 740 phone — the logged-out join page fits the
// screen, and a link that no longer (or not yet) lets its holder in says which, with the
// appointment's time and what to do.

let server: CallServer
let browser: Browser
let citizen: { context: BrowserContext; page: Page }
let staff: { context: BrowserContext; page: Page }
/** The citizen's appointment now (one at a time): opened logged out, then held and ended. */
let now: BookedCall

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
  citizen = await loggedIn(
    browser,
    server.baseUrl,
    { role: 'citizen', user: 'demo-citizen-3' },
    { viewport: viewports.phone, network: '10.151', watch: false },
  )
  // the demo KEP's manager may run any of its calls (issue 14 item 2)
  staff = await loggedIn(
    browser,
    server.baseUrl,
    { role: 'staff', user: 'emp0001a' },
    { network: '10.151', watch: false },
  )
  now = await bookNow(citizen.context, { signLanguage: true, fullName: 'Γιώργος Νικολάου' })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** "10:30" in Athens, as the pages write times. */
const athensTime = (iso: string) =>
  new Intl.DateTimeFormat('el-GR', {
    timeZone: 'Europe/Athens',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))

/** Opens a link in a fresh, logged-out phone browser; the page's CSP and script problems fail. */
async function openLoggedOut(link: string, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({
    viewport: viewports.phone,
    locale: 'el-GR',
    baseURL: server.baseUrl,
  })
  try {
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto(link)
    await check(page)
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
}

/** No sideways scrolling: the document is no wider than the window (WCAG 1.4.10). */
async function expectFitsWidth(page: Page): Promise<void> {
  const overflow = await page.evaluate<number>(
    'document.scrollingElement.scrollWidth - window.innerWidth',
  )
  expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0)
}

/** The link's own answer (GET /join/:token as JSON): the times the page must show. */
async function linkAnswer(link: string): Promise<Record<string, string>> {
  const res = await fetch(`${server.baseUrl}${link}`, { headers: { accept: 'application/json' } })
  return (await res.json()) as Record<string, string>
}

const titleOfLinkPage = /^Σύνδεσμος βιντεοκλήσης — myKEPlive/

interface Joined {
  call: { id: string }
}

/** A call of the booking with the citizen admitted, through the API (no pages needed here). */
async function callOf(booking: BookedCall): Promise<string> {
  const join = `mutation ($input: JoinCallInput!) { joinCall(input: $input) { call { id } } }`
  const input = { input: { bookingId: booking.id } }
  const { joinCall } = await graphqlIn<{ joinCall: Joined }>(citizen.context, join, input)
  await graphqlIn(staff.context, join, input)
  await graphqlIn(
    staff.context,
    'mutation ($input: CallIdInput!) { admitCitizen(input: $input) { call { id } } }',
    { input: { callId: joinCall.call.id } },
  )
  return joinCall.call.id
}

describe('the call’s links on a phone (issue 15 item 6)', () => {
  it('R2.5 R2.7 WCAG 1.4.10 2.4.2: the logged-out join page fits 360 px, the TaxisNet button inside the screen, axe clean, titled', async () => {
    const link = await joinLinkFromMail(server.baseUrl, now.reference)
    await openLoggedOut(link, async (page) => {
      const login = page
        .getByRole('main')
        .getByRole('link', { name: 'Σύνδεση με τους κωδικούς TaxisNet' })
      await login.waitFor()
      await expectFitsWidth(page)
      const box = (await login.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(viewports.phone.width)
      expect(box.height).toBeGreaterThanOrEqual(44)
      expect(await page.title()).toMatch(titleOfLinkPage)
      await expectNoAxeViolations(page, 'the logged-out join page')
      await screenshot(page, 'call-links', '01-logged-out', 'phone')
    })
  }, 240_000)

  it('R2.7 issue 15 item 6: a link before its call opens says when it opens and when the appointment is, and leads to prepare', async () => {
    const booking = await bookNow(citizen.context, {
      notBefore: new Date(Date.now() + 2 * 3_600_000),
    })
    const link = await joinLinkFromMail(server.baseUrl, booking.reference)
    const answer = await linkAnswer(link)
    expect(answer).toMatchObject({ reason: 'too_early', startsAt: booking.startsAt })
    await openLoggedOut(link, async (page) => {
      await page.getByRole('heading', { name: 'Η κλήση δεν έχει ανοίξει ακόμη' }).waitFor()
      const said = await page.getByTestId('link-refusal').textContent()
      expect(said).toContain(`Η κλήση ανοίγει στις ${athensTime(answer.validFrom!)}`)
      expect(said).toContain(athensTime(booking.startsAt))
      await page.getByText(/Μπορείτε να προετοιμαστείτε από τώρα/).waitFor()
      await page
        .getByRole('main')
        .getByRole('link', { name: 'Σύνδεση με τους κωδικούς TaxisNet' })
        .waitFor()
      await expectFitsWidth(page)
      expect(await page.title()).toMatch(titleOfLinkPage)
      await expectNoAxeViolations(page, 'a link too early')
      await screenshot(page, 'call-links', '02-too-early', 'phone')
    })
  }, 240_000)

  it('R2.4 issue 15 item 6: a cancelled appointment’s link says it was cancelled, with its time, and offers to book again', async () => {
    const booking = await bookNow(citizen.context, {
      notBefore: new Date(Date.now() + 3 * 3_600_000),
    })
    const link = await joinLinkFromMail(server.baseUrl, booking.reference)
    await graphqlIn(
      citizen.context,
      'mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id } } }',
      { input: { bookingId: booking.id } },
    )
    await openLoggedOut(link, async (page) => {
      await page.getByRole('heading', { name: 'Το ραντεβού ακυρώθηκε' }).waitFor()
      expect(await page.getByTestId('link-refusal').textContent()).toContain(
        athensTime(booking.startsAt),
      )
      expect(
        await page.getByRole('link', { name: 'Κλείστε νέο ραντεβού' }).getAttribute('href'),
      ).toBe('/book')
      await expectFitsWidth(page)
      expect(await page.title()).toMatch(titleOfLinkPage)
      await expectNoAxeViolations(page, 'a cancelled appointment’s link')
      await screenshot(page, 'call-links', '03-cancelled', 'phone')
    })
  }, 240_000)

  it('R2.7 R2.8 issue 15 item 6: after the call the citizen’s link says it expired and the interpreter’s that the call ended, each with the time', async () => {
    const booking = now
    const link = await joinLinkFromMail(server.baseUrl, booking.reference)
    const callId = await callOf(booking)
    const { inviteToCall } = await graphqlIn<{ inviteToCall: { link: string } }>(
      staff.context,
      'mutation ($input: InviteToCallInput!) { inviteToCall(input: $input) { link } }',
      { input: { callId } },
    )
    await completeCall(staff.context, callId)

    await openLoggedOut(link, async (page) => {
      await page.getByRole('heading', { name: 'Ο σύνδεσμος έχει λήξει' }).waitFor()
      expect(await page.getByTestId('link-refusal').textContent()).toContain(
        athensTime(booking.startsAt),
      )
      const main = page.getByRole('main')
      await main.getByRole('link', { name: 'Κλείστε νέο ραντεβού' }).waitFor()
      await main.getByRole('link', { name: 'Τα ραντεβού μου' }).waitFor()
      await expectFitsWidth(page)
      expect(await page.title()).toMatch(titleOfLinkPage)
      await expectNoAxeViolations(page, 'an expired link')
      await screenshot(page, 'call-links', '04-expired', 'phone')
    })

    await openLoggedOut(new URL(inviteToCall.link).pathname, async (page) => {
      await page.getByRole('heading', { name: 'Η βιντεοκλήση έχει τελειώσει' }).waitFor()
      expect(await page.getByTestId('link-refusal').textContent()).toContain(
        athensTime(booking.startsAt),
      )
      await expectFitsWidth(page)
      expect(await page.title()).toMatch(/^Βιντεοκλήση ΚΕΠ — διερμηνεία/)
      await expectNoAxeViolations(page, 'the interpreter’s link after the call')
      await screenshot(page, 'call-links', '05-guest-ended', 'phone')
    })
  }, 240_000)
})
