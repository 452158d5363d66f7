import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, watchProblems } from './browser.js'
import {
  assignCallTo,
  bookNow,
  loggedIn,
  startCallServer,
  waitForRemoteVideo,
  type BookedCall,
  type CallServer,
} from './call-fixture.js'
import { expectNoAxeViolations, screenshot, waitForCondition } from './pages.js'

// Issue 14 item 2 in the browser: the booking's assigned employee hands the call over ("I can't
// take this one") to a colleague, who sees it change live on their read-only console, then
// admits the citizen and runs the call (real WebRTC, fake camera and microphone).

let server: CallServer
let browser: Browser
let citizen: { context: BrowserContext; page: Page }
let ioanna: { context: BrowserContext; page: Page }
let sotiris: { context: BrowserContext; page: Page }
let booking: BookedCall
let problems: string[][] = []

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
  citizen = await loggedIn(browser, server.baseUrl, { role: 'citizen', user: 'demo-citizen-1' })
  ioanna = await loggedIn(browser, server.baseUrl, { role: 'staff', user: 'emp0001b' })
  sotiris = await loggedIn(browser, server.baseUrl, { role: 'staff', user: 'emp0001c' })
  problems = [watchProblems(citizen.page), watchProblems(ioanna.page), watchProblems(sotiris.page)]
  for (const page of [citizen.page, ioanna.page, sotiris.page]) page.setDefaultTimeout(60_000)
  booking = await bookNow(citizen.context)
  const manager = await loggedIn(
    browser,
    server.baseUrl,
    { role: 'staff', user: 'emp0001a' },
    { watch: false },
  )
  try {
    await assignCallTo(manager.context, booking.id, 'Ιωάννα Παππά')
  } finally {
    await manager.context.close()
  }
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('handing a call over (issue 14 item 2)', () => {
  it('issue 14: a colleague who is not assigned sees the console read-only, with no action buttons', async () => {
    await sotiris.page.goto(`/staff/calls/${booking.id}`)
    await sotiris.page.getByText('Το ραντεβού έχει ανατεθεί σε: Ιωάννα Παππά').waitFor()
    expect(await sotiris.page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).count()).toBe(0)
    expect(
      await sotiris.page.getByRole('button', { name: 'Δεν μπορώ να το αναλάβω' }).count(),
    ).toBe(0)
    await expectNoAxeViolations(sotiris.page, 'the call console, read-only')
  }, 240_000)

  it('issue 14 item 3: a no-show asks for confirmation first; too early, the server’s own message is shown and nothing is recorded', async () => {
    await ioanna.page.goto(`/staff/calls/${booking.id}`)
    const noShow = ioanna.page.getByRole('button', { name: 'Καταγραφή μη προσέλευσης' })
    await noShow.focus()
    await ioanna.page.keyboard.press('Enter')
    const question = ioanna.page.getByRole('heading', {
      name: 'Να καταγραφεί ότι ο πολίτης δεν προσήλθε;',
    })
    await question.waitFor()
    // the step takes focus: a screen reader reads the question at once
    // (strings run in the page: the server's type check has no DOM library)
    await waitForCondition(
      ioanna.page,
      "document.activeElement?.textContent === 'Να καταγραφεί ότι ο πολίτης δεν προσήλθε;'",
    )
    await expectNoAxeViolations(ioanna.page, 'the call console, confirming a no-show')
    await ioanna.page.getByRole('button', { name: 'Ναι, να καταγραφεί' }).click()
    await ioanna.page
      .getByRole('alert')
      .getByText(/Η μη προσέλευση καταγράφεται από τις \d\d:\d\d/)
      .waitFor()
    await ioanna.page.getByRole('button', { name: 'Ακύρωση' }).click()
    await question.waitFor({ state: 'detached' })
    // focus goes back to the button that opened the step
    await waitForCondition(
      ioanna.page,
      "document.activeElement?.textContent === 'Καταγραφή μη προσέλευσης'",
    )
    expect(await ioanna.page.getByText('Καταγράφηκε ότι ο πολίτης δεν προσήλθε.').count()).toBe(0)
  }, 240_000)

  it('issue 14: the assigned employee says “I can’t take this one”, names a free colleague, confirms, and sees the result', async () => {
    await ioanna.page.goto(`/staff/calls/${booking.id}`)
    await ioanna.page.getByRole('button', { name: 'Δεν μπορώ να το αναλάβω' }).click()
    const colleague = ioanna.page.getByLabel('Σε ποιον συνάδελφο')
    await colleague.selectOption({ label: 'Σωτήριος Τσιμπούκης' })
    await ioanna.page.getByLabel('Λόγος (προαιρετικά)').fill('Έκτακτη σύσκεψη')
    await expectNoAxeViolations(ioanna.page, 'the call console, handing over')
    await screenshot(ioanna.page, 'handover', '01-confirm', 'desktop')
    await ioanna.page.getByRole('button', { name: 'Ναι, παράδοση του ραντεβού' }).click()
    await ioanna.page.getByText('Ανατέθηκε σε: Σωτήριος Τσιμπούκης').waitFor()
    await ioanna.page.getByText('Το ραντεβού έχει ανατεθεί σε: Σωτήριος Τσιμπούκης').waitFor()
    expect(await ioanna.page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).count()).toBe(0)
  }, 240_000)

  it('issue 14: the colleague’s console turns live into theirs; they admit the citizen and both see each other', async () => {
    // no reload: the console follows the KEP's calls
    await sotiris.page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).waitFor()
    expect(await sotiris.page.getByText(/Το ραντεβού έχει ανατεθεί σε/).count()).toBe(0)

    await citizen.page.goto(`/call/${booking.id}`)
    const join = citizen.page.getByRole('button', { name: 'Είσοδος στην κλήση' })
    await expect.poll(() => join.isEnabled(), { timeout: 30_000 }).toBe(true)
    await join.click()
    await citizen.page.getByTestId('waiting-room').waitFor()

    await sotiris.page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).click()
    await sotiris.page.getByRole('button', { name: /Είσοδος του\/της/ }).click()
    await citizen.page.getByRole('heading', { name: 'Στην κλήση' }).waitFor()
    await Promise.all([waitForRemoteVideo(citizen.page, 1), waitForRemoteVideo(sotiris.page, 1)])
    await expectNoAxeViolations(sotiris.page, 'the call console of the colleague who took it')
    await screenshot(sotiris.page, 'handover', '02-colleague-runs-the-call', 'desktop')
    expect(problems.flat()).toEqual([])
  }, 240_000)
})
