import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../platform/config.js'
import { expectNoGraphQLErrors } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
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
import { httpKedClient, normaliseDocumentNumber } from './ked.client.js'

// R1.3, R6.2, R6.3, R7.1: the identity check through the KED stand-in, over real HTTP.

let w: CallWorld
beforeAll(async () => {
  w = await callWorld()
})
afterAll(async () => {
  await w?.close()
})

const CHECK = `mutation ($input: CheckIdentityDocumentInput!) {
  checkIdentityDocument(input: $input) {
    status kedReference matchesBooking holder { firstName lastName fatherName birthDate }
  }
}`
const CONFIRM = `mutation ($input: ConfirmIdentityInput!) {
  confirmIdentity(input: $input) {
    call { id identityVerified identityCheck { documentType verified checkedAt kedReference } }
  }
}`
const VIDEO = `mutation ($input: SetVideoEnabledInput!) {
  setVideoEnabled(input: $input) { call { audioOnly participants { id videoEnabled } } }
}`

type Check = {
  status: string
  kedReference: string | null
  matchesBooking: boolean | null
  holder: { firstName: string; lastName: string; birthDate: string } | null
}

async function callInProgress(world = w) {
  const maria = await world.aCitizen()
  const booking = await world.bookingOf(maria, { startsAt: slotStart })
  const citizen = await join(world.server, { bookingId: booking.id }, maria.headers)
  const employee = await join(world.server, { bookingId: booking.id }, world.staff.headers)
  await world.server.graphql(
    'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
    { id: citizen.call.id },
    world.staff.headers,
  )
  return { maria, booking, citizen, employee, callId: citizen.call.id }
}

const check = async (callId: string, documentType: string, documentNumber: string) =>
  expectNoGraphQLErrors(
    await w.server.graphql<{ checkIdentityDocument: Check }>(
      CHECK,
      { input: { callId, documentType, documentNumber } },
      w.staff.headers,
    ),
  ).checkIdentityDocument

const REQUEST = `mutation ($id: ID!) {
  requestIdentityDocument(input: { callId: $id }) { call { id identityDocumentRequestedAt } }
}`

describe('asking for the document (R6.2)', () => {
  it('R6.2 once the citizen is in, the employee asks them to show the document: the citizen hears DOCUMENT_REQUESTED and the call keeps when', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    await join(w.server, { bookingId: booking.id }, w.staff.headers)
    const callId = citizen.call.id
    // still in the waiting room: nothing to show yet
    const early = await w.server.graphql(REQUEST, { id: callId }, w.staff.headers)
    expect(codeOf(early)).toBe('VALIDATION_FAILED')
    expect(early.errors![0]!.extensions!.fields).toMatchObject([
      { field: 'input.callId', reason: 'not_admitted' },
    ])
    const [before] = await w.database.db.select().from(calls).where(eq(calls.id, callId))
    expect(before!.identityDocumentRequestedAt).toBeNull()

    await w.server.graphql(
      'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
      { id: callId },
      w.staff.headers,
    )
    const socket = wsClient(w.server, { cookie: maria.cookie })
    try {
      const events = collect<{ type: string; call: { identityDocumentRequestedAt: string } }>(
        socket,
        'subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type call { identityDocumentRequestedAt } } }',
        { id: callId, t: citizen.participantToken },
      )
      await w.listening(topics.callEvents(callId))
      const res = await w.server.graphql<{
        requestIdentityDocument: { call: { identityDocumentRequestedAt: string } }
      }>(REQUEST, { id: callId }, w.staff.headers)
      expect(
        expectNoGraphQLErrors(res).requestIdentityDocument.call.identityDocumentRequestedAt,
      ).toBe(w.clock.now().toISOString())
      await events.waitFor((items) => items.some((e) => e.type === 'DOCUMENT_REQUESTED'))
      expect(
        events.items.find((e) => e.type === 'DOCUMENT_REQUESTED')!.call.identityDocumentRequestedAt,
      ).toBe(w.clock.now().toISOString())
      events.stop()
      const trail = await w.database.db.select().from(auditLog).where(eq(auditLog.entityId, callId))
      expect(trail.map((r) => r.action)).toContain('call.identity_document_request')
      // another KEP's staff cannot ask, and are not told the call exists
      expect(codeOf(await w.server.graphql(REQUEST, { id: callId }, w.otherKepStaff.headers))).toBe(
        'NOT_FOUND',
      )
    } finally {
      await socket.dispose()
    }
  })
})

describe('the KED check (R6.2, R7.1)', () => {
  it('R7.1 confirms a valid document and shows its holder to the employee, matching the booking’s name whatever the accents and case', async () => {
    const { callId } = await callInProgress()
    const result = await check(callId, 'ID_CARD', 'ΑΚ123456')
    expect(result).toMatchObject({
      status: 'VALID',
      matchesBooking: true,
      holder: { firstName: 'Μαρία', lastName: 'Παπαδοπούλου', birthDate: '1958-04-17' },
      kedReference: expect.stringMatching(/^KED-STANDIN-/),
    })
    // Typed with Latin look-alike letters and a space, as people do.
    expect((await check(callId, 'ID_CARD', 'ak 123456')).status).toBe('VALID')
  })

  it('R7.1 answers NOT_FOUND, EXPIRED, and a holder whose name is not the booking’s', async () => {
    const { callId } = await callInProgress()
    expect(await check(callId, 'ID_CARD', 'ΑΚ999999')).toMatchObject({
      status: 'NOT_FOUND',
      holder: null,
      matchesBooking: null,
    })
    expect((await check(callId, 'ID_CARD', 'ΑΚ000001')).status).toBe('EXPIRED')
    expect(await check(callId, 'ID_CARD', 'ΑΒ654321')).toMatchObject({
      status: 'VALID',
      matchesBooking: false,
      holder: { firstName: 'Γιώργος' },
    })
  })

  it('R7.2 lets only the staff of the booking’s KEP check a document', async () => {
    const { callId, maria } = await callInProgress()
    const input = { callId, documentType: 'ID_CARD', documentNumber: 'ΑΚ123456' }
    expect(codeOf(await w.server.graphql(CHECK, { input }, w.otherKepStaff.headers))).toBe(
      'NOT_FOUND',
    )
    expect(codeOf(await w.server.graphql(CHECK, { input }, maria.headers))).toBe('FORBIDDEN')
  })

  it('R7.1 answers UNAVAILABLE when KED cannot be reached, is too slow, or refuses our credentials', async () => {
    const silent: Server = createHttpServer(() => {
      // never answers
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as AddressInfo).port
    try {
      const query = { documentType: 'ID_CARD' as const, documentNumber: 'ΑΚ123456' }
      const slow = httpKedClient({
        url: `http://127.0.0.1:${port}`,
        clientId: 'x',
        clientSecret: 'y',
        timeoutMs: 200,
      })
      expect(await slow.verifyDocument(query)).toEqual({
        status: 'UNAVAILABLE',
        holder: null,
        reference: null,
      })
      const wrongSecret = httpKedClient({
        url: `${w.server.url}/dev/ked`,
        clientId: 'keplive-dev',
        clientSecret: 'not-the-secret',
        timeoutMs: 2_000,
      })
      expect((await wrongSecret.verifyDocument(query)).status).toBe('UNAVAILABLE')
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }

    // Through GraphQL, on a server whose KED_URL points where nothing listens.
    const down = await callWorld({
      config: {
        ...loadConfig({ NODE_ENV: 'test', KED_URL: 'http://127.0.0.1:9/ked' }),
        publicUrl: undefined,
      },
    })
    try {
      const { callId } = await callInProgress(down)
      const res = await down.server.graphql<{ checkIdentityDocument: Check }>(
        CHECK,
        { input: { callId, documentType: 'ID_CARD', documentNumber: 'ΑΚ123456' } },
        down.staff.headers,
      )
      expect(expectNoGraphQLErrors(res).checkIdentityDocument).toMatchObject({
        status: 'UNAVAILABLE',
        holder: null,
      })
    } finally {
      await down.close()
    }
  })

  it('normalises document numbers as KED keys them', () => {
    expect(normaliseDocumentNumber('ID_CARD', ' ak-123 456 ')).toBe('ΑΚ123456')
    expect(normaliseDocumentNumber('PASSPORT', 'an 1234567')).toBe('AN1234567')
  })
})

describe('recording the identity check (R1.3, R6.2)', () => {
  it('R6.2 refuses verified=true without a VALID KED check of that same document in this call', async () => {
    const { callId } = await callInProgress()
    const confirm = (documentNumber: string) =>
      w.server.graphql(
        CONFIRM,
        { input: { callId, documentType: 'ID_CARD', documentNumber, verified: true } },
        w.staff.headers,
      )
    const none = await confirm('ΑΚ123456')
    expect(codeOf(none)).toBe('VALIDATION_FAILED')
    expect(none.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'input.documentNumber', reason: 'no_valid_ked_check' }),
    ])
    await check(callId, 'ID_CARD', 'ΑΚ999999') // NOT_FOUND
    expect(codeOf(await confirm('ΑΚ999999'))).toBe('VALIDATION_FAILED')
    await check(callId, 'ID_CARD', 'ΑΚ123456')
    expect(codeOf(await confirm('ΑΒ654321'))).toBe('VALIDATION_FAILED')
    const [call] = await w.database.db.select().from(calls).where(eq(calls.id, callId))
    expect(call!.identityVerified).toBeNull()
  })

  it('R1.3 R6.2 refuses verified=true for a VALID document whose holder is not the booking’s person, in Greek and English; "not verified" may still be recorded', async () => {
    const { callId } = await callInProgress()
    const confirm = (documentNumber: string, verified: boolean) =>
      w.server.graphql<{ confirmIdentity: { call: { identityVerified: boolean } } }>(
        CONFIRM,
        { input: { callId, documentType: 'ID_CARD', documentNumber, verified } },
        w.staff.headers,
      )
    // Γιώργος Νικολάου's card, shown in Μαρία Παπαδοπούλου's call
    expect(await check(callId, 'ID_CARD', 'ΑΒ654321')).toMatchObject({
      status: 'VALID',
      matchesBooking: false,
    })
    const refused = await confirm('ΑΒ654321', true)
    expect(codeOf(refused)).toBe('VALIDATION_FAILED')
    expect(refused.errors![0]!.extensions!.fields).toEqual([
      {
        field: 'input.documentNumber',
        reason: 'ked_holder_mismatch',
        message: {
          el: expect.stringContaining('δεν είναι το πρόσωπο του ραντεβού'),
          en: expect.stringContaining('not the booking’s person'),
        },
      },
    ])
    const [before] = await w.database.db.select().from(calls).where(eq(calls.id, callId))
    expect(before!.identityVerified).toBeNull()
    expect(before!.lastKedStatus).toBe('VALID_NOT_MATCHED')
    // an expired document of the right person is refused too
    expect(await check(callId, 'ID_CARD', 'ΑΚ000001')).toMatchObject({
      status: 'EXPIRED',
      matchesBooking: true,
    })
    expect(codeOf(await confirm('ΑΚ000001', true))).toBe('VALIDATION_FAILED')
    // what the employee may do instead: record that the identity was not verified
    const recorded = await confirm('ΑΚ000001', false)
    expect(expectNoGraphQLErrors(recorded).confirmIdentity.call.identityVerified).toBe(false)
    const trail = await w.database.db.select().from(auditLog).where(eq(auditLog.entityId, callId))
    // (no ORDER BY: PostgreSQL may return the two checks in either order)
    const checks = trail.filter((r) => r.action === 'call.identity_check').map((r) => r.details)
    expect(checks).toHaveLength(2)
    expect(checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'VALID', matchesBooking: false }),
        expect.objectContaining({ status: 'EXPIRED', matchesBooking: true }),
      ]),
    )
  })

  it('R6.2 records who checked the identity and when, a keyed hash of the number, never the number or an image; participants hear VERIFIED', async () => {
    const { callId, citizen, maria } = await callInProgress()
    const socket = wsClient(w.server, { cookie: maria.cookie })
    try {
      const events = collect<{ type: string; call: { identityVerified: boolean } }>(
        socket,
        'subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type call { identityVerified } } }',
        { id: callId, t: citizen.participantToken },
      )
      await w.listening(topics.callEvents(callId))
      const checked = await check(callId, 'ID_CARD', 'ΑΚ123456')
      w.clock.set(new Date(w.clock.now().getTime() + 60_000))
      const res = await w.server.graphql<{
        confirmIdentity: {
          call: { identityVerified: boolean; identityCheck: Record<string, unknown> }
        }
      }>(
        CONFIRM,
        { input: { callId, documentType: 'ID_CARD', documentNumber: 'ΑΚ123456', verified: true } },
        w.staff.headers,
      )
      expect(expectNoGraphQLErrors(res).confirmIdentity.call).toEqual({
        id: callId,
        identityVerified: true,
        identityCheck: {
          documentType: 'ID_CARD',
          verified: true,
          checkedAt: w.clock.now().toISOString(),
          kedReference: checked.kedReference,
        },
      })
      await events.waitFor((items) => items.some((e) => e.type === 'VERIFIED'))
      expect(events.items.find((e) => e.type === 'VERIFIED')!.call.identityVerified).toBe(true)
      events.stop()

      const [row] = await w.database.db.select().from(calls).where(eq(calls.id, callId))
      expect(row!.identityCheckedBy).not.toBeNull()
      expect(row!.identityDocumentNumberHash).toMatch(/^[0-9a-f]{64}$/)
      const everything =
        JSON.stringify(row) + JSON.stringify(await w.database.db.select().from(auditLog))
      for (const form of ['ΑΚ123456', 'AK123456', '123456']) expect(everything).not.toContain(form)
      expect(everything).not.toContain('Παπαδοπούλου') // the holder's data are not stored either
      // Nothing in the calls tables can hold an image.
      expect(Object.keys(row!).filter((k) => /image|photo|frame|picture/i.test(k))).toEqual([])
    } finally {
      await socket.dispose()
    }
  })

  it('R6.3 switches to audio only only after the identity check, and back to video', async () => {
    const { callId, citizen, employee, maria } = await callInProgress()
    const video = (enabled: boolean) =>
      w.server.graphql<{ setVideoEnabled: { call: { audioOnly: boolean } } }>(
        VIDEO,
        { input: { callId, participantToken: citizen.participantToken, enabled } },
        maria.headers,
      )
    expect(codeOf(await video(false))).toBe('IDENTITY_NOT_VERIFIED')
    await check(callId, 'ID_CARD', 'ΑΚ123456')
    expectNoGraphQLErrors(
      await w.server.graphql(
        CONFIRM,
        { input: { callId, documentType: 'ID_CARD', documentNumber: 'ΑΚ123456', verified: true } },
        w.staff.headers,
      ),
    )
    const socket = wsClient(w.server, { cookie: w.staff.cookie })
    try {
      const events = collect<{ type: string; participantId: string }>(
        socket,
        'subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type participantId } }',
        { id: callId, t: employee.participantToken },
      )
      await w.listening(topics.callEvents(callId))
      expect(expectNoGraphQLErrors(await video(false)).setVideoEnabled.call.audioOnly).toBe(true)
      expect(expectNoGraphQLErrors(await video(true)).setVideoEnabled.call.audioOnly).toBe(false)
      await events.waitFor((items) => items.length >= 3)
      expect(events.items).toEqual([
        { type: 'STATE', participantId: employee.participant.id },
        { type: 'AUDIO_ONLY', participantId: citizen.participant.id },
        { type: 'VIDEO_ON', participantId: citizen.participant.id },
      ])
      events.stop()
    } finally {
      await socket.dispose()
    }
  })

  it('issue 11 defect 11: parallel video toggles of the two sides leave audio-only as the participants are', async () => {
    const { callId, citizen, employee, maria } = await callInProgress()
    // The check itself is tested above; here the call is marked verified directly.
    await w.database.db.update(calls).set({ identityVerified: true }).where(eq(calls.id, callId))
    const toggle = (side: 'citizen' | 'employee', enabled: boolean) =>
      w.server.graphql(
        VIDEO,
        {
          input: {
            callId,
            participantToken: (side === 'citizen' ? citizen : employee).participantToken,
            enabled,
          },
        },
        side === 'citizen' ? maria.headers : w.staff.headers,
      )
    const audioOnly = async () => {
      const [row] = await w.database.db.select().from(calls).where(eq(calls.id, callId))
      return row!.audioOnly
    }
    for (let round = 0; round < 15; round++) {
      // Both off, then both on at once: before, each saw the other still off and left it true.
      for (const r of await Promise.all([toggle('citizen', false), toggle('employee', false)])) {
        expectNoGraphQLErrors(r)
      }
      expect(await audioOnly()).toBe(true)
      for (const r of await Promise.all([toggle('citizen', true), toggle('employee', true)])) {
        expectNoGraphQLErrors(r)
      }
      expect(await audioOnly(), `round ${round}: both have video on`).toBe(false)
      // One on, one off at once: still audio only.
      await Promise.all([toggle('citizen', false), toggle('employee', false)])
      for (const r of await Promise.all([toggle('citizen', true), toggle('employee', false)])) {
        expectNoGraphQLErrors(r)
      }
      expect(await audioOnly(), `round ${round}: the employee has video off`).toBe(true)
      await toggle('employee', true)
    }
  })
})
