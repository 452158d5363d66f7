import { createClient, type Client } from 'graphql-ws'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import WebSocket from 'ws'
import { launchChromium } from '../e2e/browser.js'
import { capVideoSenders, dropPeerConnections } from '../e2e/call-network.js'
import {
  assignCallTo,
  bookNow,
  completeCall,
  framesSinceMark,
  graphqlIn,
  liveTracks,
  loggedIn,
  markConnections,
  mediaStats,
  startCallServer,
  waitForRemoteVideo,
  watchPeerConnections,
  type BookedCall,
} from '../e2e/call-fixture.js'
import { viewports } from '../e2e/pages.js'

// pnpm bench:call — issue 7's benchmark, through the real server and the built apps in
// Chromium with fake devices:
// 1. over 10 calls, the time from the employee's "admit" click to the first decoded remote
//    video frame on both sides (the later of the two), p50 and p95;
// 2. the signalling round trip through the server: a signal sent over HTTP (sendSignal),
//    delivered over graphql-ws (callSignals), answered the same way; p50 of 50;
// 3. in a three-way call with a sign-language interpreter (R2.8), the frames per second the
//    interpreter's page decodes of each of the other two, over 5 s (the lower one; target ≥ 20).
// 4. issue 15 item 3: once a call ends, how long until no camera or microphone track is live on
//    either page (p95), and how many are still live 15 s later at the most (target 0).
// 5. issue 15: the citizen on a phone (360 × 740, mobile, touch): admit → first remote frame on
//    both sides, p95 (phone_admit_to_first_frame_p95_ms, target < 1 s).
// 6. issue 15 item 4: in the same interpreter call, every sender of the three pages capped at
//    500 kbps (RTCRtpSender.setParameters): the interpreter's decode rate of each of the other
//    two over 5 s, the lower one (interpreter_fps_min_500kbps, target ≥ 20).
// 7. issue 15 item 5: in a two-way call, the citizen's page closes its peer connections (a lost
//    network); the time until both sides decode frames again on a new or restarted connection,
//    p95 over 5 drops (reconnect_p95_ms, target < 5 s). Each drop gets 30 s: a drop the app does
//    not recover from ends the series, and the key is null with reconnect_timeouts counting it.
// One JSON line on stdout. Target: p95 < 1,500 ms.

const calls = 10
const phoneCalls = 10
const drops = 5
const dropLimitMs = 30_000
const pings = 50

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** Milliseconds until the page decodes its first remote video frame. */
async function firstFrame(page: Page, since: number): Promise<number> {
  const deadline = since + 30_000
  while (Date.now() < deadline) {
    const stats = await mediaStats(page)
    if (stats.framesDecoded.some((f) => f > 0)) return Date.now() - since
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('no remote frame within 30 s')
}

let manager: BrowserContext | undefined

/**
 * Books the first free slot as the citizen of `context` and, issue 14 item 2, has the demo KEP's
 * manager give it to the employee the benchmark runs its calls as (only they may run it).
 */
async function bookForEmployee(
  context: BrowserContext,
  options: Parameters<typeof bookNow>[1] = {},
): Promise<BookedCall> {
  const booking = await bookNow(context, options)
  await assignCallTo(manager!, booking.id, 'Ιωάννα Παππά')
  return booking
}

async function callIdOf(employee: BrowserContext, bookingId: string): Promise<string> {
  const { kepCalls } = await graphqlIn<{
    kepCalls: { booking: { id: string }; call: { id: string } | null }[]
  }>(employee, '{ kepCalls { booking { id } call { id } } }')
  return kepCalls.find((a) => a.booking.id === bookingId)!.call!.id
}

/** Milliseconds until neither page has a live camera or microphone track; 15 s at the most. */
async function tracksStopped(pages: Page[]): Promise<{ ms: number; live: number }> {
  const since = Date.now()
  let live = Infinity
  while (Date.now() - since < 15_000) {
    live = (await Promise.all(pages.map((page) => liveTracks(page)))).reduce((a, b) => a + b, 0)
    if (live === 0) break
    await new Promise((r) => setTimeout(r, 20))
  }
  return { ms: Date.now() - since, live }
}

async function cookieOf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
}

function socketFor(baseUrl: string, cookie: string): Client {
  // as a browser page of the service would: its session cookie and its own origin
  class WithCookie extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin: baseUrl } })
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WithCookie,
  })
}

interface Joined {
  participant: { id: string }
  participantToken: string
  call: { id: string }
}

async function join(context: BrowserContext, bookingId: string): Promise<Joined> {
  const { joinCall } = await graphqlIn<{ joinCall: Joined }>(
    context,
    `mutation ($input: JoinCallInput!) {
      joinCall(input: $input) { participant { id } participantToken call { id } }
    }`,
    { input: { bookingId } },
  )
  return joinCall
}

/** The signalling round trip: A → server → B, B → server → A, `pings` times. */
async function signalRoundTrips(
  baseUrl: string,
  citizen: BrowserContext,
  employee: BrowserContext,
): Promise<number[]> {
  const booking = await bookForEmployee(citizen, { fullName: 'Γιώργος Νικολάου' })
  const a = await join(citizen, booking.id)
  const b = await join(employee, booking.id)
  await graphqlIn(
    employee,
    'mutation ($input: CallIdInput!) { admitCitizen(input: $input) { call { id } } }',
    { input: { callId: a.call.id } },
  )
  const sockets = [
    socketFor(baseUrl, await cookieOf(citizen)),
    socketFor(baseUrl, await cookieOf(employee)),
  ]
  const send = (context: BrowserContext, from: Joined, to: Joined, payload: object) =>
    graphqlIn(
      context,
      'mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }',
      {
        input: {
          callId: from.call.id,
          participantToken: from.participantToken,
          to: to.participant.id,
          negotiationId: 'bench',
          payload,
        },
      },
    )
  const subscribe = (socket: Client, who: Joined, onPayload: (p: { n: number }) => void) =>
    socket.subscribe<{ callSignals: { payload: { n: number } } }>(
      {
        query: `subscription ($callId: ID!, $participantToken: String!) {
          callSignals(callId: $callId, participantToken: $participantToken) { payload }
        }`,
        variables: { callId: who.call.id, participantToken: who.participantToken },
      },
      {
        next: ({ data }) => data && onPayload(data.callSignals.payload),
        error: (e) => failure?.(new Error(`callSignals failed: ${String(e)}`)),
        complete: () => undefined,
      },
    )
  const waiting = new Map<number, () => void>()
  let failure: ((error: Error) => void) | undefined
  const failed = new Promise<never>((_, reject) => {
    failure = reject
  })
  failed.catch(() => undefined) // raced below; a failure after the last ping changes nothing
  const stopA = subscribe(sockets[0]!, a, (p) => waiting.get(p.n)?.())
  const stopB = subscribe(sockets[1]!, b, (p) => void send(employee, b, a, { n: p.n }))
  await new Promise((r) => setTimeout(r, 500)) // both subscriptions registered
  const rtts: number[] = []
  try {
    for (let n = 1; n <= pings; n++) {
      const started = performance.now()
      const back = new Promise<void>((resolve) => waiting.set(n, resolve))
      await send(citizen, a, b, { n })
      await Promise.race([back, failed])
      rtts.push(performance.now() - started)
    }
  } finally {
    stopA()
    stopB()
    await Promise.all(sockets.map((s) => s.dispose()))
  }
  await completeCall(employee, a.call.id)
  return rtts
}

type Session = Awaited<ReturnType<typeof loggedIn>>

/** The citizen in the waiting room of a booking's call, the employee in and admitting. */
async function startCall(citizen: Session, employee: Session, bookingId: string) {
  await citizen.page.goto(`/call/${bookingId}`)
  const enter = citizen.page.getByRole('button', { name: 'Είσοδος στην κλήση' })
  await enter.waitFor()
  while (!(await enter.isEnabled())) await citizen.page.waitForTimeout(50)
  await enter.click()
  await citizen.page.getByTestId('waiting-room').waitFor()
  await employee.page.goto(`/staff/calls/${bookingId}`)
  await employee.page.getByRole('button', { name: 'Σύνδεση στην κλήση' }).click()
  const admit = employee.page.getByRole('button', { name: /Είσοδος του\/της/ })
  await admit.waitFor()
  return admit
}

/** The lower of the rates (frames per second) at which the page decodes each remote video, over 5 s. */
async function decodeRate(page: Page): Promise<number> {
  const before = await mediaStats(page)
  const started = performance.now()
  await page.waitForTimeout(5_000)
  const after = await mediaStats(page)
  const seconds = (performance.now() - started) / 1000
  return Math.min(
    ...after.framesDecoded.map((f, i) => (f - (before.framesDecoded[i] ?? 0)) / seconds),
  )
}

/** Milliseconds from `since` until the page decodes frames on a new or restarted connection. */
async function framesAgain(page: Page, since: number): Promise<number | null> {
  while (Date.now() - since < dropLimitMs) {
    if ((await framesSinceMark(page)) > 0) return Date.now() - since
    await new Promise((r) => setTimeout(r, 20))
  }
  return null
}

/**
 * Issue 15 item 5: in a two-way call, the citizen's page drops its connections `drops` times;
 * each time, how long until both sides decode video again (null: not within 30 s).
 */
async function reconnects(citizen: Session, employee: Session): Promise<(number | null)[]> {
  const booking = await bookForEmployee(citizen.context, { fullName: 'Γιώργος Νικολάου' })
  await (await startCall(citizen, employee, booking.id)).click()
  await Promise.all([waitForRemoteVideo(citizen.page, 1), waitForRemoteVideo(employee.page, 1)])
  const samples: (number | null)[] = []
  try {
    await dropSeries(citizen, employee, samples)
  } finally {
    await completeCall(employee.context, await callIdOf(employee.context, booking.id))
  }
  return samples
}

async function dropSeries(citizen: Session, employee: Session, samples: (number | null)[]) {
  for (let i = 0; i < drops; i++) {
    await Promise.all([markConnections(citizen.page), markConnections(employee.page)])
    const dropped = Date.now()
    if ((await dropPeerConnections(citizen.page)) === 0) throw new Error('no connection to drop')
    const [c, e] = await Promise.all([
      framesAgain(citizen.page, dropped),
      framesAgain(employee.page, dropped),
    ])
    if (c === null || e === null) {
      samples.push(null)
      break // the call did not come back: later drops would measure nothing
    }
    samples.push(Math.max(c, e))
    // settled before the next drop: both sides decoding steadily again
    await Promise.all([waitForRemoteVideo(citizen.page, 1), waitForRemoteVideo(employee.page, 1)])
  }
}

/** R2.8: an interpreter joins by the one-time link; the lower of the two videos' decode rates. */
async function interpreterFps(
  browser: Browser,
  baseUrl: string,
  citizen: Session,
  employee: Session,
): Promise<{ uncapped: number; capped: number }> {
  const booking = await bookForEmployee(citizen.context, {
    signLanguage: true,
    fullName: 'Γιώργος Νικολάου',
  })
  await (await startCall(citizen, employee, booking.id)).click()
  const callId = await callIdOf(employee.context, booking.id)
  const { inviteToCall } = await graphqlIn<{ inviteToCall: { link: string } }>(
    employee.context,
    'mutation ($input: InviteToCallInput!) { inviteToCall(input: $input) { link } }',
    { input: { callId } },
  )
  const guestContext = await browser.newContext({ locale: 'el-GR', baseURL: baseUrl })
  await watchPeerConnections(guestContext)
  try {
    const guest = await guestContext.newPage()
    await guest.goto(new URL(inviteToCall.link).pathname)
    const join = guest.getByRole('button', { name: 'Είσοδος στην κλήση' })
    await join.waitFor()
    while (!(await join.isEnabled())) await guest.waitForTimeout(50)
    // issue 11 defect 5: the interpreter gives their name and waits until the employee admits them
    await guest.getByLabel('Το ονοματεπώνυμό σας').fill('Ελένη Δημητρίου')
    await join.click()
    await employee.page.getByRole('button', { name: /Είσοδος του\/της διερμηνέα/ }).click()
    await waitForRemoteVideo(guest, 2)
    await guest.waitForTimeout(2_000) // past the first seconds' ramp-up
    const uncapped = await decodeRate(guest)
    const senders = await Promise.all(
      [citizen.page, employee.page, guest].map((page) => capVideoSenders(page, 500_000)),
    )
    if (senders.some((n) => n === 0)) throw new Error(`senders capped: ${senders.join(', ')}`)
    await guest.waitForTimeout(3_000) // the encoders adapt to the cap
    const capped = await decodeRate(guest)
    await guest.getByRole('button', { name: 'Αποχώρηση από την κλήση' }).click()
    await completeCall(employee.context, callId)
    await citizen.page.getByTestId('call-outcome').waitFor()
    return { uncapped, capped }
  } finally {
    await guestContext.close()
  }
}

/** The benchmark's citizen and employee logged in, and the manager who assigns their calls. */
async function sessions(browser: Browser, baseUrl: string) {
  const citizen = await loggedIn(browser, baseUrl, { role: 'citizen', user: 'demo-citizen-2' })
  const employee = await loggedIn(browser, baseUrl, { role: 'staff', user: 'emp0001b' })
  manager = (
    await loggedIn(browser, baseUrl, { role: 'staff', user: 'emp0001a' }, { watch: false })
  ).context
  return { citizen, employee }
}

/**
 * The interpreter's frame rates, in a browser whose fake camera sends a real camera's 30 frames
 * a second: a rate of at least 20 at 500 kbps means something only against more than 20 sent.
 */
async function atThirtyFps(baseUrl: string): Promise<{ uncapped: number; capped: number }> {
  const browser = await launchChromium({ fps: 30 })
  const outer = manager
  try {
    const { citizen, employee } = await sessions(browser, baseUrl)
    return await interpreterFps(browser, baseUrl, citizen, employee)
  } finally {
    manager = outer
    await browser.close()
  }
}

async function main() {
  const server = await startCallServer()
  // Chromium's fake camera at its default 20 frames a second. Told 25 or 30, it stalls for
  // ≈ 2.3 s at the start of each call (the page's own preview stops too, so no encoder gets a
  // frame): admit → first frame would measure the fake device, not the call.
  const browser = await launchChromium()
  try {
    const { citizen, employee } = await sessions(browser, server.baseUrl)
    const samples: number[] = []
    const stopping: number[] = []
    let liveAfterLeave = 0
    for (let i = 0; i < calls; i++) {
      const booking = await bookForEmployee(citizen.context, { fullName: 'Γιώργος Νικολάου' })
      const admit = await startCall(citizen, employee, booking.id)
      const admitted = Date.now()
      await admit.click()
      const [c, e] = await Promise.all([
        firstFrame(citizen.page, admitted),
        firstFrame(employee.page, admitted),
      ])
      samples.push(Math.max(c, e))
      await completeCall(employee.context, await callIdOf(employee.context, booking.id))
      const stopped = await tracksStopped([citizen.page, employee.page])
      stopping.push(stopped.ms)
      liveAfterLeave = Math.max(liveAfterLeave, stopped.live)
      await citizen.page.getByTestId('call-outcome').waitFor()
    }
    const phone = await loggedIn(
      browser,
      server.baseUrl,
      { role: 'citizen', user: 'demo-citizen-3' },
      { viewport: viewports.phone, phone: true },
    )
    const phoneSamples: number[] = []
    for (let i = 0; i < phoneCalls; i++) {
      const booking = await bookForEmployee(phone.context, { fullName: 'Γιώργος Νικολάου' })
      const admit = await startCall(phone, employee, booking.id)
      const admitted = Date.now()
      await admit.click()
      const [c, e] = await Promise.all([
        firstFrame(phone.page, admitted),
        firstFrame(employee.page, admitted),
      ])
      phoneSamples.push(Math.max(c, e))
      await completeCall(employee.context, await callIdOf(employee.context, booking.id))
      await phone.page.getByTestId('call-outcome').waitFor()
    }
    await phone.context.close()
    const fps = await atThirtyFps(server.baseUrl)
    let reconnectSamples: (number | null)[]
    try {
      reconnectSamples = await reconnects(citizen, employee)
    } catch (error) {
      process.stderr.write(`reconnect benchmark failed: ${String(error)}\n`)
      reconnectSamples = [null]
    }
    const recovered = reconnectSamples.filter((ms): ms is number => ms !== null)
    const reconnectTimeouts = reconnectSamples.length - recovered.length
    const rtts = await signalRoundTrips(server.baseUrl, citizen.context, employee.context)
    process.stdout.write(
      `${JSON.stringify({
        admit_to_first_frame_p50_ms: Math.round(percentile(samples, 50)),
        p95_ms: Math.round(percentile(samples, 95)),
        signal_rtt_p50_ms: Math.round(percentile(rtts, 50) * 10) / 10,
        interpreter_fps_min: Math.round(fps.uncapped * 10) / 10,
        end_to_no_live_tracks_p95_ms: Math.round(percentile(stopping, 95)),
        live_tracks_after_leave: liveAfterLeave,
        phone_admit_to_first_frame_p95_ms: Math.round(percentile(phoneSamples, 95)),
        interpreter_fps_min_500kbps: Math.round(fps.capped * 10) / 10,
        reconnect_p95_ms:
          reconnectTimeouts === 0 && recovered.length > 0
            ? Math.round(percentile(recovered, 95))
            : null,
        reconnect_timeouts: reconnectTimeouts,
        reconnect_samples_ms: reconnectSamples,
        calls,
        phone_calls: phoneCalls,
        samples_ms: samples,
        phone_samples_ms: phoneSamples,
      })}\n`,
    )
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
