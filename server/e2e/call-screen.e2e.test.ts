import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  bookNow,
  graphqlIn,
  liveTracks,
  loggedIn,
  mediaStats,
  startCallServer,
  waitForRemoteVideo,
  watchPeerConnections,
  type BookedCall,
  type CallServer,
} from './call-fixture.js'
import { launchChromium } from './browser.js'
import { expectNoAxeViolations, screenshotDir, waitForCondition } from './pages.js'

// Issue 15 item 1: the citizen's call is a screen of its own. One appointment goes through
// every state of the call (waiting, in call, reconnecting, document requested, audio only,
// the interpreter's three tiles, leaving) and each state is measured at a phone held upright
// and sideways and on a desktop, by resizing the same page; a second one ends normally.

const sizes = {
  phone: { width: 360, height: 740 },
  landscape: { width: 740, height: 360 },
  desktop: { width: 1280, height: 800 },
} as const
type Size = keyof typeof sizes

let server: CallServer
let browser: Browser
let citizen: Awaited<ReturnType<typeof loggedIn>>
let employee: Awaited<ReturnType<typeof loggedIn>>
let booking: BookedCall
let callId: string

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  // two fake cameras, as a phone has a front and a back one: the "switch camera" control shows
  browser = await launchChromium({ devices: 2 })
  citizen = await loggedIn(
    browser,
    server.baseUrl,
    { role: 'citizen', user: 'demo-citizen-1' },
    { viewport: sizes.phone, network: '10.115' },
  )
  // the KEP's manager may run any of its calls (issue 14 item 2): no hand-over needed
  employee = await loggedIn(
    browser,
    server.baseUrl,
    { role: 'staff', user: 'emp0001a' },
    { viewport: sizes.desktop, network: '10.115' },
  )
  await keepSockets(citizen.context)
  citizen.page.setDefaultTimeout(60_000)
  employee.page.setDefaultTimeout(60_000)
  booking = await bookNow(citizen.context, { signLanguage: true })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/**
 * Gives the test the page's WebSockets (window.__kepliveSockets), to drop the connection to
 * the server as a lost network would. Test instrumentation only.
 */
async function keepSockets(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const Native = window.WebSocket
      const list = []
      window.__kepliveSockets = list
      window.WebSocket = class extends Native {
        constructor(...args) {
          super(...args)
          list.push(this)
        }
      }
    })()`,
  })
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

interface Layout {
  width: number
  height: number
  scrollWidth: number
  scrollHeight: number
  headerShown: boolean
  footerShown: boolean
  remotes: Box[]
  self: Box | null
  bar: Box | null
  buttons: (Box & { name: string })[]
  guide: Box | null
}

// browser code, as text: the server's TypeScript has no DOM types
const readLayout = `(() => {
  const box = (el) => {
    if (!el) return null
    const r = el.getBoundingClientRect()
    return { x: r.x, y: r.y, width: r.width, height: r.height }
  }
  const shown = (sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0)
  const scroller = document.scrollingElement
  return {
    width: window.innerWidth,
    height: window.innerHeight,
    scrollWidth: scroller.scrollWidth,
    scrollHeight: scroller.scrollHeight,
    headerShown: shown('.govgr-header, .keplive-service-nav'),
    footerShown: shown('.govgr-footer'),
    remotes: [...document.querySelectorAll('[data-testid="remote-video"]')].map(box),
    self: box(document.querySelector('[data-testid="self-video"]')),
    bar: box(document.querySelector('.call-screen__bar')),
    buttons: [...document.querySelectorAll('.call-screen__bar button')].map((b) => ({
      name: b.getAttribute('aria-label') || b.textContent,
      ...box(b),
    })),
    guide: box(document.querySelector('[data-testid="framing-guide"]')),
  }
})()`

const layoutOf = (page: Page) => page.evaluate<Layout>(readLayout)

function inside(box: Box | null, layout: Layout, what: string) {
  expect(box, what).not.toBeNull()
  const b = box!
  expect(b.width, `${what} has a size`).toBeGreaterThan(0)
  expect(b.x, `${what} left`).toBeGreaterThanOrEqual(-0.5)
  expect(b.y, `${what} top`).toBeGreaterThanOrEqual(-0.5)
  expect(b.x + b.width, `${what} right`).toBeLessThanOrEqual(layout.width + 0.5)
  expect(b.y + b.height, `${what} bottom`).toBeLessThanOrEqual(layout.height + 0.5)
}

const area = (b: Box) => b.width * b.height

/**
 * The call screen's promises in any state: no page scrolling either way, no site header, menu
 * or footer, the control bar whole on the screen with ≥ 44 px targets; with `pictures`, every
 * picture on the screen and none over the bar.
 */
async function expectCallScreen(page: Page, where: string, pictures: boolean): Promise<Layout> {
  const layout = await layoutOf(page)
  expect(layout.scrollWidth, `${where}: no horizontal scroll`).toBeLessThanOrEqual(layout.width)
  expect(layout.scrollHeight, `${where}: no vertical scroll`).toBeLessThanOrEqual(layout.height)
  expect(layout.headerShown, `${where}: the site's header and menu are hidden`).toBe(false)
  expect(layout.footerShown, `${where}: the site's footer is hidden`).toBe(false)
  inside(layout.bar, layout, `${where}: the control bar`)
  for (const button of layout.buttons) {
    inside(button, layout, `${where}: ${button.name}`)
    expect(button.width, `${where}: ${button.name} width`).toBeGreaterThanOrEqual(44)
    expect(button.height, `${where}: ${button.name} height`).toBeGreaterThanOrEqual(44)
  }
  if (pictures) {
    expect(layout.remotes.length, `${where}: the other side's video`).toBeGreaterThan(0)
    for (const [i, remote] of layout.remotes.entries()) {
      inside(remote, layout, `${where}: remote video ${i + 1}`)
      expect(
        remote.y + remote.height,
        `${where}: remote ${i + 1} above the bar`,
      ).toBeLessThanOrEqual(layout.bar!.y + 0.5)
    }
    inside(layout.self, layout, `${where}: own view`)
    expect(
      layout.self!.y + layout.self!.height,
      `${where}: own view above the bar`,
    ).toBeLessThanOrEqual(layout.bar!.y + 0.5)
  }
  return layout
}

async function shoot(page: Page, step: string, size: Size) {
  const dir = path.join(screenshotDir, 'call-screen')
  await mkdir(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${step}-${size}.png`) })
}

/**
 * Resizes the page to each size and checks the call screen there; axe (slow on a shared
 * machine) at the sizes named, the phone by default.
 */
async function acrossSizes(
  page: Page,
  step: string,
  pictures: boolean,
  check?: (layout: Layout, size: Size) => void,
  axeAt: Size[] = ['phone'],
) {
  const order: Size[] = ['phone', 'landscape', 'desktop']
  for (const size of order) {
    await page.setViewportSize(sizes[size])
    // the layout follows the new size on the next frame
    await waitForCondition(page, `window.innerWidth === ${sizes[size].width}`)
    const layout = await expectCallScreen(page, `${step} at ${size}`, pictures)
    check?.(layout, size)
    if (axeAt.includes(size)) await expectNoAxeViolations(page, `${step} at ${size}`)
    await shoot(page, step, size)
  }
  await page.setViewportSize(sizes.phone)
}

async function callIdOf(bookingId: string): Promise<string> {
  const { kepCalls } = await graphqlIn<{
    kepCalls: { booking: { id: string }; call: { id: string } | null }[]
  }>(employee.context, '{ kepCalls { booking { id } call { id } } }')
  return kepCalls.find((a) => a.booking.id === bookingId)!.call!.id
}

/** One of the employee's mutations through the API, e.g. `asEmployee('admitCitizen', 'CallIdInput', …)`. */
const asEmployee = (name: string, inputType: string, input: Record<string, unknown>) =>
  graphqlIn(
    employee.context,
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename } }`,
    {
      input,
    },
  )

/** The citizen of `page` joins the booking's call and waits to be let in. */
async function joinAndWait(page: Page, bookingId: string) {
  await page.goto(`/call/${bookingId}`)
  const join = page.getByRole('button', { name: 'Είσοδος στην κλήση' })
  await expect.poll(() => join.isEnabled(), { timeout: 30_000 }).toBe(true)
  await join.click()
  await page.getByTestId('waiting-room').waitFor()
}

/** The employee's console connects to the call; the waiting citizen (`page`) hears of it. */
async function employeeJoins(page: Page, bookingId: string) {
  await employee.page.goto(`/staff/calls/${bookingId}`)
  await employee.page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).click()
  await page.getByText(/είναι συνδεδεμένος και θα σας βάλει/).waitFor()
}

async function admitCitizen(id: string) {
  await asEmployee('admitCitizen', 'CallIdInput', { callId: id })
}

async function verifyIdentity(id: string) {
  const document = { callId: id, documentType: 'ID_CARD', documentNumber: 'ΑΚ123456' }
  await asEmployee('checkIdentityDocument', 'CheckIdentityDocumentInput', document)
  await asEmployee('confirmIdentity', 'ConfirmIdentityInput', { ...document, verified: true })
}

async function recordSubmission(id: string) {
  await asEmployee('recordSubmission', 'RecordSubmissionInput', {
    callId: id,
    protocolNumber: `ΚΕΠ-0001/2026/${Date.now() % 100_000}`,
    filedDescription: 'Αίτηση πιστοποιητικού',
    deliveryMethod: 'EMAIL',
  })
}

/**
 * Waits until the page has `connections` open peer connections, each of which has decoded
 * video. Three pages on a shared machine may decode a frame a second: whether the picture
 * flows fast is the benchmark's question (and call.e2e's), the layout only needs it there.
 */
async function waitForPictures(page: Page, connections: number) {
  await expect
    .poll(
      async () => {
        const stats = await mediaStats(page)
        return (
          stats.openConnections === connections &&
          stats.framesDecoded.length === connections &&
          stats.framesDecoded.every((frames) => frames > 0)
        )
      },
      { timeout: 60_000 },
    )
    .toBe(true)
}

/** Says whose page a failed wait was on. */
const labelled = <T>(who: string, waiting: Promise<T>) =>
  waiting.catch((error: unknown) => {
    throw new Error(`${who}: ${String(error)}`)
  })

const focusedName = (page: Page) =>
  page.evaluate<string>(
    `(() => { const a = document.activeElement; return a ? (a.getAttribute('aria-label') || a.textContent || '').trim() : '' })()`,
  )

/** Presses Tab until the focus is on the control named `name` (keyboard only, no click). */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const now = await focusedName(page)
    if (typeof name === 'string' ? now === name : name.test(now)) return
  }
  throw new Error(`Tab never reached ${String(name)}`)
}

const pressedOf = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')

describe('the citizen’s call screen (issue 15 item 1)', () => {
  it('R2.7 R1.4 the waiting room is a screen of its own: no site menu, no page scroll, the KEP and the time, the device check inline, the documents to have at hand', async () => {
    const page = citizen.page
    await joinAndWait(page, booking.id)
    const room = page.getByTestId('waiting-room')
    await room.getByText(/ενημερώθηκε ότι είστε εδώ/).waitFor()
    await room.getByText(/^Με το .+, /).waitFor()
    await room.getByLabel('Ένταση μικροφώνου').waitFor()
    await room.getByRole('heading', { name: 'Να έχετε μαζί σας' }).waitFor()
    // the heading has the focus: the page moved on
    await waitForCondition(page, `document.activeElement?.id === 'waiting-title'`)
    expect(await page.title()).toMatch(/^Βιντεοκλήση με το ΚΕΠ — /)
    await acrossSizes(page, '01-waiting', false)

    callId = await callIdOf(booking.id)
    await employeeJoins(page, booking.id)
    await room.getByText(/είναι συνδεδεμένος/).waitFor()
  }, 120_000)

  it('R6.1 R2.7 in the call the other side fills the screen, the own view is a picture-in-picture, the controls stay on the screen — phone upright and sideways, desktop', async () => {
    const page = citizen.page
    await admitCitizen(callId)
    await page.getByRole('heading', { name: 'Στην κλήση' }).waitFor()
    await Promise.all([waitForRemoteVideo(page, 1), waitForRemoteVideo(employee.page, 1)])
    await acrossSizes(
      page,
      '02-in-call',
      true,
      (layout, size) => {
        const remote = layout.remotes[0]!
        // the other side takes the width (phone upright) or the height (sideways, desktop)
        if (size === 'phone') expect(remote.width).toBeGreaterThanOrEqual(layout.width - 1)
        else expect(remote.height).toBeGreaterThan(layout.height * 0.6)
        expect(area(layout.self!)).toBeLessThan(area(remote) / 4)
      },
      ['phone', 'desktop'],
    )
    // the audio-only control waits for the identity check (R6.3), and says why
    const cameraButton = page.getByRole('button', { name: /Μόνο ήχος/ })
    expect(await cameraButton.isDisabled()).toBe(true)
    expect(await page.locator('#audio-only-hint').textContent()).toMatch(/Μετά τον έλεγχο/)
  }, 120_000)

  it('R2.7 a dropped connection to the server shows "reconnecting" on the call screen and says it; then "connected"', async () => {
    const page = citizen.page
    // the page's network goes away: its socket to the server drops and cannot come back
    // until the network does (the peer-to-peer media goes on)
    await citizen.context.setOffline(true)
    try {
      await page.evaluate(`window.__kepliveSockets.forEach((socket) => socket.close(3000))`)
      await page.getByText('Η σύνδεση διακόπηκε. Επανασύνδεση…').waitFor()
      await expectCallScreen(page, 'reconnecting', true)
      await shoot(page, '03-reconnecting', 'phone')
      await expect.poll(() => page.getByTestId('events').textContent()).toBe('Επανασύνδεση…')
    } finally {
      await citizen.context.setOffline(false)
    }
    await expect
      .poll(() => page.getByText('Η σύνδεση διακόπηκε').count(), { timeout: 60_000 })
      .toBe(0)
    await expect
      .poll(() => page.getByTestId('events').textContent(), { timeout: 30_000 })
      .toBe('Η σύνδεση αποκαταστάθηκε.')
    await Promise.all([waitForRemoteVideo(page, 1), waitForRemoteVideo(employee.page, 1)])
  }, 180_000)

  it('R1.3 R6.2 asked for the document, the own view becomes large with the frame over it, the others small, the instruction in one line and said once', async () => {
    const page = citizen.page
    await asEmployee('requestIdentityDocument', 'CallIdInput', { callId })
    await page.getByTestId('framing-guide').waitFor()
    await page
      .getByTestId('document-request')
      .getByText('Δείξτε το έγγραφο ταυτότητάς σας')
      .waitFor()
    await expect
      .poll(() => page.getByTestId('events').textContent())
      .toBe('Ο υπάλληλος σας ζητά να δείξετε το έγγραφο ταυτότητάς σας στην κάμερα.')
    await acrossSizes(page, '04-document-requested', true, (layout) => {
      inside(layout.guide, layout, 'the framing guide')
      // the citizen sees what they show: their own picture is the large one now
      expect(area(layout.self!)).toBeGreaterThan(area(layout.remotes[0]!) * 4)
    })
    await verifyIdentity(callId)
    await expect.poll(() => page.getByTestId('framing-guide').count()).toBe(0)
    await expect
      .poll(() => page.getByTestId('events').textContent())
      .toBe('Ο υπάλληλος επιβεβαίωσε την ταυτότητά σας.')
  }, 120_000)

  it('R6.3 by keyboard alone: mute, audio only once the identity is verified, the camera back, the picture moved round the corners, the other camera', async () => {
    const page = citizen.page
    await page.setViewportSize(sizes.phone)
    // from the top of the page, as a keyboard user starts
    await page.locator('#in-call-title').focus()
    await tabTo(page, 'Σίγαση μικροφώνου')
    await page.keyboard.press('Enter')
    expect(await pressedOf(page, 'Σίγαση μικροφώνου')).toBe('true')
    await page.keyboard.press('Space')
    expect(await pressedOf(page, 'Σίγαση μικροφώνου')).toBe('false')

    await tabTo(page, 'Μόνο ήχος (κλείσιμο κάμερας)')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Άνοιγμα κάμερας' }).waitFor()
    await employee.page.getByText('Μόνο ήχος').first().waitFor()
    await acrossSizes(page, '05-audio-only', true)
    // the focus stayed on the button, now "camera on"
    expect(await focusedName(page)).toBe('Άνοιγμα κάμερας')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: /Μόνο ήχος/ }).waitFor()

    // the other camera: the peers send it in place of the first. Chromium's second fake
    // camera is a depth camera (Y16) that no encoder takes, so the frames are checked after
    // switching back: the first camera's picture reaches the employee again.
    const cameraOf = `(() => document.querySelector('[data-testid="self-video"] video').srcObject.getVideoTracks()[0].getSettings().deviceId)()`
    const sentCamera = `(() => (window.__kepliveConnections || []).filter((pc) => pc.connectionState === 'connected').map((pc) => pc.getSenders().find((s) => s.track && s.track.kind === 'video')).map((s) => s && s.track.readyState === 'live' ? s.track.getSettings().deviceId : 'none'))()`
    const first = await page.evaluate<string>(cameraOf)
    await tabTo(page, 'Αλλαγή κάμερας (μπροστινή ή πίσω)')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('events').textContent()).toBe('Η κάμερα άλλαξε.')
    const second = await page.evaluate<string>(cameraOf)
    expect(second).not.toBe(first)
    await expect.poll(() => page.evaluate<string[]>(sentCamera)).toEqual([second])
    // the old camera is off: one camera and one microphone live
    await expect.poll(() => liveTracks(page)).toBe(2)
    // the focus is still on the button: once more, back to the first camera
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate<string>(cameraOf)).toBe(first)
    await expect.poll(() => page.evaluate<string[]>(sentCamera)).toEqual([first])
    await waitForRemoteVideo(employee.page, 1)
    await expect.poll(() => liveTracks(page)).toBe(2)

    const before = (await layoutOf(page)).self!
    await tabTo(page, 'Μετακίνηση της εικόνας μου')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.getByTestId('events').textContent())
      .toBe('Η εικόνα σας είναι τώρα κάτω αριστερά.')
    const moved = await expectCallScreen(page, 'picture moved', true)
    expect(moved.self!.x).toBeLessThan(before.x)
    expect(moved.self!.y).toBeCloseTo(before.y, 0)
    for (const corner of ['πάνω αριστερά', 'πάνω δεξιά', 'κάτω δεξιά']) {
      await page.keyboard.press('Enter')
      await expect
        .poll(() => page.getByTestId('events').textContent())
        .toBe(`Η εικόνα σας είναι τώρα ${corner}.`)
      await expectCallScreen(page, `picture ${corner}`, true)
    }
  }, 120_000)

  it('R2.8 the interpreter’s page: the citizen large, the employee smaller, both on the screen; the citizen sees interpreter and employee side by side', async () => {
    const { inviteToCall } = await graphqlIn<{ inviteToCall: { link: string } }>(
      employee.context,
      'mutation ($input: InviteToCallInput!) { inviteToCall(input: $input) { link } }',
      { input: { callId } },
    )
    const guestContext: BrowserContext = await browser.newContext({
      locale: 'el-GR',
      baseURL: server.baseUrl,
      viewport: sizes.desktop,
    })
    await watchPeerConnections(guestContext)
    try {
      const guest = await guestContext.newPage()
      guest.setDefaultTimeout(60_000)
      await guest.goto(new URL(inviteToCall.link).pathname)
      await guest.getByLabel('Το ονοματεπώνυμό σας').fill('Ελένη Δημητρίου')
      const join = guest.getByRole('button', { name: 'Είσοδος στην κλήση' })
      await expect.poll(() => join.isEnabled(), { timeout: 30_000 }).toBe(true)
      await join.click()
      await guest.getByTestId('waiting-room').waitFor()
      await expectCallScreen(guest, 'the interpreter waiting', false)
      const { kepCalls } = await graphqlIn<{
        kepCalls: { call: { id: string; participants: { id: string; role: string }[] } | null }[]
      }>(employee.context, '{ kepCalls { call { id participants { id role } } } }')
      const interpreter = kepCalls
        .find((c) => c.call?.id === callId)!
        .call!.participants.find((p) => p.role === 'INTERPRETER')!
      await asEmployee('admitInterpreter', 'AdmitInterpreterInput', {
        callId,
        participantId: interpreter.id,
      })
      await citizen.page.setViewportSize(sizes.desktop)
      await Promise.all([
        labelled('the interpreter', waitForPictures(guest, 2)),
        labelled('the citizen', waitForPictures(citizen.page, 2)),
        labelled('the employee', waitForPictures(employee.page, 2)),
      ]).catch(async (error: unknown) => {
        // what each side's tiles say, to tell a connection that never came up from a slow one
        const tiles = async (page: Page) =>
          (await page.locator('.video-tile').allTextContents()).join(' | ')
        throw new Error(
          `${String(error)}\n interpreter: ${await tiles(guest)}\n citizen: ${await tiles(citizen.page)}\n employee: ${await tiles(employee.page)}`,
        )
      })

      const seen = await expectCallScreen(guest, 'the interpreter in the call', true)
      expect(seen.remotes).toHaveLength(2)
      const [signer, other] = seen.remotes as [Box, Box]
      // the citizen first and larger: sign language needs the hands and the face
      const tiles = guest.getByTestId('remote-video')
      expect(await tiles.first().textContent()).toMatch(/πολίτης/)
      expect(area(signer)).toBeGreaterThan(area(other) * 1.5)
      expect(signer.height).toBeGreaterThan(seen.height * 0.6)
      await expectNoAxeViolations(guest, 'the interpreter in the call')
      await shoot(guest, '06-interpreter', 'desktop')

      const three = await expectCallScreen(citizen.page, 'the citizen with an interpreter', true)
      expect(three.remotes).toHaveLength(2)
      const [a, b] = three.remotes as [Box, Box]
      expect(Math.abs(area(a) - area(b))).toBeLessThan(area(a) * 0.05)
      expect(a.height).toBeGreaterThan(three.height * 0.6)
      await shoot(citizen.page, '07-three-way', 'desktop')
      await citizen.page.setViewportSize(sizes.phone)
      const stacked = await expectCallScreen(citizen.page, 'three-way on a phone', true)
      const [top, bottom] = stacked.remotes as [Box, Box]
      expect(bottom.y).toBeGreaterThanOrEqual(top.y + top.height - 1)
      await shoot(citizen.page, '07-three-way', 'phone')

      await guest.getByRole('button', { name: 'Αποχώρηση από την κλήση' }).click()
      await Promise.all([waitForPictures(citizen.page, 1), waitForPictures(employee.page, 1)])
      await expect.poll(() => liveTracks(guest)).toBe(0)
    } finally {
      await guestContext.close()
    }
  }, 180_000)

  it('R2.7 leaving asks first (by keyboard); then every camera and microphone track stops, the site is back and the focus on the page’s heading', async () => {
    const page = citizen.page
    await page.locator('#in-call-title').focus()
    await tabTo(page, 'Αποχώρηση από την κλήση')
    await page.keyboard.press('Enter')
    await waitForCondition(page, `document.activeElement?.id === 'confirm-step-title'`)
    expect(await liveTracks(page)).toBe(2)
    await expectCallScreen(page, 'leave asked', true)
    await expectNoAxeViolations(page, 'leave asked')
    await shoot(page, '08-leave-confirm', 'phone')
    // Cancel keeps the call, and the focus goes back to the leave button
    await tabTo(page, 'Ακύρωση')
    await page.keyboard.press('Enter')
    await waitForCondition(
      page,
      `document.activeElement?.getAttribute('aria-label') === 'Αποχώρηση από την κλήση'`,
    )
    expect(await page.getByText('Να αποχωρήσετε από την κλήση;').count()).toBe(0)
    await page.keyboard.press('Enter')
    await tabTo(page, 'Ναι, αποχωρώ')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Αποχωρήσατε από την κλήση' }).waitFor()
    await waitForCondition(page, `document.activeElement?.id === 'left-title'`)
    await expect.poll(() => liveTracks(page), { timeout: 15_000 }).toBe(0)
    await expect.poll(async () => (await mediaStats(page)).openConnections).toBe(0)
    const layout = await layoutOf(page)
    expect(layout.headerShown).toBe(true)
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width)
    await expectNoAxeViolations(page, 'left the call')
    await shoot(page, '09-left', 'phone')
    await recordSubmission(callId)
  }, 120_000)

  it('R7.3 when the call ends, the outcome is a normal page again, its heading in focus, nothing live', async () => {
    // another citizen: the first one's booking of this time is still theirs
    const other = await loggedIn(
      browser,
      server.baseUrl,
      { role: 'citizen', user: 'demo-citizen-2' },
      { viewport: sizes.phone, network: '10.115' },
    )
    const page = other.page
    page.setDefaultTimeout(60_000)
    const second = await bookNow(other.context)
    await joinAndWait(page, second.id)
    const secondCall = await callIdOf(second.id)
    await employeeJoins(page, second.id)
    await admitCitizen(secondCall)
    await page.getByRole('heading', { name: 'Στην κλήση' }).waitFor()
    await verifyIdentity(secondCall)
    await recordSubmission(secondCall)
    await page.getByTestId('call-outcome').getByTestId('protocol-number').waitFor()
    await waitForCondition(page, `document.activeElement?.id === 'ended-title'`)
    await expect.poll(() => liveTracks(page), { timeout: 15_000 }).toBe(0)
    for (const size of ['phone', 'desktop'] as const) {
      await page.setViewportSize(sizes[size])
      await waitForCondition(page, `window.innerWidth === ${sizes[size].width}`)
      const layout = await layoutOf(page)
      expect(layout.headerShown, 'the site is back').toBe(true)
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width)
      await expectNoAxeViolations(page, `the outcome at ${size}`)
      await shoot(page, '10-ended', size)
    }
    // no script error and no CSP violation, all along
    expect([...citizen.problems, ...other.problems, ...employee.problems]).toEqual([])
  }, 180_000)
})
