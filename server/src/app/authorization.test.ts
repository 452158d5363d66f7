import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bookingEvents, bookings } from '../modules/bookings/index.js'
import { calls, submissionRecords } from '../modules/calls/index.js'
import { fixedClock } from '../platform/clock.js'
import type { Database } from '../platform/db/client.js'
import { createTestDatabase } from '../test/database.js'
import { aBooking } from '../test/factories.js'
import { wsClient } from '../test/identity.js'
import { matrixLogins, sessionEndersLast } from '../test/matrix-logins.js'
import { manyLogins, startTestServer, type TestServer } from '../test/server.js'
import {
  authorizationMatrix,
  callFieldMatrix,
  callFieldRoles,
  callFieldTypes,
  matrixRoles,
  staffBookingFieldMatrix,
  type CallFieldRole,
  type CallFieldValues,
  type MatrixFixtures,
  type MatrixRole,
  type Outcome,
  type StaffFieldOutcome,
} from './authorization.matrix.js'
import { buildApiSchema } from './schema.js'

// R7.2, issue 4: every operation × every role, executed over HTTP against a real server.

let database: Database
let server: TestServer
let fixtures: MatrixFixtures
let headersOf: (role: MatrixRole) => Promise<Record<string, string>>
let bookingSeq = 0
/** The employee the matrix's booking is assigned to (`staff`). */
let staffEmployeeId: string

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  server = await startTestServer(database, {
    clock: fixedClock('2027-01-12T08:00:00Z'),
    rateLimits: manyLogins,
  })
  const world = await matrixLogins(server, db, ['CATALOG_READ', 'AVAILABILITY_READ'])
  const { category, procedure, municipality, kep, staff, citizenId } = world
  const toRevoke = (await world.createApiClient('to revoke', ['CATALOG_READ', 'AVAILABILITY_READ']))
    .id
  headersOf = (role) => world.headersOf(role)
  headersForCell = (role, fresh) => world.headersOf(role, fresh)

  staffEmployeeId = staff.id
  const ours = {
    citizenId,
    categoryId: category.id,
    procedureId: procedure.id,
    kepId: kep.id,
    employee: staff,
  }
  const newBooking = async () => {
    const n = bookingSeq++
    const startsAt = new Date(Date.parse('2027-01-20T07:00:00Z') + n * 3_600_000)
    return (await aBooking(db, { ...ours, startsAt })).id
  }
  const bookingId = await newBooking()
  // Issue 14 item 3: an event of the booking's history made by `staff` (a reschedule on the
  // citizen's behalf, from and to them), for the history's staff-only fields.
  await db.insert(bookingEvents).values({
    bookingId,
    action: 'rescheduled',
    actorKind: 'employee',
    actorId: staff.id,
    at: new Date('2027-01-11T08:00:00Z'),
    fromEmployeeId: staff.id,
    toEmployeeId: staff.id,
    details: { reason: 'Ο πολίτης ζήτησε άλλη ώρα.', onBehalfOfCitizen: true },
  })
  const [call] = await db.insert(calls).values({ bookingId }).returning({ id: calls.id })
  fixtures = {
    db,
    municipalityId: municipality.id,
    kepId: kep.id,
    categoryCode: 'INFORMATION',
    procedureId: procedure.id,
    newBooking,
    bookingId,
    apiClientId: toRevoke,
    callId: call!.id,
    newCall: async () => {
      const [fresh] = await db
        .insert(calls)
        .values({ bookingId: await newBooking() })
        .returning({ id: calls.id })
      return fresh!.id
    },
  }
  liveCallForFields = async () => {
    // Issue 11 defect 6: a live call now (the server's clock), with an interpreter, the
    // identity checked and a submission recorded, so that every field has a value.
    const startsAt = new Date('2027-01-12T08:05:00Z')
    const booking = await aBooking(db, { ...ours, startsAt, needsSignLanguage: true })
    return { booking, staffId: staff.id }
  }
})
let headersForCell: (role: MatrixRole, fresh: boolean) => Promise<Record<string, string>>
let liveCallForFields: () => Promise<{
  booking: typeof bookings.$inferSelect
  staffId: string
}>

afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const authCodes: Outcome[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']
// These mean the cell's own document or variables are wrong, not an authorisation outcome.
const setupCodes = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'INTERNAL_SERVER_ERROR',
]

describe('the authorisation matrix', () => {
  it('has a row for every query, mutation and subscription of the schema, and none for operations that are gone', async () => {
    const schema = await buildApiSchema()
    const operations = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ]
      .filter((t) => t !== null && t !== undefined)
      .flatMap((t) => Object.keys(t.getFields()).map((f) => `${t.name}.${f}`))
      .sort()
    const rows = Object.keys(authorizationMatrix).sort()
    expect(
      operations.filter((op) => !rows.includes(op)),
      'operations without a row in app/authorization.matrix.ts',
    ).toEqual([])
    expect(
      rows.filter((row) => !operations.includes(row)),
      'rows of operations that no longer exist',
    ).toEqual([])
  })

  // Before the matrix: its logoutEverywhere cells end the shared sessions.
  it('answers NOT_FOUND the same for another person’s booking and for one that does not exist', async () => {
    const other = await headersOf('otherCitizen')
    const query = 'query ($id: ID!) { booking(id: $id) { id } }'
    const existing = await server.graphql(query, { id: fixtures.bookingId }, other)
    const missing = await server.graphql(query, { id: randomUUID() }, other)
    const shape = (r: typeof existing) => ({
      code: r.errors?.[0]?.extensions?.code,
      message: r.errors?.[0]?.message.replace(/[0-9a-f-]{36}/g, 'ID'),
    })
    expect(shape(existing)).toEqual(shape(missing))
    expect(shape(existing).code).toBe('NOT_FOUND')
  })

  it('R7.2 gives every role the expected outcome for every operation, over HTTP', async () => {
    const mismatches: string[] = []
    for (const [operation, row] of sessionEndersLast(authorizationMatrix)) {
      for (const role of matrixRoles) {
        const variables = (await row.variables?.(fixtures)) ?? {}
        const headers = await headersForCell(role, row.endsSessions ?? false)
        const res = operation.startsWith('Subscription.')
          ? await overWebSocket(row.document, variables, headers)
          : await server.graphql(row.document, variables, headers)
        const codes = (res.errors ?? []).map((e) => String(e.extensions?.code))
        const setup = codes.find((c) => setupCodes.includes(c))
        if (setup) {
          mismatches.push(
            `${operation} as ${role}: the cell itself is wrong (${setup}: ${res.errors![0]!.message})`,
          )
          continue
        }
        const outcome = (codes.find((c) => authCodes.includes(c as Outcome)) ??
          'allowed') as Outcome
        if (outcome !== row.expect[role]) {
          mismatches.push(`${operation} as ${role}: expected ${row.expect[role]}, got ${outcome}`)
        }
      }
    }
    expect(mismatches).toEqual([])
    // Some 300 cells over HTTP and WebSocket: minutes on a loaded machine, not 30 seconds.
  }, 420_000)
})

describe('the authorisation matrix of the call’s fields (issue 11 defect 6)', () => {
  it('has a row for every field of the call’s types, and none for fields that are gone', async () => {
    const schema = await buildApiSchema()
    const fields = callFieldTypes
      .flatMap((name) => {
        const type = schema.getType(name)
        if (!type || !('getFields' in type)) throw new Error(`no type ${name} in the schema`)
        return Object.keys(type.getFields()).map((f) => `${name}.${f}`)
      })
      .sort()
    const rows = Object.keys(callFieldMatrix).sort()
    expect(
      fields.filter((f) => !rows.includes(f)),
      'fields of the call without a row in callFieldMatrix (app/authorization.matrix.ts)',
    ).toEqual([])
    expect(
      rows.filter((r) => !fields.includes(r)),
      'rows of fields that no longer exist',
    ).toEqual([])
  })

  it('issue 11 defect 6: the citizen, the KEP’s staff and an interpreter each see of a live call what their cell says', async () => {
    const { booking, staffId } = await liveCallForFields()
    // Fresh sessions: the matrix's logoutEverywhere cells ended the shared ones.
    const citizen = await headersForCell('citizen', true)
    const staff = await headersForCell('staff', true)
    const JOIN = (select: string) =>
      `mutation ($input: JoinCallInput!) { joinCall(input: $input) { browserKey participant { id } call { id ${select} } } }`
    type Joined = { browserKey: string | null; participant: { id: string }; call: { id: string } }
    const joinAs = async (input: Record<string, unknown>, headers: Record<string, string>) => {
      const res = await server.graphql<{ joinCall: Joined }>(JOIN(''), { input }, headers)
      if (!res.data?.joinCall) throw new Error(`joinCall: ${JSON.stringify(res.errors)}`)
      return res.data.joinCall
    }
    const callId = (await joinAs({ bookingId: booking.id }, citizen)).call.id
    await joinAs({ bookingId: booking.id }, staff)
    const invited = await server.graphql<{ inviteToCall: { link: string } }>(
      'mutation ($id: ID!) { inviteToCall(input: { callId: $id }) { link } }',
      { id: callId },
      staff,
    )
    const invitationToken = invited.data!.inviteToCall.link.split('/').at(-1)!
    const guest = await joinAs({ invitationToken, guestName: 'Ελένη Δημητρίου' }, {})
    for (const document of [
      'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
      'mutation ($id: ID!, $p: ID!) { admitInterpreter(input: { callId: $id, participantId: $p }) { call { id } } }',
    ]) {
      const res = await server.graphql(document, { id: callId, p: guest.participant.id }, staff)
      expect(res.errors).toBeUndefined()
    }
    const at = new Date('2027-01-12T08:06:00Z')
    await database.db
      .update(calls)
      .set({
        identityDocumentRequestedAt: at,
        identityDocumentType: 'ID_CARD',
        identityVerified: true,
        identityCheckedBy: staffId,
        identityCheckedAt: at,
        kedReference: 'KED-MATRIX-1',
      })
      .where(eq(calls.id, callId))
    const values: CallFieldValues = {
      callId,
      bookingId: booking.id,
      reference: booking.reference,
      citizenName: 'Μαρία Παπαδοπούλου',
      protocolNumber: 'ΚΕΠ-MATRIX/2027',
      notes: 'Σημείωση του πίνακα',
      kedReference: 'KED-MATRIX-1',
    }
    await database.db.insert(submissionRecords).values({
      bookingId: booking.id,
      callId,
      protocolNumber: values.protocolNumber,
      filedDescription: 'Αίτηση',
      deliveryMethod: 'email',
      notes: values.notes,
      recordedBy: staffId,
    })
    const joinInput: Record<
      CallFieldRole,
      () => Promise<[Record<string, unknown>, Record<string, string>]>
    > = {
      citizen: async () => [{ bookingId: booking.id }, citizen],
      staff: async () => [{ bookingId: booking.id }, staff],
      interpreter: async () => [{ invitationToken, browserKey: guest.browserKey }, {}],
    }
    const mismatches: string[] = []
    for (const [field, row] of Object.entries(callFieldMatrix)) {
      for (const role of callFieldRoles) {
        const [input, headers] = await joinInput[role]()
        const res =
          row.via === 'invitation'
            ? await server.graphql<{ callInvitation: unknown }>(
                `query ($token: String!) { callInvitation(token: $token) { ${row.select} } }`,
                { token: invitationToken },
                headers,
              )
            : await server.graphql<{ joinCall: { call: unknown } | null }>(
                JOIN(row.select),
                { input },
                headers,
              )
        const codes = (res.errors ?? []).map((e) => String(e.extensions?.code))
        if (codes.some((c) => c !== 'FORBIDDEN')) {
          mismatches.push(`${field} as ${role}: the cell itself is wrong (${codes.join(', ')})`)
          continue
        }
        const data = res.data as { joinCall?: { call: unknown } | null; callInvitation?: unknown }
        const json = JSON.stringify(data?.callInvitation ?? data?.joinCall?.call ?? null)
        const outcome = row.shows(json, values) ? 'shown' : 'withheld'
        if (outcome !== row.expect[role]) {
          mismatches.push(`${field} as ${role}: expected ${row.expect[role]}, got ${outcome}`)
        }
        // Withheld is silent for everything but the booking itself: the page still gets its call.
        if (codes.length > 0 && field !== 'Call.booking') {
          mismatches.push(`${field} as ${role}: refused with an error instead of withheld`)
        }
      }
    }
    expect(mismatches).toEqual([])
  }, 180_000)
})

describe('the authorisation matrix of the staff-only fields of a booking (issue 14)', () => {
  it('issue 14: who takes the call is shown to the KEP’s staff and administrators, withheld from the citizen, refused to the others', async () => {
    const mismatches: string[] = []
    for (const [field, row] of Object.entries(staffBookingFieldMatrix)) {
      for (const role of matrixRoles) {
        // fresh sessions: the operations' logoutEverywhere cells may have ended the shared ones
        const headers = await headersForCell(role, true)
        const res = await server.graphql<{ booking: unknown }>(
          `query ($id: ID!) { booking(id: $id) { id ${row.select} } }`,
          { id: fixtures.bookingId },
          headers,
        )
        const codes = (res.errors ?? []).map((e) => String(e.extensions?.code))
        const setup = codes.find((c) => setupCodes.includes(c))
        if (setup) {
          mismatches.push(`${field} as ${role}: the cell itself is wrong (${setup})`)
          continue
        }
        const refused = codes.find((c) => authCodes.includes(c as Outcome))
        const json = JSON.stringify(res.data?.booking ?? null)
        const outcome: StaffFieldOutcome =
          (refused as StaffFieldOutcome | undefined) ??
          (row.shows(json, { employeeId: staffEmployeeId }) ? 'shown' : 'withheld')
        if (outcome !== row.expect[role]) {
          mismatches.push(`${field} as ${role}: expected ${row.expect[role]}, got ${outcome}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  }, 120_000)
})

/** A subscription cell: subscribes, takes the first result or error, then leaves. */
async function overWebSocket(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const client = wsClient(server, {
    cookie: headers.cookie,
    apiKey: headers.authorization?.replace(/^Bearer /, ''),
  })
  try {
    return await new Promise((resolve) => {
      // Long enough for a refusal to arrive on a loaded machine; an allowed cell waits it out.
      const timer = setTimeout(() => resolve({}), 1_500)
      const stop = client.subscribe(
        { query, variables },
        {
          next: (v) => {
            clearTimeout(timer)
            stop()
            resolve(v as never)
          },
          error: (e) => {
            clearTimeout(timer)
            resolve({ errors: Array.isArray(e) ? e : [{ message: String(e) }] })
          },
          complete: () => resolve({}),
        },
      )
    })
  } finally {
    await client.dispose()
  }
}
