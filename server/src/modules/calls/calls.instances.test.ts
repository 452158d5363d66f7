import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../platform/db/client.js'
import { createNotifyPubSub } from '../../platform/notify-pubsub.js'
import { expectNoGraphQLErrors, startTestServer, type TestServer } from '../../test/server.js'
import { callWorld, collect, join, slotStart, wsClient, type CallWorld } from './call-test-kit.js'
import { topics } from './calls.events.js'

// Two instances of the server behind one address (a load balancer sends each request where it
// likes): the citizen's page talks to one, the employee's to the other, and the call works,
// because the pub/sub goes through the database (LISTEN/NOTIFY). On PostgreSQL the second
// instance has its own connections; on PGlite both share the embedded database in this process.

let w: CallWorld
let secondDatabase: Database
let second: TestServer
let secondPubsub: Awaited<ReturnType<typeof createNotifyPubSub>>

beforeAll(async () => {
  w = await callWorld({ pubsub: 'database' })
  secondDatabase = w.database.url
    ? await openDatabase({ url: w.database.url, maxConnections: 4 })
    : w.database
  secondPubsub = await createNotifyPubSub(secondDatabase.notifications)
  second = await startTestServer(secondDatabase, {
    clock: w.clock,
    config: w.config,
    pubsub: secondPubsub,
  })
})
afterAll(async () => {
  await second?.stop()
  await secondPubsub?.close()
  if (secondDatabase && secondDatabase !== w.database) await secondDatabase.close()
  await w?.close()
})

const ADMIT = `mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { status } } }`
const SEND = `mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }`
const EVENTS = `subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type participantId } }`
const SIGNALS = `subscription ($id: ID!, $t: String!, $after: Int) { callSignals(callId: $id, participantToken: $t, afterSeq: $after) { seq from payload } }`

describe('a call across two server instances', () => {
  it('R2.7 the employee admits on one instance and the citizen, listening on the other, is let in; their signals cross over', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart })
    const citizenSocket = wsClient(w.server, { cookie: maria.cookie })
    const staffSocket = wsClient(second, { cookie: w.staff.cookie })
    try {
      const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
      const events = collect<{ type: string; participantId: string | null }>(
        citizenSocket,
        EVENTS,
        { id: citizen.call.id, t: citizen.participantToken },
      )
      await w.listening(topics.callEvents(citizen.call.id))
      const employee = await join(second, { bookingId: booking.id }, w.staff.headers)
      const admitted = await second.graphql<{ admitCitizen: { call: { status: string } } }>(
        ADMIT,
        { id: citizen.call.id },
        w.staff.headers,
      )
      expect(expectNoGraphQLErrors(admitted).admitCitizen.call.status).toBe('IN_CALL')
      await events.waitFor((items) => items.some((e) => e.type === 'ADMITTED'))
      expect(events.items.map((e) => e.type)).toEqual(['STATE', 'JOINED', 'ADMITTED'])

      // the employee's offer, sent on the second instance, reaches the citizen on the first
      const toCitizen = collect<{ seq: number; from: string; payload: unknown }>(
        citizenSocket,
        SIGNALS,
        { id: citizen.call.id, t: citizen.participantToken, after: 0 },
      )
      await w.listening(topics.signalsTo(citizen.participant.id))
      const offer = { type: 'offer', sdp: `v=0 ${'a=x\n'.repeat(3000)}` } // > 8 kB: in parts
      const sent = await second.graphql(
        SEND,
        {
          input: {
            callId: citizen.call.id,
            participantToken: employee.participantToken,
            to: citizen.participant.id,
            negotiationId: 'neg-1',
            payload: offer,
          },
        },
        w.staff.headers,
      )
      expectNoGraphQLErrors(sent)
      const [received] = await toCitizen.waitFor((items) => items.length >= 1)
      expect(received).toMatchObject({ from: employee.participant.id, payload: offer })

      // and the citizen's answer, sent on the first, reaches the employee on the second
      const toEmployee = collect<{ payload: unknown }>(staffSocket, SIGNALS, {
        id: citizen.call.id,
        t: employee.participantToken,
        after: 0,
      })
      await new Promise<void>((resolve, reject) => {
        const until = Date.now() + 15_000
        const poll = () => {
          if (secondPubsub.listenerCount(topics.signalsTo(employee.participant.id)) > 0) resolve()
          else if (Date.now() > until) reject(new Error('the employee never subscribed'))
          else setTimeout(poll, 5)
        }
        poll()
      })
      const answer = await w.server.graphql(
        SEND,
        {
          input: {
            callId: citizen.call.id,
            participantToken: citizen.participantToken,
            to: employee.participant.id,
            negotiationId: 'neg-1',
            payload: { type: 'answer', sdp: 'v=0' },
          },
        },
        maria.headers,
      )
      expectNoGraphQLErrors(answer)
      const [back] = await toEmployee.waitFor((items) => items.length >= 1)
      expect(back!.payload).toEqual({ type: 'answer', sdp: 'v=0' })
      for (const s of [events, toCitizen, toEmployee]) s.stop()
    } finally {
      await citizenSocket.dispose()
      await staffSocket.dispose()
    }
  })
})
