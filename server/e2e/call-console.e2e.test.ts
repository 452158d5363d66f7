import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser.js'
import {
  assignCallTo,
  bookNow,
  graphqlIn,
  loggedIn,
  startCallServer,
  waitForRemoteVideo,
  type BookedCall,
  type CallServer,
} from './call-fixture.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  waitForCondition,
  type ViewportName,
} from './pages.js'

// Issue 15 item 2 in the browser: the employee's call console laid out as a call — the video
// large and in view at 1280 × 800 and 360 × 740, the steps of the call beside it, KED's answers
// as green or red panels (valid, expired, not found, another person's document), dates written
// out, and the whole identity check and outcome done by keyboard. Real server, built apps,
// Chromium with fake camera and microphone, WebRTC between the pages.

const desktop = { width: 1280, height: 800 }
const phone = { width: 360, height: 740 }
const red = 'rgb(179, 38, 30)'
const green = 'rgb(0, 112, 60)'

let server: CallServer
let browser: Browser
let citizen: { context: BrowserContext; page: Page; problems: string[] }
let employee: { context: BrowserContext; page: Page; problems: string[] }
let booking: BookedCall

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
  citizen = await loggedIn(browser, server.baseUrl, { role: 'citizen', user: 'demo-citizen-1' })
  employee = await loggedIn(
    browser,
    server.baseUrl,
    { role: 'staff', user: 'emp0001b' },
    { viewport: desktop },
  )
  for (const page of [citizen.page, employee.page]) page.setDefaultTimeout(60_000)
  booking = await bookNow(citizen.context, { signLanguage: true })
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

/** The citizen enters the call's waiting room (their page is another helper's; only its entry). */
async function citizenWaits(page: Page, bookingId: string) {
  await page.goto(`/call/${bookingId}`)
  const enter = page.getByRole('button', { name: 'Είσοδος στην κλήση' })
  await expect.poll(() => enter.isEnabled(), { timeout: 30_000 }).toBe(true)
  await enter.click()
  await page.getByTestId('waiting-room').waitFor()
}

const step = (page: Page, id: 'identity' | 'request' | 'outcome') => page.getByTestId(`step-${id}`)

/** A step's state as the page shows it, and whether it is the current one. */
async function stepState(page: Page, id: 'identity' | 'request' | 'outcome') {
  const section = step(page, id)
  return {
    state: await section.getAttribute('data-state'),
    current: await section.locator('xpath=..').getAttribute('aria-current'),
  }
}

/** Presses Tab until the focused element's text or id is the one wanted (keyboard only). */
async function tabTo(page: Page, wanted: { text?: string; id?: string }, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate<{ text: string; id: string }>(
      '({ text: (document.activeElement?.textContent ?? "").trim(), id: document.activeElement?.id ?? "" })',
    )
    if ((wanted.text && focused.text === wanted.text) || (wanted.id && focused.id === wanted.id)) {
      return
    }
  }
  throw new Error(`Tab never reached ${JSON.stringify(wanted)}`)
}

/** The box of an element lies wholly inside the window, as the page opens (no scrolling). */
async function expectInView(page: Page, element: Locator, what: string) {
  const box = await element.boundingBox()
  const size = page.viewportSize()!
  expect(box, `${what} is drawn`).not.toBeNull()
  expect(box!.x, `${what} left`).toBeGreaterThanOrEqual(0)
  expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(size.width)
  expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(size.height)
}

const kedTitleColour = (page: Page) =>
  page.evaluate<string>(
    'getComputedStyle(document.querySelector("[data-testid=ked-result] h4")).backgroundColor',
  )

async function checkDocument(page: Page, number: string) {
  await tabTo(page, { id: 'identity-documentNumber' })
  await page.keyboard.type(number)
  await page.keyboard.press('Enter') // submits the check
  const ked = page.getByTestId('ked-result')
  await ked.waitFor()
  // the answer is where the employee acts next: the focus is on its heading
  await waitForCondition(
    page,
    "document.activeElement?.classList.contains('staff-console__ked-title')",
  )
  return ked
}

async function anotherDocument(page: Page) {
  await tabTo(page, { text: 'Έλεγχος άλλου εγγράφου' })
  await page.keyboard.press('Enter')
  await waitForCondition(page, "document.activeElement?.id === 'identity-documentType'")
}

async function state(page: Page, name: string, viewport: ViewportName = 'desktop') {
  await expectNoAxeViolations(page, `the call console: ${name}`)
  await screenshot(page, 'call-console', name, viewport)
}

describe('the employee’s call console (issue 15 item 2)', () => {
  it('R6.1 R2.8 joined and waiting: the stepper starts at the identity step, the outcome locked; the citizen waiting is admitted by keyboard', async () => {
    const page = employee.page
    await page.goto(`/staff/calls/${booking.id}`)
    await page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).click()
    await step(page, 'identity').getByText('Ο έλεγχος ξεκινά όταν ο πολίτης μπει').waitFor()
    expect(await stepState(page, 'identity')).toEqual({ state: 'current', current: 'step' })
    expect(await stepState(page, 'request')).toEqual({ state: 'open', current: null })
    expect(await stepState(page, 'outcome')).toEqual({ state: 'locked', current: null })
    // state by text too, not only colour
    await step(page, 'outcome').getByText('Μετά την ταυτοποίηση').waitFor()
    await step(page, 'request').getByText('Για ανάγνωση').waitFor()
    // sign language was asked for: said prominently in the request, the invitation by the video
    await step(page, 'request')
      .getByTestId('special-requirements')
      .getByText(/νοηματική/)
      .waitFor()
    await page.getByRole('button', { name: 'Πρόσκληση διερμηνέα' }).waitFor()

    await citizenWaits(citizen.page, booking.id)
    const admit = page.getByRole('button', { name: /Είσοδος του\/της Μαρία Παπαδοπούλου/ })
    await admit.waitFor()
    await waitForCondition(page, "document.activeElement?.textContent?.startsWith('Είσοδος')")
    await state(page, '01-citizen-waiting')
    await page.keyboard.press('Enter')
    await Promise.all([waitForRemoteVideo(employee.page, 1), waitForRemoteVideo(citizen.page, 1)])
  }, 240_000)

  it('R6.1 in the call the remote video and the own view are in the window at 1280 × 800 and at 360 × 740, with no sideways scrolling; the controls are ≥ 44 px', async () => {
    const page = employee.page
    for (const [name, size] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      await page.setViewportSize(size)
      await page.evaluate('window.scrollTo(0, 0)')
      await expectInView(page, page.getByTestId('remote-video').first(), `remote video (${name})`)
      await expectInView(page, page.getByTestId('own-view'), `own view (${name})`)
      await expectNoHorizontalScroll(page, `the call console (${name})`)
      const controls = page.getByRole('group', { name: 'Χειρισμός κλήσης' }).getByRole('button')
      for (const box of await Promise.all(
        (await controls.all()).map((button) => button.boundingBox()),
      )) {
        expect(box!.height).toBeGreaterThanOrEqual(44)
        expect(box!.width).toBeGreaterThanOrEqual(44)
      }
      await state(page, `02-in-call`, name)
    }
    await page.setViewportSize(desktop)
    // R6.3: audio only is offered once the identity is verified, not before
    expect(await page.getByRole('button', { name: /Μόνο ήχος/ }).isDisabled()).toBe(true)
  }, 240_000)

  it('R1.3 R6.2 R7.1 by keyboard: ask for the document; KED’s NOT_FOUND, EXPIRED and another person’s document are red with what to do next and no “confirm”; dates written out', async () => {
    const page = employee.page
    await page.getByRole('button', { name: 'Ζητήστε να δείξει το έγγραφο' }).focus()
    await page.keyboard.press('Enter')
    await page
      .getByTestId('document-requested')
      .getByText(/Ζητήθηκε από τον πολίτη/)
      .waitFor()

    let ked = await checkDocument(page, 'ΑΚ999999')
    await ked.getByRole('heading', { name: /Το ΚΕΔ δεν βρήκε το έγγραφο/ }).waitFor()
    expect(await ked.getAttribute('data-verdict')).toBe('invalid')
    expect(await kedTitleColour(page)).toBe(red)
    await ked.getByText('Ζητήστε από τον πολίτη άλλο έγγραφο ταυτότητας').waitFor()
    expect(await page.getByRole('button', { name: 'Επιβεβαίωση ταυτότητας' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Καταγραφή: η ταυτότητα δεν επιβεβαιώθηκε' }).waitFor()
    await state(page, '03-ked-not-found')

    await anotherDocument(page)
    ked = await checkDocument(page, 'ΑΚ000001')
    await ked.getByRole('heading', { name: /Το έγγραφο έχει λήξει/ }).waitFor()
    expect(await kedTitleColour(page)).toBe(red)
    await ked.getByText('17 Απριλίου 1958').waitFor()
    expect(await page.getByRole('button', { name: 'Επιβεβαίωση ταυτότητας' }).count()).toBe(0)
    await state(page, '04-ked-expired')
    await page.setViewportSize(phone)
    await expectNoHorizontalScroll(page, 'the expired answer on a phone')
    await screenshot(page, 'call-console', '04-ked-expired', 'phone')
    await page.setViewportSize(desktop)

    await anotherDocument(page)
    ked = await checkDocument(page, 'ΑΒ654321')
    await ked.getByRole('heading', { name: /Το έγγραφο ανήκει σε άλλο πρόσωπο/ }).waitFor()
    expect(await kedTitleColour(page)).toBe(red)
    await ked.getByText(/ο κάτοχός του δεν είναι ο\/η Μαρία Παπαδοπούλου/).waitFor()
    await ked.getByText('2 Σεπτεμβρίου 1985').waitFor()
    expect(await page.getByRole('button', { name: 'Επιβεβαίωση ταυτότητας' }).count()).toBe(0)
    await state(page, '05-ked-mismatch')
    // and the server refuses it too, whatever a page sends
    const { kepCalls } = await graphqlIn<{
      kepCalls: { booking: { id: string }; call: { id: string } | null }[]
    }>(employee.context, '{ kepCalls { booking { id } call { id } } }')
    const callId = kepCalls.find((c) => c.booking.id === booking.id)!.call!.id
    await expect(
      graphqlIn(
        employee.context,
        'mutation ($input: ConfirmIdentityInput!) { confirmIdentity(input: $input) { call { id } } }',
        {
          input: { callId, documentType: 'ID_CARD', documentNumber: 'ΑΒ654321', verified: true },
        },
      ),
    ).rejects.toThrow(/ked_holder_mismatch/)
  }, 240_000)

  it('R1.3 R6.2 R7.3 by keyboard: a valid document of the booking’s person is green and confirmed; the steps move on (focus, announcement); the outcome is recorded', async () => {
    const page = employee.page
    await anotherDocument(page)
    const ked = await checkDocument(page, 'ak 123456')
    await ked.getByRole('heading', { name: /Το ΚΕΔ επιβεβαιώνει το έγγραφο/ }).waitFor()
    expect(await ked.getAttribute('data-verdict')).toBe('valid')
    expect(await kedTitleColour(page)).toBe(green)
    await ked.getByText('Μαρία Παπαδοπούλου').waitFor()
    await ked.getByText('17 Απριλίου 1958').waitFor()
    await ked.getByText(/ταιριάζουν με το ραντεβού/).waitFor()
    await state(page, '06-ked-valid')

    await tabTo(page, { text: 'Επιβεβαίωση ταυτότητας' })
    await page.keyboard.press('Enter')
    await page
      .getByTestId('identity-recorded')
      .getByText(/Η ταυτότητα επιβεβαιώθηκε στις \d\d:\d\d με: Αστυνομική ταυτότητα/)
      .waitFor()
    await waitForCondition(page, "document.activeElement?.id === 'step-request-title'")
    expect(await stepState(page, 'identity')).toEqual({ state: 'done', current: null })
    expect(await stepState(page, 'request')).toEqual({ state: 'current', current: 'step' })
    await expect
      .poll(() => page.getByTestId('step-announcement').textContent())
      .toBe('Τώρα: βήμα 2 από 3, Το αίτημα.')
    // R6.3: now audio only may be chosen
    expect(await page.getByRole('button', { name: /Μόνο ήχος/ }).isEnabled()).toBe(true)
    await state(page, '07-identity-verified')

    await tabTo(page, { text: 'Συνέχεια στο αποτέλεσμα' })
    await page.keyboard.press('Enter')
    await waitForCondition(page, "document.activeElement?.id === 'step-outcome-title'")
    expect(await stepState(page, 'request')).toEqual({ state: 'done', current: null })
    expect(await stepState(page, 'outcome')).toEqual({ state: 'current', current: 'step' })
    await tabTo(page, { id: 'submission-protocolNumber' })
    await page.keyboard.type('ΚΕΠ-0001/2026/777')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Βεβαίωση μόνιμης κατοικίας')
    await tabTo(page, { text: 'Καταχώριση και τέλος κλήσης' })
    await page.keyboard.press('Enter')
    await page
      .getByTestId('submission-recorded')
      .getByText(/ΚΕΠ-0001\/2026\/777/)
      .waitFor()
    for (const id of ['identity', 'request', 'outcome'] as const) {
      expect(await stepState(page, id)).toEqual({ state: 'done', current: null })
    }
    await citizen.page.getByTestId('call-outcome').waitFor()
    await state(page, '08-recorded')
  }, 240_000)

  it('R1.3 by keyboard: without a valid document the employee records “not verified”; the outcome step says to end the call, and the call ends without a submission', async () => {
    // a second appointment of the same citizen, run by the KEP's manager (who may run any call)
    const second = await bookNow(citizen.context, { signLanguage: false })
    const manager = await loggedIn(
      browser,
      server.baseUrl,
      { role: 'staff', user: 'emp0001a' },
      { viewport: desktop },
    )
    try {
      const page = manager.page
      page.setDefaultTimeout(60_000)
      await page.goto(`/staff/calls/${second.id}`)
      await page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).click()
      await citizenWaits(citizen.page, second.id)
      await page.getByRole('button', { name: /Είσοδος του\/της Μαρία Παπαδοπούλου/ }).click()
      await waitForRemoteVideo(page, 1)
      // no interpreter was asked for: no invitation control
      expect(await page.getByRole('button', { name: 'Πρόσκληση διερμηνέα' }).count()).toBe(0)

      await page.getByRole('button', { name: 'Ζητήστε να δείξει το έγγραφο' }).focus()
      await page.keyboard.press('Enter')
      const ked = await checkDocument(page, 'ΑΚ000001')
      await ked.getByRole('heading', { name: /Το έγγραφο έχει λήξει/ }).waitFor()
      await tabTo(page, { text: 'Καταγραφή: η ταυτότητα δεν επιβεβαιώθηκε' })
      await page.keyboard.press('Enter')
      await page
        .getByTestId('identity-recorded')
        .getByText(/Καταγράφηκε ότι η ταυτότητα δεν επιβεβαιώθηκε/)
        .waitFor()
      await waitForCondition(page, "document.activeElement?.id === 'step-outcome-title'")
      expect(await stepState(page, 'identity')).toEqual({ state: 'failed', current: null })
      expect(await stepState(page, 'outcome')).toEqual({ state: 'current', current: 'step' })
      await step(page, 'identity').getByText('Χωρίς ταυτοποίηση').waitFor()
      await step(page, 'outcome')
        .getByText(/δεν καταχωρίζεται αίτηση/)
        .waitFor()
      // the submission form is not offered to a person not identified
      expect(await page.getByLabel('Αριθμός πρωτοκόλλου').count()).toBe(0)
      await state(page, '09-not-verified')

      await tabTo(page, { text: 'Τέλος κλήσης χωρίς καταχώριση' })
      await page.keyboard.press('Enter')
      await tabTo(page, { text: 'Ναι, τέλος κλήσης χωρίς καταχώριση' }, 5)
      await page.keyboard.press('Enter')
      await step(page, 'outcome').getByText('Η κλήση έκλεισε χωρίς καταχώριση.').waitFor()
      await state(page, '10-ended-without-submission')
      expect(manager.problems).toEqual([])
    } finally {
      await manager.context.close()
    }
    // no script error and no CSP violation all along
    expect(employee.problems).toEqual([])
  }, 240_000)
})
