import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoGraphQLErrors, type GraphQLResponse } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { bookings } from '../bookings/index.js'
import { outbox } from '../notifications/index.js'
import { heldReservations } from '../scheduling/index.js'
import {
  callWorld,
  codeOf,
  collect,
  join,
  slotStart,
  wsClient,
  type CallWorld,
} from './call-test-kit.js'
import { topics } from './calls.events.js'
import { calls } from './calls.table.js'

// Issue 14 item 2: only the assigned employee or the KEP's manager runs a booking's call; the
// rest of the KEP's staff read it. "I can't take this one" hands it over to a free colleague.

let w: CallWorld
beforeAll(async () => {
  w = await callWorld()
})
afterAll(async () => {
  await w?.close()
})

const hour = 3_600_000
/** Later that Tuesday, each test at an hour of its own (Athens 11:00 to 14:00). */
const later = (n: number) => new Date(Date.parse('2027-01-12T09:00:00Z') + n * hour)

const HAND_OVER = `mutation ($input: HandOverBookingInput!) {
  handOverBooking(input: $input) { assignedToId assignedToName booking { id } }
}`
const FREE = `query ($id: ID!) { freeColleagues(bookingId: $id) { id displayName } }`
const ASSIGNMENT = `query ($id: ID!) { callAssignment(bookingId: $id) { assignedToId assignedToName conductsCall canHandOver } }`
const KEP_CALLS = `query { kepCalls { booking { id } } }`

const fieldsOf = (res: GraphQLResponse<unknown>) =>
  (res.errors?.[0]?.extensions?.fields as { field: string; reason: string }[] | undefined) ?? []

const bookingRow = async (id: string) =>
  (await w.database.db.select().from(bookings).where(eq(bookings.id, id)))[0]!
const handOverAudits = (id: string) =>
  w.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'call.handover')))

/** Every act on a call by staff, as a document and its variables. */
function callActs(callId: string, bookingId: string): [string, string, Record<string, unknown>][] {
  return [
    [
      'admitCitizen',
      'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
      { id: callId },
    ],
    [
      'admitInterpreter',
      'mutation ($id: ID!) { admitInterpreter(input: { callId: $id, participantId: $id }) { call { id } } }',
      { id: callId },
    ],
    [
      'requestIdentityDocument',
      'mutation ($id: ID!) { requestIdentityDocument(input: { callId: $id }) { call { id } } }',
      { id: callId },
    ],
    [
      'checkIdentityDocument',
      'mutation ($id: ID!) { checkIdentityDocument(input: { callId: $id, documentType: ID_CARD, documentNumber: "ΑΚ123456" }) { status } }',
      { id: callId },
    ],
    [
      'confirmIdentity',
      'mutation ($id: ID!) { confirmIdentity(input: { callId: $id, documentType: ID_CARD, documentNumber: "ΑΚ123456", verified: true }) { call { id } } }',
      { id: callId },
    ],
    [
      'inviteToCall',
      'mutation ($id: ID!) { inviteToCall(input: { callId: $id }) { link } }',
      { id: callId },
    ],
    [
      'recordSubmission',
      'mutation ($id: ID!) { recordSubmission(input: { callId: $id, protocolNumber: "1/2027", filedDescription: "Αίτηση", deliveryMethod: EMAIL }) { call { id } } }',
      { id: callId },
    ],
    [
      'endCall',
      'mutation ($id: ID!) { endCall(input: { callId: $id }) { call { id } } }',
      { id: callId },
    ],
    [
      'recordNoShow',
      'mutation ($id: ID!) { recordNoShow(input: { bookingId: $id }) { call { id } } }',
      { id: bookingId },
    ],
    ['handOverBooking', HAND_OVER, { input: { bookingId } }],
    ['freeColleagues', FREE, { id: bookingId }],
  ]
}

describe('who runs the call (issue 14 item 2)', () => {
  it('issue 14: a colleague who is not assigned sees the call in the KEP’s list, but every act on it is FORBIDDEN (Greek and English), nothing written', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart, needsSignLanguage: true })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    const callId = citizen.call.id

    const list = expectNoGraphQLErrors(
      await w.server.graphql<{ kepCalls: { booking: { id: string } }[] }>(
        KEP_CALLS,
        {},
        w.colleague.headers,
      ),
    )
    expect(list.kepCalls.map((a) => a.booking.id)).toContain(booking.id)
    const assignment = expectNoGraphQLErrors(
      await w.server.graphql<{ callAssignment: Record<string, unknown> }>(
        ASSIGNMENT,
        { id: booking.id },
        w.colleague.headers,
      ),
    )
    expect(assignment.callAssignment).toMatchObject({
      assignedToId: w.staffEmployeeId,
      conductsCall: false,
      canHandOver: false,
    })

    const joinRes = await w.server.graphql(
      'mutation ($id: ID!) { joinCall(input: { bookingId: $id }) { participantToken } }',
      { id: booking.id },
      w.colleague.headers,
    )
    expect(codeOf(joinRes)).toBe('FORBIDDEN')
    expect(joinRes.errors?.[0]?.extensions?.messages).toMatchObject({
      el: expect.stringContaining('άλλον υπάλληλο'),
      en: expect.stringContaining('another employee'),
    })
    for (const [name, document, variables] of callActs(callId, booking.id)) {
      const res = await w.server.graphql(document, variables, w.colleague.headers)
      expect(codeOf(res), name).toBe('FORBIDDEN')
    }
    const [call] = await w.database.db.select().from(calls).where(eq(calls.id, callId))
    expect(call).toMatchObject({ status: 'waiting', admittedAt: null, identityVerified: null })
    expect(await bookingRow(booking.id)).toMatchObject({
      status: 'booked',
      employeeId: w.staffEmployeeId,
    })
  })

  it('issue 14: the KEP’s manager runs a call assigned to someone else, from admitting to the outcome', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart, needsSignLanguage: true })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    const manager = await join(w.server, { bookingId: booking.id }, w.manager.headers)
    const callId = citizen.call.id
    const acts = new Map(callActs(callId, booking.id).map(([n, d, v]) => [n, [d, v] as const]))
    for (const name of [
      'admitCitizen',
      'requestIdentityDocument',
      'inviteToCall',
      'checkIdentityDocument',
      'confirmIdentity',
    ]) {
      const [document, variables] = acts.get(name)!
      expectNoGraphQLErrors(await w.server.graphql(document, variables, w.manager.headers))
    }
    expectNoGraphQLErrors(
      await w.server.graphql(
        'mutation ($input: SetVideoEnabledInput!) { setVideoEnabled(input: $input) { call { audioOnly } } }',
        { input: { callId, participantToken: manager.participantToken, enabled: false } },
        w.manager.headers,
      ),
    )
    const [submit, variables] = acts.get('recordSubmission')!
    expectNoGraphQLErrors(await w.server.graphql(submit, variables, w.manager.headers))
    expect((await bookingRow(booking.id)).status).toBe('completed')
  })

  it('issue 14: a no-show is recorded by the manager, refused to a colleague', async () => {
    const booking = await w.bookingOf(await w.aCitizen(), {
      startsAt: new Date(w.clock.now().getTime() - 20 * 60_000),
    })
    const [, document, variables] = callActs('', booking.id).find(([n]) => n === 'recordNoShow')!
    expect(codeOf(await w.server.graphql(document, variables, w.colleague.headers))).toBe(
      'FORBIDDEN',
    )
    expect((await bookingRow(booking.id)).status).toBe('booked')
    expectNoGraphQLErrors(await w.server.graphql(document, variables, w.manager.headers))
    expect((await bookingRow(booking.id)).status).toBe('no_show')
  })
})

describe('handing over (issue 14 item 2)', () => {
  it('issue 14: to the next free colleague — reassigned with its time held, audited before/after, no email, the KEP’s consoles told', async () => {
    const booking = await w.reservedBookingOf(await w.aCitizen(), w.staffEmployeeId, later(1))
    const socket = wsClient(w.server, { cookie: w.colleague.cookie })
    const updates = collect<{ bookingId: string }>(
      socket,
      'subscription { kepCallUpdates { id bookingId } }',
      {},
    )
    await w.listening(topics.kepCalls(w.kepId))
    try {
      const res = await w.server.graphql<{
        handOverBooking: { assignedToId: string; assignedToName: string; booking: { id: string } }
      }>(
        HAND_OVER,
        { input: { bookingId: booking.id, reason: 'Έκτακτη υποχρέωση' } },
        w.staff.headers,
      )
      const { handOverBooking } = expectNoGraphQLErrors(res)
      const to = handOverBooking.assignedToId
      expect([w.colleagueEmployeeId, w.managerEmployeeId]).toContain(to)
      expect(handOverBooking.assignedToName).toMatch(/^Υπάλληλος /)

      const after = await bookingRow(booking.id)
      expect(after).toMatchObject({
        employeeId: to,
        startsAt: booking.startsAt,
        version: booking.version,
      })
      const [held] = await heldReservations(w.database.db, [after.reservationId!])
      expect(held).toMatchObject({
        employeeId: to,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
      })
      const [audit] = await handOverAudits(booking.id)
      expect(audit?.details).toMatchObject({
        before: { employeeId: w.staffEmployeeId },
        after: { employeeId: to },
      })
      expect(
        await w.database.db.select().from(outbox).where(eq(outbox.bookingId, booking.id)),
      ).toEqual([])
      await updates.waitFor((items) => items.some((c) => c.bookingId === booking.id))

      // the one who handed it over no longer runs it; the colleague does
      const mine = expectNoGraphQLErrors(
        await w.server.graphql<{ callAssignment: { conductsCall: boolean } }>(
          ASSIGNMENT,
          { id: booking.id },
          w.staff.headers,
        ),
      )
      expect(mine.callAssignment.conductsCall).toBe(false)
      expect(codeOf(await w.server.graphql(FREE, { id: booking.id }, w.staff.headers))).toBe(
        'FORBIDDEN',
      )
    } finally {
      updates.stop()
      await socket.dispose()
    }
  })

  it('issue 14: to a named colleague who is busy then — refused naming input.toEmployeeId, nothing written; the free ones are offered', async () => {
    const at = later(2)
    await w.reservedBookingOf(await w.aCitizen(), w.colleagueEmployeeId, at)
    const booking = await w.reservedBookingOf(await w.aCitizen(), w.staffEmployeeId, at)
    const free = expectNoGraphQLErrors(
      await w.server.graphql<{ freeColleagues: { id: string }[] }>(
        FREE,
        { id: booking.id },
        w.staff.headers,
      ),
    )
    expect(free.freeColleagues.map((c) => c.id)).toEqual([w.managerEmployeeId])

    const res = await w.server.graphql(
      HAND_OVER,
      { input: { bookingId: booking.id, toEmployeeId: w.colleagueEmployeeId } },
      w.staff.headers,
    )
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
    expect(fieldsOf(res)).toMatchObject([{ field: 'input.toEmployeeId', reason: 'busy' }])
    expect(await bookingRow(booking.id)).toEqual(booking)
    expect(await handOverAudits(booking.id)).toEqual([])

    // the manager, free then, takes it when named
    const named = expectNoGraphQLErrors(
      await w.server.graphql<{ handOverBooking: { assignedToId: string } }>(
        HAND_OVER,
        { input: { bookingId: booking.id, toEmployeeId: w.managerEmployeeId } },
        w.staff.headers,
      ),
    )
    expect(named.handOverBooking.assignedToId).toBe(w.managerEmployeeId)
  })

  it('issue 14: to another KEP’s employee or no employee at all — refused as not found, nothing written', async () => {
    const booking = await w.reservedBookingOf(await w.aCitizen(), w.staffEmployeeId, later(3))
    for (const toEmployeeId of [
      w.otherKepEmployeeId,
      '00000000-0000-4000-8000-000000000000',
      'x',
    ]) {
      const res = await w.server.graphql(
        HAND_OVER,
        { input: { bookingId: booking.id, toEmployeeId } },
        w.staff.headers,
      )
      expect(codeOf(res)).toBe('VALIDATION_FAILED')
      expect(fieldsOf(res)).toMatchObject([{ field: 'input.toEmployeeId', reason: 'not_found' }])
    }
    expect(await bookingRow(booking.id)).toEqual(booking)
    expect(await handOverAudits(booking.id)).toEqual([])
  })

  it('issue 14: with no colleague free — refused with a clear message, nothing written', async () => {
    const at = later(0)
    await w.reservedBookingOf(await w.aCitizen(), w.colleagueEmployeeId, at)
    await w.reservedBookingOf(await w.aCitizen(), w.managerEmployeeId, at)
    const booking = await w.reservedBookingOf(await w.aCitizen(), w.staffEmployeeId, at)
    const res = await w.server.graphql(
      HAND_OVER,
      { input: { bookingId: booking.id } },
      w.staff.headers,
    )
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
    expect(fieldsOf(res)).toMatchObject([{ field: 'input.bookingId', reason: 'no_free_colleague' }])
    expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain(
      'No colleague at the KEP is free',
    )
    expect(await bookingRow(booking.id)).toEqual(booking)
    expect(await handOverAudits(booking.id)).toEqual([])
  })

  it('issue 14: while the citizen waits — the page of the one who handed it over hears HANDED_OVER and leaves; the colleague admits and runs the call', async () => {
    const maria = await w.aCitizen()
    const booking = await w.reservedBookingOf(maria, w.staffEmployeeId, slotStart)
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    const staff = await join(w.server, { bookingId: booking.id }, w.staff.headers)
    const callId = citizen.call.id
    const socket = wsClient(w.server, { cookie: w.staff.cookie })
    const events = collect<{ type: string; participantId: string | null }>(
      socket,
      'subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type participantId } }',
      { id: callId, t: staff.participantToken },
    )
    try {
      await events.waitFor((items) => items.some((e) => e.type === 'STATE'))
      expectNoGraphQLErrors(
        await w.server.graphql(
          HAND_OVER,
          { input: { bookingId: booking.id, toEmployeeId: w.colleagueEmployeeId } },
          w.staff.headers,
        ),
      )
      await events.waitFor(
        (items) =>
          items.some((e) => e.type === 'HANDED_OVER') &&
          items.some((e) => e.type === 'LEFT' && e.participantId === staff.participant.id),
      )
      const signal = await w.server.graphql(
        'mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }',
        {
          input: {
            callId,
            participantToken: staff.participantToken,
            to: citizen.participant.id,
            negotiationId: 'n',
            payload: { type: 'offer' },
          },
        },
        w.staff.headers,
      )
      expect(codeOf(signal)).toBe('FORBIDDEN')
      await join(w.server, { bookingId: booking.id }, w.colleague.headers)
      expectNoGraphQLErrors(
        await w.server.graphql(
          'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
          { id: callId },
          w.colleague.headers,
        ),
      )
      // admitted: no more handing over, to anyone
      const again = await w.server.graphql(
        HAND_OVER,
        { input: { bookingId: booking.id } },
        w.colleague.headers,
      )
      expect(codeOf(again)).toBe('VALIDATION_FAILED')
      expect(fieldsOf(again)).toMatchObject([{ field: 'input.bookingId', reason: 'call_started' }])
    } finally {
      events.stop()
      await socket.dispose()
    }
  })
})
