import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoGraphQLErrors, roomyRateLimits } from '../../test/server.js'
import { callWorld, codeOf, join, slotStart, type CallWorld } from './call-test-kit.js'
import { callSignals } from './calls.table.js'

// A page that floods its call with signals is stopped per session before anything is written,
// and only that page: the other side of the call goes on.

let w: CallWorld

beforeAll(async () => {
  const roomy = roomyRateLimits(1000, 60)
  w = await callWorld({
    rateLimits: {
      ...roomy,
      signal: { ...roomy.signal, perCaller: { points: 5, windowSeconds: 60 } },
    },
  })
})
afterAll(async () => {
  await w?.close()
})

const ADMIT = `mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { status } } }`
const SEND = `mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }`

describe("a call's signals are rate-limited", () => {
  it('R2.7 refuses a session its sixth signal in a minute with RATE_LIMITED, writing nothing; the other side still sends', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    const employee = await join(w.server, { bookingId: booking.id }, w.staff.headers)
    expectNoGraphQLErrors(await w.server.graphql(ADMIT, { id: citizen.call.id }, w.staff.headers))
    const send = (from: typeof citizen, to: string, headers: Record<string, string>, n: number) =>
      w.server.graphql(
        SEND,
        {
          input: {
            callId: citizen.call.id,
            participantToken: from.participantToken,
            to,
            negotiationId: 'neg-1',
            payload: { type: 'candidate', n },
          },
        },
        headers,
      )
    for (let n = 0; n < 5; n++) {
      expectNoGraphQLErrors(await send(employee, citizen.participant.id, w.staff.headers, n))
    }
    const sixth = await send(employee, citizen.participant.id, w.staff.headers, 5)
    expect(codeOf(sixth)).toBe('RATE_LIMITED')
    expect(sixth.errors![0]!.extensions).toMatchObject({
      retryAfterSeconds: expect.any(Number),
      messages: {
        el: expect.stringContaining('αιτήματα'),
        en: expect.stringContaining('requests'),
      },
    })
    const [stored] = await w.database.db
      .select({ n: count() })
      .from(callSignals)
      .where(eq(callSignals.callId, citizen.call.id))
    expect(stored!.n).toBe(5)
    expectNoGraphQLErrors(await send(citizen, employee.participant.id, maria.headers, 0))
  })
})
