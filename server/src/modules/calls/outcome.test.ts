import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoGraphQLErrors } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { bookings } from '../bookings/index.js'
import { callWorld, codeOf, join, slotStart, type CallWorld } from './call-test-kit.js'
import { calls, callSignals, submissionRecords } from './calls.table.js'
import { markMissedCalls } from './outcome.service.js'

// R7.3: the outcome of the call — the submission form — and the no-show.

let w: CallWorld
beforeAll(async () => {
  w = await callWorld()
})
afterAll(async () => {
  await w?.close()
})

const SUBMIT = `mutation ($input: RecordSubmissionInput!) {
  recordSubmission(input: $input) { call { id status endedAt participants { id } submission { protocolNumber } } }
}`
const NO_SHOW = `mutation ($id: ID!) { recordNoShow(input: { bookingId: $id }) { call { status endedAt } } }`
const MY_BOOKING = `query ($id: ID!) { booking(id: $id) { id status submission { protocolNumber filedDescription deliveryMethod notes recordedAt } } }`

async function verifiedCall() {
  const maria = await w.aCitizen()
  const booking = await w.bookingOf(maria, { startsAt: slotStart })
  const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
  const employee = await join(w.server, { bookingId: booking.id }, w.staff.headers)
  const callId = citizen.call.id
  const run = async (query: string, variables: Record<string, unknown>) =>
    expectNoGraphQLErrors(await w.server.graphql(query, variables, w.staff.headers))
  await run('mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }', {
    id: callId,
  })
  await run(
    'mutation ($id: ID!) { checkIdentityDocument(input: { callId: $id, documentType: ID_CARD, documentNumber: "ΑΚ123456" }) { status } }',
    { id: callId },
  )
  await run(
    'mutation ($id: ID!) { confirmIdentity(input: { callId: $id, documentType: ID_CARD, documentNumber: "ΑΚ123456", verified: true }) { call { id } } }',
    { id: callId },
  )
  // A signal in the mailbox, to see it go with the call.
  await run('mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }', {
    input: {
      callId,
      participantToken: employee.participantToken,
      to: citizen.participant.id,
      negotiationId: 'n',
      payload: { type: 'offer', sdp: 'v=0' },
    },
  })
  return { maria, booking, citizen, employee, callId }
}

const form = (callId: string, over: Record<string, unknown> = {}) => ({
  input: {
    callId,
    protocolNumber: 'ΚΕΠ-1234/2027',
    filedDescription: 'Αίτηση έκδοσης πιστοποιητικού οικογενειακής κατάστασης',
    deliveryMethod: 'EMAIL',
    notes: 'Θα σταλεί εντός 3 εργάσιμων.',
    ...over,
  },
})

describe('the submission form (R7.3)', () => {
  it('R7.3 needs the identity check first', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    const res = await w.server.graphql(SUBMIT, form(citizen.call.id), w.staff.headers)
    expect(codeOf(res)).toBe('IDENTITY_NOT_VERIFIED')
  })

  it('R7.3 refuses an incomplete form field by field, in both languages, and changes nothing', async () => {
    const { callId, booking } = await verifiedCall()
    const res = await w.server.graphql(
      SUBMIT,
      form(callId, { protocolNumber: '  ', filedDescription: '', notes: 'x'.repeat(2001) }),
      w.staff.headers,
    )
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
    expect(
      (
        res.errors![0]!.extensions!.fields as { field: string; reason: string; message: object }[]
      ).map((f) => [f.field, f.reason, Object.keys(f.message).sort()]),
    ).toEqual([
      ['input.protocolNumber', 'required', ['el', 'en']],
      ['input.filedDescription', 'required', ['el', 'en']],
      ['input.notes', 'too_long', ['el', 'en']],
    ])
    const db = w.database.db
    expect(
      await db.select().from(submissionRecords).where(eq(submissionRecords.callId, callId)),
    ).toEqual([])
    const [call] = await db.select().from(calls).where(eq(calls.id, callId))
    expect(call!.status).toBe('in_call')
    const [b] = await db.select().from(bookings).where(eq(bookings.id, booking.id))
    expect(b!.status).toBe('in_progress')
    expect(await db.select().from(callSignals).where(eq(callSignals.callId, callId))).toHaveLength(
      1,
    )
  })

  it('R7.3 records the form, ends the call, deletes its mailbox and completes the booking; the citizen sees the outcome, another citizen does not', async () => {
    const { callId, booking, maria, citizen } = await verifiedCall()
    const res = await w.server.graphql<{
      recordSubmission: { call: { status: string; participants: unknown[]; submission: unknown } }
    }>(SUBMIT, form(callId), w.staff.headers)
    expect(expectNoGraphQLErrors(res).recordSubmission.call).toMatchObject({
      status: 'ENDED',
      participants: [],
      submission: { protocolNumber: 'ΚΕΠ-1234/2027' },
    })
    const db = w.database.db
    expect(await db.select().from(callSignals).where(eq(callSignals.callId, callId))).toEqual([])
    const mine = await w.server.graphql<{
      booking: { status: string; submission: Record<string, unknown> | null }
    }>(MY_BOOKING, { id: booking.id }, maria.headers)
    expect(expectNoGraphQLErrors(mine).booking).toMatchObject({
      status: 'COMPLETED',
      submission: {
        protocolNumber: 'ΚΕΠ-1234/2027',
        filedDescription: 'Αίτηση έκδοσης πιστοποιητικού οικογενειακής κατάστασης',
        deliveryMethod: 'EMAIL',
        notes: 'Θα σταλεί εντός 3 εργάσιμων.',
      },
    })
    const theirs = await w.server.graphql(MY_BOOKING, { id: booking.id }, w.stranger.headers)
    expect(codeOf(theirs)).toBe('NOT_FOUND')
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'call.submission'))
    expect(audit.map((a) => a.entityId)).toContain(callId)
    // The call is over for every page: a token gets CALL_ENDED, a second form is refused.
    const late = await w.server.graphql(
      'query ($id: ID!, $t: String!) { missedSignals(callId: $id, participantToken: $t, afterSeq: 0) { hasMore } }',
      { id: callId, t: citizen.participantToken },
      maria.headers,
    )
    expect(codeOf(late)).toBe('CALL_ENDED')
    expect(codeOf(await w.server.graphql(SUBMIT, form(callId), w.staff.headers))).toBe('CALL_ENDED')
  })

  it('R7.2 lets only the staff of the booking’s KEP record the outcome', async () => {
    const { callId, maria } = await verifiedCall()
    expect(codeOf(await w.server.graphql(SUBMIT, form(callId), w.otherKepStaff.headers))).toBe(
      'NOT_FOUND',
    )
    expect(codeOf(await w.server.graphql(SUBMIT, form(callId), maria.headers))).toBe('FORBIDDEN')
  })
})

describe('ending a call without a form', () => {
  it('R7.3 ends the call, deletes its mailbox and completes the booking with no submission record', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    const employee = await join(w.server, { bookingId: booking.id }, w.staff.headers)
    const callId = citizen.call.id
    await w.server.graphql(
      'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
      { id: callId },
      w.staff.headers,
    )
    expectNoGraphQLErrors(
      await w.server.graphql(
        'mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }',
        {
          input: {
            callId,
            participantToken: employee.participantToken,
            to: citizen.participant.id,
            negotiationId: 'n',
            payload: { type: 'offer' },
          },
        },
        w.staff.headers,
      ),
    )
    const END =
      'mutation ($id: ID!) { endCall(input: { callId: $id }) { call { status submission { protocolNumber } } } }'
    expect(codeOf(await w.server.graphql(END, { id: callId }, maria.headers))).toBe('FORBIDDEN')
    const res = await w.server.graphql<{ endCall: { call: Record<string, unknown> } }>(
      END,
      { id: callId },
      w.staff.headers,
    )
    expect(expectNoGraphQLErrors(res).endCall.call).toEqual({ status: 'ENDED', submission: null })
    const db = w.database.db
    expect(await db.select().from(callSignals).where(eq(callSignals.callId, callId))).toEqual([])
    const [b] = await db.select().from(bookings).where(eq(bookings.id, booking.id))
    expect(b!.status).toBe('completed')
    expect(codeOf(await w.server.graphql(END, { id: callId }, w.staff.headers))).toBe('CALL_ENDED')
  })
})

describe('no-show', () => {
  it('is recorded only from the start plus the grace period (10 minutes), and then ends booking and call', async () => {
    const now = w.clock.now()
    const soon = await w.bookingOf(await w.aCitizen(), {
      startsAt: new Date(now.getTime() - 9 * 60_000),
    })
    const early = await w.server.graphql(NO_SHOW, { id: soon.id }, w.staff.headers)
    expect(codeOf(early)).toBe('VALIDATION_FAILED')
    expect(early.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'input.bookingId', reason: 'too_early' }),
    ])
    const booking = await w.bookingOf(await w.aCitizen(), {
      startsAt: new Date(now.getTime() - 10 * 60_000),
    })
    const res = await w.server.graphql<{ recordNoShow: { call: { status: string } } }>(
      NO_SHOW,
      { id: booking.id },
      w.staff.headers,
    )
    expect(expectNoGraphQLErrors(res).recordNoShow.call.status).toBe('NO_SHOW')
    const [b] = await w.database.db.select().from(bookings).where(eq(bookings.id, booking.id))
    expect(b!.status).toBe('no_show')
    expect(codeOf(await w.server.graphql(NO_SHOW, { id: booking.id }, w.staff.headers))).toBe(
      'CALL_ENDED',
    )
  })

  it('is refused once the citizen was let in', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, {
      startsAt: new Date(w.clock.now().getTime() - 15 * 60_000),
    })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    await join(w.server, { bookingId: booking.id }, w.staff.headers)
    expectNoGraphQLErrors(
      await w.server.graphql(
        'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
        { id: citizen.call.id },
        w.staff.headers,
      ),
    )
    const res = await w.server.graphql(NO_SHOW, { id: booking.id }, w.staff.headers)
    expect(res.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ reason: 'citizen_admitted' }),
    ])
  })

  it('the housekeeping job marks bookings whose slot ended with the citizen never joining, and no others', async () => {
    const db = w.database.db
    const absent = await w.bookingOf(await w.aCitizen(), {
      startsAt: new Date('2027-01-05T08:00:00Z'),
    })
    const joinedLate = await w.bookingOf(await w.aCitizen(), {
      startsAt: new Date('2027-01-05T09:00:00Z'),
    })
    await db
      .insert(calls)
      .values({ bookingId: joinedLate.id, citizenJoinedAt: new Date('2027-01-05T09:02:00Z') })
    const future = await w.bookingOf(await w.aCitizen(), { startsAt: slotStart })
    expect(await markMissedCalls(db, w.clock)).toBeGreaterThanOrEqual(1)
    const status = async (id: string) =>
      (await db.select().from(bookings).where(eq(bookings.id, id)))[0]!.status
    expect(await status(absent.id)).toBe('no_show')
    expect(await status(joinedLate.id)).toBe('booked')
    expect(await status(future.id)).toBe('booked')
    const [call] = await db.select().from(calls).where(eq(calls.bookingId, absent.id))
    expect(call!.status).toBe('no_show')
    expect(await markMissedCalls(db, w.clock)).toBe(0)
  })
})
