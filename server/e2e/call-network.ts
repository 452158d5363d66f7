import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  assignCallTo,
  bookNow,
  loggedIn,
  waitForRemoteVideo,
  watchPeerConnections,
  type BookedCall,
} from './call-fixture.js'

// Issue 15 items 4 and 5: what the network tests do to a call from inside its pages — drop a
// peer connection, cap what a sender may send, measure the frames decoded. Browser code is
// passed as text: the server's type check has no DOM library. The pages' RTCPeerConnections
// are the ones watchPeerConnections keeps on window.__kepliveConnections.

export interface Side {
  context: BrowserContext
  page: Page
  problems: string[]
}

export interface CallInProgress {
  citizen: Side
  employee: Side
  booking: BookedCall
}

/**
 * A citizen and the employee the call is assigned to, both in the call and seeing each other
 * (framesDecoded grows on both sides): booked now, joined, waited, admitted.
 */
export async function callInProgress(
  browser: Browser,
  baseUrl: string,
  options: { signLanguage?: boolean; network?: string } = {},
): Promise<CallInProgress> {
  const session = { network: options.network ?? '10.15' }
  const citizen = await loggedIn(
    browser,
    baseUrl,
    { role: 'citizen', user: 'demo-citizen-1' },
    session,
  )
  const employee = await loggedIn(browser, baseUrl, { role: 'staff', user: 'emp0001b' }, session)
  citizen.page.setDefaultTimeout(60_000)
  employee.page.setDefaultTimeout(60_000)
  const booking = await bookNow(citizen.context, { signLanguage: options.signLanguage ?? false })
  const manager = await loggedIn(
    browser,
    baseUrl,
    { role: 'staff', user: 'emp0001a' },
    { ...session, watch: false },
  )
  try {
    await assignCallTo(manager.context, booking.id, 'Ιωάννα Παππά')
  } finally {
    await manager.context.close()
  }
  await citizen.page.goto(`/call/${booking.id}`)
  await joinWhenOpen(citizen.page)
  await citizen.page.getByTestId('waiting-room').waitFor()
  await employee.page.goto('/staff/?scope=kep')
  await employee.page.getByRole('link', { name: /Άνοιγμα κλήσης με Μαρία Παπαδοπούλου/ }).click()
  await employee.page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).click()
  await employee.page.getByRole('button', { name: /Είσοδος του\/της Μαρία Παπαδοπούλου/ }).click()
  await Promise.all([waitForRemoteVideo(citizen.page, 1), waitForRemoteVideo(employee.page, 1)])
  return { citizen, employee, booking }
}

/**
 * Clicks "join the call" once the page allows it (the devices are open, the window is):
 * Playwright's click waits for the button to be enabled (usable in a beforeAll, unlike
 * expect.poll).
 */
export async function joinWhenOpen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Είσοδος στην κλήση' }).click({ timeout: 60_000 })
}

/**
 * The interpreter (R2.8) invited by the employee of `call`, in the call: each of the three sees
 * the other two. Returns the interpreter's page, in a context of its own.
 */
export async function interpreterJoins(
  browser: Browser,
  baseUrl: string,
  call: CallInProgress,
): Promise<{ context: BrowserContext; page: Page }> {
  const { employee, citizen } = call
  // issue 15 item 2: the invitation opens from the console's control bar
  const create = employee.page.getByRole('button', { name: 'Δημιουργία συνδέσμου' })
  if (!(await create.isVisible())) {
    await employee.page.getByRole('button', { name: 'Πρόσκληση διερμηνέα' }).click()
  }
  await create.click()
  const link = (await employee.page.getByTestId('invitation-link').textContent())!.trim()
  const context = await browser.newContext({ locale: 'el-GR', baseURL: baseUrl })
  await watchPeerConnections(context)
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(new URL(link).pathname)
  await page.getByLabel('Το ονοματεπώνυμό σας').fill('Ελένη Δημητρίου')
  await joinWhenOpen(page)
  await page.getByTestId('waiting-room').waitFor()
  await employee.page
    .getByRole('button', { name: 'Είσοδος του/της διερμηνέα Ελένη Δημητρίου στην κλήση' })
    .click()
  try {
    await Promise.all([
      waitForRemoteVideo(page, 2),
      waitForRemoteVideo(citizen.page, 2),
      waitForRemoteVideo(employee.page, 2),
    ])
  } catch (error) {
    // every connection each page made, and its state: a stuck one or one replaced again and again
    const states = await Promise.all([page, citizen.page, employee.page].map(connectionStates))
    throw new Error(
      `${String(error)}; connections (interpreter, citizen, employee): ${JSON.stringify(states)}`,
    )
  }
  return { context, page }
}

/** The state of every RTCPeerConnection the page has made, oldest first. */
export function connectionStates(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    `(window.__kepliveConnections || []).map((pc) => pc.connectionState + '/' + pc.iceConnectionState)`,
  )
}

/**
 * Closes every connected peer connection of the page from inside it, as a dead network
 * interface or the browser would: our code did not ask for it. Returns how many it closed.
 */
export function dropPeerConnections(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    const open = (window.__kepliveConnections || []).filter((pc) => pc.connectionState === 'connected')
    for (const pc of open) pc.close()
    return open.length
  })()`)
}

/**
 * Records, from now on, every text shown in the page's remote video tiles (e.g. their
 * "reconnecting…" notice), however briefly, with the ms since the call: read them with
 * `tileTexts`.
 */
export async function recordTileTexts(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const seen = []
    const since = performance.now()
    let last = ''
    window.__kepliveTileTexts = seen
    const read = () => {
      for (const tile of document.querySelectorAll('[data-testid="remote-video"]')) {
        const text = (tile.textContent || '').trim()
        if (text && last !== text) {
          last = text
          seen.push(Math.round(performance.now() - since) + ' ms: ' + text)
        }
      }
    }
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  })()`)
}

export function tileTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`window.__kepliveTileTexts || []`)
}

/** How many of the page's remote tiles say something over the picture ("reconnecting…"). */
export function tileNotices(page: Page): Promise<number> {
  return page.evaluate<number>(
    `document.querySelectorAll('[data-testid="remote-video"] [role="status"]').length`,
  )
}

/**
 * Caps every video sender of the page's connected peer connections at `bitsPerSecond` through
 * RTCRtpSender.setParameters, as a weak uplink would. Returns how many senders it capped.
 */
export function capVideoSenders(page: Page, bitsPerSecond: number): Promise<number> {
  return page.evaluate<number>(`(async () => {
    let capped = 0
    for (const pc of window.__kepliveConnections || []) {
      if (pc.connectionState !== 'connected') continue
      for (const sender of pc.getSenders()) {
        if (!sender.track || sender.track.kind !== 'video') continue
        const parameters = sender.getParameters()
        if (!parameters.encodings || !parameters.encodings.length) continue
        parameters.encodings = parameters.encodings.map((e) => ({ ...e, maxBitrate: ${bitsPerSecond} }))
        await sender.setParameters(parameters)
        capped++
      }
    }
    return capped
  })()`)
}

/** The bitrate cap and scale of each video sender of the page's connected peer connections. */
export function sentVideoEncodings(
  page: Page,
): Promise<{ maxBitrate?: number; scaleResolutionDownBy?: number }[]> {
  return page.evaluate(`(() => {
    const out = []
    for (const pc of window.__kepliveConnections || []) {
      if (pc.connectionState !== 'connected') continue
      for (const sender of pc.getSenders()) {
        if (!sender.track || sender.track.kind !== 'video') continue
        for (const e of sender.getParameters().encodings || []) {
          out.push({ maxBitrate: e.maxBitrate, scaleResolutionDownBy: e.scaleResolutionDownBy })
        }
      }
    }
    return out
  })()`)
}

/**
 * The frames per second decoded of each connected peer connection's inbound video, over
 * `windowMs` (a measurement, for the figures: the assertion is on the result).
 */
export async function decodedFps(page: Page, windowMs: number): Promise<number[]> {
  const read = `(async () => {
    const out = []
    for (const pc of window.__kepliveConnections || []) {
      if (pc.connectionState !== 'connected') continue
      let frames = 0
      const report = await pc.getStats()
      report.forEach((s) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video') frames += Number(s.framesDecoded || 0)
      })
      out.push({ frames, at: performance.now() })
    }
    return out
  })()`
  const before = await page.evaluate<{ frames: number; at: number }[]>(read)
  await page.waitForTimeout(windowMs)
  const after = await page.evaluate<{ frames: number; at: number }[]>(read)
  return after.map((a, i) => {
    const b = before[i]
    if (!b) return 0
    return Math.round(((a.frames - b.frames) / ((a.at - b.at) / 1000)) * 10) / 10
  })
}
