import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { watchProblems } from './browser.js'
import { freePort, serverEnv, startServerProcess } from './server-process.js'

// The call tests need an appointment that can be joined *now*, whenever they run: the
// demo KEP (KEP-0001, where the demo employees work) is made to open round the clock, every
// day, for the "information" field with no notice and a 5-minute grid, so the first free slot
// starts within minutes and its call window (15 minutes before the start) is open. Everything
// else is the product as `pnpm start` runs it: the built apps, the real server, the seed data.
// Extraordinary hours for today and the next two days open it on Greek public holidays too.

/** The demo KEP open 00:00–23:59 every day for its employees, the information field at once. */
export async function openAroundTheClock(dataDir: string): Promise<void> {
  const db = await PGlite.create(dataDir, { extensions: { btree_gist } })
  try {
    await db.exec(`
      update service_categories set min_notice_minutes = 0, slot_step_minutes = 5
        where code = 'information';
      delete from kep_closures where kep_id = (select id from keps where code = 'KEP-0001');
      delete from kep_opening_hours where kep_id = (select id from keps where code = 'KEP-0001');
      insert into kep_opening_hours (kep_id, weekday, opens_at, closes_at)
        select k.id, d, '00:00', '23:59' from keps k, generate_series(1, 7) d
        where k.code = 'KEP-0001';
      insert into kep_special_hours (kep_id, on_date, opens_at, closes_at, reason_el, reason_en)
        select k.id, (now() at time zone 'Europe/Athens')::date + d, '00:00', '23:59',
               'Δοκιμές βιντεοκλήσης', 'Video call tests'
        from keps k, generate_series(0, 2) d
        where k.code = 'KEP-0001';
      create temporary table desk as
        select distinct on (a.employee_id) a.employee_id, a.workstation_id
        from employee_availability a join employees e on e.id = a.employee_id
        join keps k on k.id = e.kep_id where k.code = 'KEP-0001';
      delete from employee_availability where employee_id in (select employee_id from desk);
      insert into employee_availability
          (employee_id, workstation_id, weekday, starts_at, ends_at, valid_from)
        select employee_id, workstation_id, d, '00:00', '23:59', '2000-01-01'
        from desk, generate_series(1, 7) d;
    `)
  } finally {
    await db.close()
  }
}

export interface CallServer {
  baseUrl: string
  /** Stops the server, runs `whileDown`, and starts it again on the same port and data. */
  restart(whileDown: () => Promise<void>): Promise<void>
  stop(): Promise<void>
}

/** Migrates and seeds a fresh database in `dataDir`, as the first start does, and opens its demo KEP now. */
export async function prepareCallDatabase(dataDir: string): Promise<void> {
  const port = await freePort()
  const seeding = await startServerProcess(serverEnv(dataDir, port), port)
  await seeding.stop()
  await openAroundTheClock(dataDir)
}

/**
 * The server as `pnpm start` runs it (built apps, embedded database, seed data) on a free
 * port, with the demo KEP open now. The apps must be built (the e2e global setup builds them).
 */
export async function startCallServer(
  /** A database already seeded and opened round the clock (the e2e setup prepares one per run). */
  template?: string,
): Promise<CallServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'keplive-call-'))
  const port = await freePort()
  const env = serverEnv(dataDir, port)
  if (template) {
    await cp(template, dataDir, { recursive: true })
  } else {
    await prepareCallDatabase(dataDir)
  }
  let serving = await startServerProcess(env, port)
  return {
    baseUrl: serving.baseUrl,
    async restart(whileDown) {
      await serving.stop()
      try {
        await whileDown()
      } finally {
        serving = await startServerProcess(env, port)
      }
    },
    async stop() {
      await serving.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Gives the page's RTCPeerConnections to the test (window.__kepliveConnections) so it can read
 * their statistics, and every camera and microphone track it opened (window.__kepliveTracks) so
 * it can see them stopped. Test instrumentation only: the apps keep no such lists.
 */
export async function watchPeerConnections(context: BrowserContext): Promise<void> {
  // browser code, as text: the server's TypeScript has no DOM types
  await context.addInitScript({
    content: `(() => {
      const Native = window.RTCPeerConnection
      const list = []
      window.__kepliveConnections = list
      window.RTCPeerConnection = class extends Native {
        constructor(config) {
          super(config)
          list.push(this)
        }
      }
      const tracks = []
      window.__kepliveTracks = tracks
      const media = navigator.mediaDevices
      if (media && media.getUserMedia) {
        const open = media.getUserMedia.bind(media)
        media.getUserMedia = async (constraints) => {
          const stream = await open(constraints)
          tracks.push(...stream.getTracks())
          return stream
        }
      }
    })()`,
  })
}

/** How many of the page's camera and microphone tracks are still live (not stopped). */
export function liveTracks(page: Page): Promise<number> {
  return page.evaluate(
    `(window.__kepliveTracks || []).filter((t) => t.readyState === 'live').length`,
  ) as Promise<number>
}

export interface MediaStats {
  /** framesDecoded of each open connection's inbound video. */
  framesDecoded: number[]
  outboundVideoBytes: number
  outboundAudioBytes: number
  inboundAudioBytes: number
  openConnections: number
}

const readStats = `(async () => {
  const open = (window.__kepliveConnections || []).filter((pc) => pc.connectionState === 'connected')
  const result = {
    framesDecoded: [],
    outboundVideoBytes: 0,
    outboundAudioBytes: 0,
    inboundAudioBytes: 0,
    openConnections: open.length,
  }
  for (const pc of open) {
    let frames = 0
    const report = await pc.getStats()
    report.forEach((s) => {
      if (s.type === 'inbound-rtp' && s.kind === 'video') frames += Number(s.framesDecoded || 0)
      if (s.type === 'inbound-rtp' && s.kind === 'audio') result.inboundAudioBytes += Number(s.bytesReceived || 0)
      if (s.type === 'outbound-rtp' && s.kind === 'video') result.outboundVideoBytes += Number(s.bytesSent || 0)
      if (s.type === 'outbound-rtp' && s.kind === 'audio') result.outboundAudioBytes += Number(s.bytesSent || 0)
    })
    result.framesDecoded.push(frames)
  }
  return result
})()`

/** The statistics of the page's open peer connections, summed by kind. */
export function mediaStats(page: Page): Promise<MediaStats> {
  return page.evaluate<MediaStats>(readStats)
}

/**
 * Marks the page's peer connections as they are now, for `framesSinceMark`: the frames each has
 * decoded so far, and whether it leaves the connected state from now on.
 */
export function markConnections(page: Page): Promise<void> {
  return page.evaluate<void>(`(async () => {
    const list = window.__kepliveConnections || []
    const mark = { count: list.length, left: new WeakSet(), frames: new WeakMap() }
    for (const pc of list) {
      if (pc.connectionState !== 'connected') mark.left.add(pc)
      pc.addEventListener('connectionstatechange', () => {
        if (pc.connectionState !== 'connected') mark.left.add(pc)
      })
      let frames = 0
      if (pc.connectionState !== 'closed') {
        const report = await pc.getStats()
        report.forEach((s) => {
          if (s.type === 'inbound-rtp' && s.kind === 'video') frames += Number(s.framesDecoded || 0)
        })
      }
      mark.frames.set(pc, frames)
    }
    window.__kepliveMark = mark
  })()`)
}

/**
 * Video frames decoded since markConnections on connections that are new since then, or that
 * left the connected state and are connected again (restarted): > 0 once video is back after a
 * drop. Frames still arriving on a connection that never dropped do not count.
 */
export function framesSinceMark(page: Page): Promise<number> {
  return page.evaluate<number>(`(async () => {
    const mark = window.__kepliveMark
    const list = window.__kepliveConnections || []
    let total = 0
    for (let i = 0; i < list.length; i++) {
      const pc = list[i]
      const fresh = i >= mark.count
      if (pc.connectionState !== 'connected' || !(fresh || mark.left.has(pc))) continue
      let frames = 0
      const report = await pc.getStats()
      report.forEach((s) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video') frames += Number(s.framesDecoded || 0)
      })
      total += Math.max(0, frames - (fresh ? 0 : mark.frames.get(pc) || 0))
    }
    return total
  })()`)
}

/**
 * Waits until the page has `connections` open peer connections whose inbound video keeps
 * decoding frames (each grows between two readings).
 */
export async function waitForRemoteVideo(
  page: Page,
  connections: number,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: MediaStats | undefined
  while (Date.now() < deadline) {
    const before = await mediaStats(page)
    await page.waitForTimeout(500)
    const after = await mediaStats(page)
    last = after
    if (
      after.openConnections === connections &&
      before.framesDecoded.length === connections &&
      after.framesDecoded.every((f, i) => f > 0 && f > (before.framesDecoded[i] ?? 0))
    ) {
      return
    }
  }
  throw new Error(`no growing remote video on ${connections} connections: ${JSON.stringify(last)}`)
}

export type Who =
  | { role: 'citizen' | 'staff'; user: string }
  | {
      role: 'citizen' | 'staff'
      custom: { userid: string; taxid: string; first: string; last: string }
    }

/**
 * Issue 14 item 5: the employee of the page's session acknowledges the acceptable-use notice
 * (Art. 7.2) — the one way every staff browser test gets past it (staff-account.e2e.test.ts
 * goes through the notice itself). Idempotent; the page is reloaded, as it showed the notice.
 */
export async function acknowledgeAcceptableUse(page: Page): Promise<void> {
  await graphqlIn(
    page.context(),
    'mutation { acknowledgeAcceptableUse { account { acceptableUseAcknowledgedAt } } }',
  )
  await page.reload()
}

export interface SessionOptions {
  /** The window's size (pages.ts `viewports`); Playwright's default when left out. */
  viewport?: { width: number; height: number }
  /**
   * Each session from its own address in this /16, e.g. '10.14' (X-Forwarded-For): logins are
   * limited per address, and a file that logs in often gives itself a network.
   */
  network?: string
  /** Collect the page's peer connections and media tracks (default: yes). */
  watch?: boolean
  /** An employee acknowledges the acceptable-use notice (default: yes). */
  acknowledge?: boolean
  /** A phone: mobile viewport meta honoured and touch events (Chromium only). */
  phone?: boolean
}

let sessionCount = 1

/**
 * A browser context logged in through the GSIS stand-in, as a person would, with the page's
 * script errors and CSP violations collected in `problems`; an employee has acknowledged the
 * acceptable-use notice (`acknowledge: false` leaves it to the test). A seeded user the
 * stand-in does not list is typed in, as its form allows.
 */
export async function loggedIn(
  browser: Browser,
  baseUrl: string,
  who: Who,
  options: SessionOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    locale: 'el-GR',
    baseURL: baseUrl,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
    ...(options.network
      ? {
          extraHTTPHeaders: {
            'x-forwarded-for': `${options.network}.${sessionCount >> 8}.${sessionCount++ & 255}`,
          },
        }
      : {}),
  })
  if (options.watch !== false) await watchPeerConnections(context)
  const page = await context.newPage()
  const problems = watchProblems(page)
  const home = who.role === 'staff' ? '/staff/' : '/'
  await page.goto(`/auth/login?role=${who.role}&returnTo=${encodeURIComponent(home)}`)
  await page.waitForURL(/\/dev\/gsis\//)
  const listed = 'user' in who ? page.locator(`input[name=user][value="${who.user}"]`) : null
  if (listed && (await listed.count()) > 0) {
    await listed.check()
  } else {
    const custom =
      'custom' in who
        ? who.custom
        : { userid: who.user, taxid: '090000045', first: 'Υπάλληλος', last: 'Δοκιμής' }
    await page.locator('input[name=user][value=custom]').check()
    await page.fill('#custom_userid', custom.userid)
    await page.fill('#custom_taxid', custom.taxid)
    await page.fill('#custom_firstname', custom.first)
    await page.fill('#custom_lastname', custom.last)
  }
  await page.locator('button[value=login]').click()
  await page.waitForURL(`${baseUrl}${home}`)
  if (who.role === 'staff' && options.acknowledge !== false) await acknowledgeAcceptableUse(page)
  return { context, page, problems }
}

/** A GraphQL request with the context's session cookie; throws on any error. */
export async function graphqlIn<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  let response
  for (let attempt = 1; ; attempt++) {
    try {
      response = await context.request.post('/graphql', {
        data: { query, variables },
        headers: { 'content-type': 'application/json' },
      })
      break
    } catch (error) {
      // a kept-alive connection the server closed as the request went out: never processed
      if (attempt === 3 || !String(error).includes('ECONNRESET')) throw error
    }
  }
  const body = (await response.json()) as { data?: T; errors?: unknown[] }
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`)
  }
  return body.data
}

export interface BookedCall {
  id: string
  reference: string
  startsAt: string
}

const athensDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(at)

/**
 * Books the first free slot at the demo KEP through the GraphQL API, as the citizen of
 * `context` — with sign-language interpretation if asked (R2.2 f).
 */
export async function bookNow(
  context: BrowserContext,
  options: {
    signLanguage?: boolean
    fullName?: string
    /** The first free slot at or after this instant instead (e.g. a call not open yet). */
    notBefore?: Date
    /** For a business (issue 19 item 6: the KED stand-in must say the person represents it). */
    business?: { taxId: string; name: string }
  } = {},
): Promise<BookedCall> {
  const { keps } = await graphqlIn<{ keps: { id: string; code: string }[] }>(
    context,
    'query { keps { id code } }',
  )
  const kep = keps.find((k) => k.code === 'KEP-0001')!
  const { procedures } = await graphqlIn<{ procedures: { id: string }[] }>(
    context,
    'query { procedures(category: INFORMATION) { id } }',
  )
  const today = new Date()
  const tomorrow = new Date(today.getTime() + 86_400_000)
  const { availability } = await graphqlIn<{
    availability: { days: { slots: { startsAt: string }[] }[] }
  }>(
    context,
    `query A($input: AvailabilityInput!) { availability(input: $input) { days { slots { startsAt } } } }`,
    {
      input: {
        category: 'INFORMATION',
        procedureId: procedures[0]!.id,
        kepId: kep.id,
        from: athensDate(today),
        to: athensDate(tomorrow),
      },
    },
  )
  const notBefore = options.notBefore?.getTime() ?? -Infinity
  const slot = availability.days
    .flatMap((d) => d.slots)
    .find((s) => Date.parse(s.startsAt) >= notBefore)
  if (!slot) throw new Error('no free slot at the demo KEP')
  const { bookAppointment } = await graphqlIn<{ bookAppointment: { booking: BookedCall } }>(
    context,
    `mutation B($input: BookAppointmentInput!) {
      bookAppointment(input: $input) { booking { id reference startsAt } }
    }`,
    {
      input: {
        category: 'INFORMATION',
        procedureId: procedures[0]!.id,
        kepId: kep.id,
        startsAt: slot.startsAt,
        fullName: options.fullName ?? 'Μαρία Παπαδοπούλου',
        email: 'maria@example.gr',
        phone: '2101234567',
        postalAddress: 'Πανεπιστημίου 10, 10671 Αθήνα',
        deliveryMethod: 'EMAIL',
        specialRequirements: { signLanguage: options.signLanguage ?? false },
        business: options.business ?? null,
      },
    },
  )
  return bookAppointment.booking
}

/** The join link of a booking's email, read from the development mail sink (R2.5). */
export async function joinLinkFromMail(baseUrl: string, reference: string): Promise<string> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const { messages } = (await (await fetch(`${baseUrl}/dev/mail.json`)).json()) as {
      messages: { text: string; subject: string }[]
    }
    for (const m of messages) {
      if (!m.text.includes(reference)) continue
      const link = /https?:\/\/[^\s]+\/join\/[A-Za-z0-9_-]{43}/.exec(m.text)
      if (link) return new URL(link[0]).pathname
    }
    await new Promise((r) => setTimeout(r, 1_000))
  }
  throw new Error(`no email with a join link for ${reference}`)
}

/**
 * Issue 14 item 2: only the booking's assigned employee (or the KEP's manager) runs its call,
 * and the fair rule chose one of the demo KEP's employees. The manager's context gives the
 * booking to the employee named (handOverBooking), unless it is already theirs.
 */
export async function assignCallTo(
  managerContext: BrowserContext,
  bookingId: string,
  employeeName: string,
): Promise<void> {
  const { callAssignment } = await graphqlIn<{ callAssignment: { assignedToName: string } }>(
    managerContext,
    'query A($id: ID!) { callAssignment(bookingId: $id) { assignedToName } }',
    { id: bookingId },
  )
  if (callAssignment.assignedToName === employeeName) return
  const { freeColleagues } = await graphqlIn<{
    freeColleagues: { id: string; displayName: string }[]
  }>(managerContext, 'query F($id: ID!) { freeColleagues(bookingId: $id) { id displayName } }', {
    id: bookingId,
  })
  const colleague = freeColleagues.find((c) => c.displayName === employeeName)
  if (!colleague) throw new Error(`${employeeName} is not free for ${bookingId}`)
  await graphqlIn(
    managerContext,
    'mutation H($input: HandOverBookingInput!) { handOverBooking(input: $input) { assignedToId } }',
    { input: { bookingId, toEmployeeId: colleague.id } },
  )
}

/**
 * Ends a call as its employee would through the API: Γιώργος Νικολάου's identity card (book in
 * his name: KED's holder must be the booking's person) checked and
 * confirmed, the submission recorded (R6.2, R7.3) — the booking completes and the call ends.
 */
export async function completeCall(employee: BrowserContext, callId: string): Promise<void> {
  const document = { callId, documentType: 'ID_CARD', documentNumber: 'ΑΒ654321' }
  await graphqlIn(
    employee,
    'mutation ($input: CheckIdentityDocumentInput!) { checkIdentityDocument(input: $input) { status } }',
    { input: document },
  )
  await graphqlIn(
    employee,
    'mutation ($input: ConfirmIdentityInput!) { confirmIdentity(input: $input) { call { id } } }',
    { input: { ...document, verified: true } },
  )
  await graphqlIn(
    employee,
    'mutation ($input: RecordSubmissionInput!) { recordSubmission(input: $input) { call { id } } }',
    {
      input: {
        callId,
        protocolNumber: `TEST-${Date.now()}`,
        filedDescription: 'test',
        deliveryMethod: 'EMAIL',
      },
    },
  )
}
