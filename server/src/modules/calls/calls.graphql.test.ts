import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoGraphQLErrors } from '../../test/server.js'
import {
  callWorld,
  codeOf,
  collect,
  join,
  JOIN,
  slotStart,
  wsClient,
  type CallWorld,
  type Joined,
} from './call-test-kit.js'
import { topics } from './calls.events.js'
import { callParticipants, calls, callSignals } from './calls.table.js'

// Through GraphQL over HTTP and graphql-ws, logged in through the GSIS stand-in.

let w: CallWorld
beforeAll(async () => {
  w = await callWorld()
})
afterAll(async () => {
  await w?.close()
})

const ADMIT = `mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id status admittedAt participants { id admitted } } } }`
const SEND = `mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }`
const MISSED = `query ($id: ID!, $t: String!, $after: Int!) { missedSignals(callId: $id, participantToken: $t, afterSeq: $after) { hasMore signals { seq from to negotiationId payload at } } }`
const EVENTS = `subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type participantId at call { id status } } }`
const SIGNALS = `subscription ($id: ID!, $t: String!, $after: Int) { callSignals(callId: $id, participantToken: $t, afterSeq: $after) { seq from to negotiationId payload } }`

type Event = { type: string; participantId: string | null; call: { status: string } }
type Signal = { seq: number; from: string; to: string; negotiationId: string; payload: unknown }
type MissedPage = { signals: Signal[]; hasMore: boolean }

const signal = (call: string, from: Joined, to: string, n = 0) => ({
  input: {
    callId: call,
    participantToken: from.participantToken,
    to,
    negotiationId: 'neg-1',
    payload: { type: 'candidate', n },
  },
})

/** A booking whose citizen waits and whose employee is in the call. */
async function waitingCall() {
  const maria = await w.aCitizen()
  const booking = await w.bookingOf(maria, { startsAt: slotStart })
  const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
  const employee = await join(w.server, { bookingId: booking.id }, w.staff.headers)
  return { maria, booking, citizen, employee, callId: citizen.call.id }
}

describe('joining a call (R2.7, R6.1)', () => {
  it('R2.7 lets the citizen in from 15 minutes before the start to half an hour after the end, with a typed error and the opening time otherwise', async () => {
    const now = w.clock.now()
    const maria = await w.aCitizen()
    const soon = await w.bookingOf(maria, { startsAt: new Date(now.getTime() + 25 * 60_000) })
    const res = await w.server.graphql(JOIN, { input: { bookingId: soon.id } }, maria.headers)
    expect(codeOf(res)).toBe('CALL_NOT_OPEN')
    expect(res.errors![0]!.extensions).toMatchObject({
      opensAt: new Date(now.getTime() + 10 * 60_000).toISOString(),
      messages: { el: expect.stringContaining('ανοίγει'), en: expect.stringContaining('opens') },
    })
    w.clock.set(new Date(now.getTime() + 10 * 60_000))
    try {
      const joined = await join(w.server, { bookingId: soon.id }, maria.headers)
      expect(joined.participant).toMatchObject({ role: 'CITIZEN', admitted: false })
      expect(joined.call.status).toBe('WAITING')
      expect(joined.iceServers).toEqual([])
    } finally {
      w.clock.set(now)
    }
    // Ended 50 minutes ago: closed 20 minutes ago.
    const other = await w.aCitizen()
    const past = await w.bookingOf(other, { startsAt: new Date(now.getTime() - 70 * 60_000) })
    const late = await w.server.graphql(JOIN, { input: { bookingId: past.id } }, other.headers)
    expect(codeOf(late)).toBe('CALL_NOT_OPEN')
  })

  it('R7.2 refuses another citizen and another KEP’s staff as if the booking did not exist; nobody logged in must log in', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart })
    for (const who of [w.stranger, w.otherKepStaff]) {
      const res = await w.server.graphql(JOIN, { input: { bookingId: booking.id } }, who.headers)
      expect(codeOf(res)).toBe('NOT_FOUND')
    }
    const anonymous = await w.server.graphql(JOIN, { input: { bookingId: booking.id } })
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED')
  })

  it('R2.7 the citizen waits, the employee is in at once, admitting sends ADMITTED to the citizen and updates the staff console live', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart })
    const staffSocket = wsClient(w.server, { cookie: w.staff.cookie })
    const citizenSocket = wsClient(w.server, { cookie: maria.cookie })
    try {
      const console = collect<{
        id: string
        status: string
        participants: { role: string; admitted: boolean }[]
      }>(
        staffSocket,
        'subscription { kepCallUpdates { id status participants { role admitted } } }',
        {},
      )
      await w.listening(topics.kepCalls(w.kepId))
      const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
      await console.waitFor((items) =>
        items.some((c) => c.participants.some((p) => p.role === 'CITIZEN' && !p.admitted)),
      )
      const events = collect<Event>(citizenSocket, EVENTS, {
        id: citizen.call.id,
        t: citizen.participantToken,
      })
      await w.listening(topics.callEvents(citizen.call.id))
      const employee = await join(w.server, { bookingId: booking.id }, w.staff.headers)
      expect(employee.participant).toMatchObject({ role: 'EMPLOYEE', admitted: true })

      const day = await w.server.graphql<{
        kepCalls: { booking: { id: string }; call: { participants: { role: string }[] } | null }[]
      }>(
        '{ kepCalls(date: "2027-01-12") { booking { id startsAt } call { status participants { role } } } }',
        {},
        w.staff.headers,
      )
      const row = expectNoGraphQLErrors(day).kepCalls.find((a) => a.booking.id === booking.id)
      expect(row?.call?.participants.map((p) => p.role).sort()).toEqual(['CITIZEN', 'EMPLOYEE'])

      const admitted = await w.server.graphql<{ admitCitizen: { call: { status: string } } }>(
        ADMIT,
        { id: citizen.call.id },
        w.staff.headers,
      )
      expect(expectNoGraphQLErrors(admitted).admitCitizen.call.status).toBe('IN_CALL')
      await events.waitFor((items) =>
        items.some((e) => e.type === 'ADMITTED' && e.participantId === citizen.participant.id),
      )
      expect(events.items.map((e) => e.type)).toEqual(['STATE', 'JOINED', 'ADMITTED'])
      expect(events.items[0]!.call.status).toBe('WAITING')
      expect(events.items.at(-1)!.call.status).toBe('IN_CALL')
      await console.waitFor((items) => items.some((c) => c.status === 'IN_CALL'))
      events.stop()
      console.stop()
    } finally {
      await staffSocket.dispose()
      await citizenSocket.dispose()
    }
  })

  it('R2.7 a page that subscribes after it was admitted learns it at once: the first event is the call as it is', async () => {
    const { maria, citizen, callId } = await waitingCall()
    // admitted while the citizen's page had no subscription (a dropped socket, a slow start)
    await w.server.graphql(ADMIT, { id: callId }, w.staff.headers)
    const socket = wsClient(w.server, { cookie: maria.cookie })
    try {
      const events = collect<Event>(socket, EVENTS, { id: callId, t: citizen.participantToken })
      await events.waitFor((items) => items.length >= 1)
      expect(events.items[0]).toMatchObject({
        type: 'STATE',
        participantId: citizen.participant.id,
        call: { id: callId, status: 'IN_CALL' },
      })
      events.stop()
    } finally {
      await socket.dispose()
    }
  })

  it('a reload is a new participant: the old one is LEFT and its token no longer works', async () => {
    const { maria, booking, citizen, employee, callId } = await waitingCall()
    await w.server.graphql(ADMIT, { id: callId }, w.staff.headers)
    const socket = wsClient(w.server, { cookie: w.staff.cookie })
    try {
      const events = collect<Event>(socket, EVENTS, { id: callId, t: employee.participantToken })
      await w.listening(topics.callEvents(callId))
      const again = await join(w.server, { bookingId: booking.id }, maria.headers)
      expect(again.participant.id).not.toBe(citizen.participant.id)
      // The call already runs: the reloaded page is let back in without waiting.
      expect(again.participant.admitted).toBe(true)
      await events.waitFor((items) => items.filter((e) => e.type !== 'STATE').length >= 2)
      const changes = events.items.filter((e) => e.type !== 'STATE')
      expect(changes.slice(0, 2).map((e) => [e.type, e.participantId])).toEqual([
        ['LEFT', citizen.participant.id],
        ['JOINED', again.participant.id],
      ])
      const old = await w.server.graphql(
        SEND,
        signal(callId, citizen, employee.participant.id),
        maria.headers,
      )
      expect(codeOf(old)).toBe('FORBIDDEN')
      const fresh = await w.server.graphql(
        SEND,
        signal(callId, again, employee.participant.id),
        maria.headers,
      )
      expectNoGraphQLErrors(fresh)
      events.stop()
    } finally {
      await socket.dispose()
    }
  })
})

describe('the signalling mailbox', () => {
  it('numbers concurrent signals of a call distinctly and without gaps (real parallel requests)', async () => {
    const { maria, callId, citizen, employee } = await waitingCall()
    await w.server.graphql(ADMIT, { id: callId }, w.staff.headers)
    const sends = Array.from({ length: 40 }, (_, n) =>
      n % 2 === 0
        ? w.server.graphql<{ sendSignal: { seq: number } }>(
            SEND,
            signal(callId, employee, citizen.participant.id, n),
            w.staff.headers,
          )
        : w.server.graphql<{ sendSignal: { seq: number } }>(
            SEND,
            signal(callId, citizen, employee.participant.id, n),
            maria.headers,
          ),
    )
    const seqs = (await Promise.all(sends)).map((r) => expectNoGraphQLErrors(r).sendSignal.seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    const rows = await w.database.db
      .select()
      .from(callSignals)
      .where(eq(callSignals.callId, callId))
    expect(rows).toHaveLength(40)
  })

  it('subscribe, then fetch what was missed: the replay and the live feed together give every signal once', async () => {
    const { maria, callId, citizen, employee } = await waitingCall()
    await w.server.graphql(ADMIT, { id: callId }, w.staff.headers)
    const send = (n: number) =>
      w.server.graphql(SEND, signal(callId, employee, citizen.participant.id, n), w.staff.headers)
    for (const n of [1, 2, 3]) expectNoGraphQLErrors(await send(n))
    const socket = wsClient(w.server, { cookie: maria.cookie })
    try {
      // The page saw seq 1 before its connection dropped.
      const live = collect<Signal>(socket, SIGNALS, {
        id: callId,
        t: citizen.participantToken,
        after: 1,
      })
      await live.waitFor((items) => items.length >= 2)
      expectNoGraphQLErrors(await send(4))
      await live.waitFor((items) => items.length >= 3)
      expect(live.items.map((s) => s.seq)).toEqual([2, 3, 4])
      expect(live.items[0]).toMatchObject({
        from: employee.participant.id,
        to: citizen.participant.id,
        negotiationId: 'neg-1',
        payload: { type: 'candidate', n: 2 },
      })
      const missed = await w.server.graphql<{ missedSignals: MissedPage }>(
        MISSED,
        { id: callId, t: citizen.participantToken, after: 2 },
        maria.headers,
      )
      const page = expectNoGraphQLErrors(missed).missedSignals
      expect(page.signals.map((s) => s.seq)).toEqual([3, 4])
      expect(page.hasMore).toBe(false)
      live.stop()
    } finally {
      await socket.dispose()
    }
  })

  it('issue 11 defect 10: in a call of more than 500 signals, a reconnect after seq N gets exactly N+1…last, paged over HTTP and in one replay over the socket', async () => {
    const { maria, callId, citizen, employee } = await waitingCall()
    await w.server.graphql(ADMIT, { id: callId }, w.staff.headers)
    // A long call's mailbox, written directly: 1,300 signals, every fourth to the employee.
    const total = 1_300
    const rows = Array.from({ length: total }, (_, i) => {
      const toCitizen = i % 4 !== 3
      return {
        callId,
        seq: i + 1,
        senderSessionId: toCitizen ? employee.participant.id : citizen.participant.id,
        recipientSessionId: toCitizen ? citizen.participant.id : employee.participant.id,
        negotiationId: 'neg-1',
        payload: { type: 'candidate', n: i + 1 },
      }
    })
    for (let i = 0; i < total; i += 250) {
      await w.database.db.insert(callSignals).values(rows.slice(i, i + 250))
    }
    await w.database.db.update(calls).set({ signalSeq: total }).where(eq(calls.id, callId))
    const seenBefore = 700
    const expected = rows
      .filter((r) => r.seq > seenBefore && r.recipientSessionId === citizen.participant.id)
      .map((r) => r.seq)

    // Over HTTP, page by page from the last seq the page saw.
    const fetched: number[] = []
    let after = seenBefore
    for (let pages = 0; pages < 10; pages++) {
      const res = await w.server.graphql<{ missedSignals: MissedPage }>(
        `query ($id: ID!, $t: String!, $after: Int!) { missedSignals(callId: $id, participantToken: $t, afterSeq: $after, first: 200) { hasMore signals { seq } } }`,
        { id: callId, t: citizen.participantToken, after },
        maria.headers,
      )
      const page = expectNoGraphQLErrors(res).missedSignals
      fetched.push(...page.signals.map((s) => s.seq))
      if (!page.hasMore) break
      after = page.signals.at(-1)!.seq
    }
    expect(fetched).toEqual(expected)

    // Over the socket: the replay pages through all of it, then goes live.
    const socket = wsClient(w.server, { cookie: maria.cookie })
    try {
      const live = collect<Signal>(socket, SIGNALS, {
        id: callId,
        t: citizen.participantToken,
        after: seenBefore,
      })
      await live.waitFor((items) => items.length >= expected.length)
      expectNoGraphQLErrors(
        await w.server.graphql(
          SEND,
          signal(callId, employee, citizen.participant.id, 9),
          w.staff.headers,
        ),
      )
      await live.waitFor((items) => items.length >= expected.length + 1)
      expect(live.items.map((s) => s.seq)).toEqual([...expected, total + 1])
      live.stop()
    } finally {
      await socket.dispose()
    }

    const tooMany = await w.server.graphql(
      `query ($id: ID!, $t: String!) { missedSignals(callId: $id, participantToken: $t, afterSeq: -1, first: 501) { hasMore } }`,
      { id: callId, t: citizen.participantToken },
      maria.headers,
    )
    expect(codeOf(tooMany)).toBe('VALIDATION_FAILED')
    expect(tooMany.errors![0]!.extensions!.fields).toMatchObject([
      { field: 'afterSeq' },
      { field: 'first' },
    ])
  })

  it('only members send and receive: not a waiting citizen, a stranger, another KEP’s staff, a wrong token, or a page that left', async () => {
    const { maria, callId, citizen, employee } = await waitingCall()
    const toCitizen = signal(callId, employee, citizen.participant.id)
    // The citizen still waits: they may not send, read the mailbox, or be sent to.
    expect(
      codeOf(
        await w.server.graphql(
          SEND,
          signal(callId, citizen, employee.participant.id),
          maria.headers,
        ),
      ),
    ).toBe('NOT_ADMITTED')
    expect(
      codeOf(
        await w.server.graphql(
          MISSED,
          { id: callId, t: citizen.participantToken, after: 0 },
          maria.headers,
        ),
      ),
    ).toBe('NOT_ADMITTED')
    expect(codeOf(await w.server.graphql(SEND, toCitizen, w.staff.headers))).toBe(
      'VALIDATION_FAILED',
    )
    // A token is no use to anyone but the person who joined with it.
    await w.server.graphql(ADMIT, { id: callId }, w.staff.headers)
    expect(codeOf(await w.server.graphql(SEND, toCitizen, w.stranger.headers))).toBe('FORBIDDEN')
    expect(codeOf(await w.server.graphql(SEND, toCitizen, w.otherKepStaff.headers))).toBe(
      'FORBIDDEN',
    )
    expect(codeOf(await w.server.graphql(SEND, toCitizen))).toBe('FORBIDDEN')
    const wrong = { input: { ...toCitizen.input, participantToken: 'x'.repeat(43) } }
    expect(codeOf(await w.server.graphql(SEND, wrong, w.staff.headers))).toBe('FORBIDDEN')
    const socket = wsClient(w.server, { cookie: w.stranger.cookie })
    try {
      const theirs = collect<Signal>(socket, SIGNALS, { id: callId, t: citizen.participantToken })
      await expect(theirs.waitFor((items) => items.length > 0, 1_000)).rejects.toThrow(
        /FORBIDDEN|subscription failed/,
      )
    } finally {
      await socket.dispose()
    }
    expectNoGraphQLErrors(await w.server.graphql(SEND, toCitizen, w.staff.headers))
    // After leaving, the token is dead and nobody can send to that page.
    expectNoGraphQLErrors(
      await w.server.graphql(
        'mutation ($id: ID!, $t: String!) { leaveCall(input: { callId: $id, participantToken: $t }) { call { id } } }',
        { id: callId, t: citizen.participantToken },
        maria.headers,
      ),
    )
    expect(codeOf(await w.server.graphql(SEND, toCitizen, w.staff.headers))).toBe(
      'VALIDATION_FAILED',
    )
    expect(
      codeOf(
        await w.server.graphql(
          MISSED,
          { id: callId, t: citizen.participantToken, after: 0 },
          maria.headers,
        ),
      ),
    ).toBe('FORBIDDEN')
    const [left] = await w.database.db
      .select()
      .from(callParticipants)
      .where(eq(callParticipants.id, citizen.participant.id))
    expect(left!.leftAt).not.toBeNull()
  })

  it('refuses a signal over 16 kB with a typed error', async () => {
    const { callId, citizen, employee } = await waitingCall()
    await w.server.graphql(ADMIT, { id: callId }, w.staff.headers)
    const big = signal(callId, employee, citizen.participant.id)
    big.input.payload = { type: 'offer', sdp: 'a'.repeat(17_000) } as never
    const res = await w.server.graphql(SEND, big, w.staff.headers)
    expect(codeOf(res)).toBe('SIGNAL_TOO_LARGE')
    expect(res.errors![0]!.extensions).toMatchObject({ maxBytes: 16_384 })
  })

  it('caps a call’s mailbox', async () => {
    const { callId, citizen, employee } = await waitingCall()
    await w.server.graphql(ADMIT, { id: callId }, w.staff.headers)
    await w.database.db.update(calls).set({ signalSeq: 20_000 }).where(eq(calls.id, callId))
    const res = await w.server.graphql(
      SEND,
      signal(callId, employee, citizen.participant.id),
      w.staff.headers,
    )
    expect(codeOf(res)).toBe('SIGNAL_TOO_LARGE')
    expect(res.errors![0]!.extensions).toMatchObject({ maxSignals: 20_000 })
  })

  it('stores only the SHA-256 of a participant token', async () => {
    const { citizen } = await waitingCall()
    const [row] = await w.database.db
      .select()
      .from(callParticipants)
      .where(eq(callParticipants.id, citizen.participant.id))
    expect(row!.tokenHash).not.toContain(citizen.participantToken)
    expect(row!.tokenHash).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
