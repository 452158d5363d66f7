import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calls } from '../modules/calls/index.js'
import { fixedClock } from '../platform/clock.js'
import { rowsOf, type Database } from '../platform/db/client.js'
import type { ErrorCode } from '../platform/errors.js'
import { createTestDatabase } from '../test/database.js'
import { aBooking } from '../test/factories.js'
import { matrixLogins } from '../test/matrix-logins.js'
import {
  expectNoGraphQLErrors,
  roomyRateLimits,
  startTestServer,
  type GraphQLResponse,
  type TestServer,
} from '../test/server.js'
import { buildApiSchema } from './schema.js'

// Issue 11, "make the class impossible": every query and mutation of the schema, with inputs
// generated from its argument types (wrong types, boundary numbers, empty, huge, unicode, NUL
// and lone-surrogate strings, huge lists, unknown ids, random enum values), over HTTP against a
// real server as anonymous, a citizen, a staff member and an administrator. Every answer is data
// or a typed error code, never INTERNAL_SERVER_ERROR, a stack trace, SQL or a file path, never
// HTTP 5xx; no refused mutation writes a row; /healthz answers afterwards.
// Subscriptions are fuzzed over the WebSocket (websocket.fuzz.test.ts), uploads in
// bookings/uploads.fuzz.test.ts.

/**
 * Inputs per operation and role: 126 operations × 4 roles × 8 ≈ 4,000 requests a run, about a
 * minute on the embedded database (at 20 a run took three minutes of CI's two cores).
 */
const runsPerOperation = Number(process.env.FUZZ_RUNS ?? 8)
/** A run's seed is printed with any failure: FUZZ_SEED=<seed> replays it; FUZZ_RUNS=100 digs. */
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)

// Every code a client may get: ours (exhaustive: a new ErrorCode must be listed here) and the
// GraphQL server's own for a request it cannot run.
const domainCodes: Record<ErrorCode, true> = {
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  VALIDATION_FAILED: true,
  SLOT_UNAVAILABLE: true,
  CONFLICT: true,
  STALE_PREVIEW: true,
  RATE_LIMITED: true,
  SERVICE_UNAVAILABLE: true,
  CALL_NOT_OPEN: true,
  CALL_ENDED: true,
  NOT_ADMITTED: true,
  INVITATION_IN_USE: true,
  IDENTITY_NOT_VERIFIED: true,
  SIGNAL_TOO_LARGE: true,
  ACCEPTABLE_USE_REQUIRED: true,
}
const typedCodes = new Set([
  ...Object.keys(domainCodes),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
])

// What must never reach a client: a stack frame, a file path, SQL, a driver's error.
const internals =
  /\n\s+at |node_modules|file:\/\/|\/src\/|\.[tj]s:\d+|Failed query|DrizzleQueryError|PostgresError|\binsert into\b|\bselect\b[^"]*\bfrom\b|SQLSTATE/i

// Rate limits count attempts, refused ones too (on PostgreSQL, in a table shared by instances).
const attemptCounters = new Set(['rate_limits'])

const roles = ['anonymous', 'citizen', 'staff', 'administrator'] as const
type Role = (typeof roles)[number]

let database: Database
let server: TestServer
let headersOf: Record<Role, Record<string, string>>
let fixtureIds: string[]
let fixtureSecrets: string[]
let countRows: () => Promise<Record<string, number>>

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  // Limits high enough that the fuzz reaches the services (rate limits have tests of their own).
  server = await startTestServer(database, {
    clock: fixedClock('2027-01-12T08:00:00Z'),
    rateLimits: roomyRateLimits(1_000_000, 60),
  })
  const world = await matrixLogins(server, db)
  const { category, procedure, municipality, kep, citizenId } = world
  // The staff member is the KEP's manager: the fuzz meets the most a staff member may do.
  const staff = world.manager
  headersOf = {
    anonymous: {},
    citizen: await world.headersOf('citizen'),
    staff: await world.headersOf('manager'),
    administrator: await world.headersOf('administrator'),
  }
  // the server's clock says 08:00: the call is open (it opens 15 minutes before)
  const booking = await aBooking(db, {
    citizenId,
    categoryId: category.id,
    procedureId: procedure.id,
    kepId: kep.id,
    employee: staff,
    startsAt: new Date('2027-01-12T08:10:00Z'),
    phone: '+302101234567',
    needsSignLanguage: true,
  })
  const [call] = await db.insert(calls).values({ bookingId: booking.id }).returning()
  // A call under way, so the call's operations meet real participants, tokens and invitations.
  const join = async (role: Role) => {
    const res = await server.graphql<{
      joinCall: { participantToken: string; participant: { id: string } }
    }>(
      `mutation ($id: ID!) { joinCall(input: { bookingId: $id }) { participantToken participant { id } } }`,
      { id: booking.id },
      headersOf[role],
    )
    return expectNoGraphQLErrors(res).joinCall
  }
  const staffSeat = await join('staff')
  const citizenSeat = await join('citizen')
  const invitation = expectNoGraphQLErrors(
    await server.graphql<{ inviteToCall: { link: string } }>(
      `mutation ($id: ID!) { inviteToCall(input: { callId: $id }) { link } }`,
      { id: call!.id },
      headersOf.staff,
    ),
  )
  fixtureIds = [
    municipality.id,
    kep.id,
    procedure.id,
    booking.id,
    call!.id,
    staff.id,
    citizenId,
    staffSeat.participant.id,
    citizenSeat.participant.id,
  ]
  fixtureSecrets = [
    staffSeat.participantToken,
    citizenSeat.participantToken,
    invitation.inviteToCall.link.split('/').at(-1)!,
  ]

  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    ),
  )
    .map((t) => t.name)
    .filter((t) => !attemptCounters.has(t))
  const counting = sql.raw(
    `select json_build_object(${tables
      .map((t) => `'${t}', (select count(*) from "${t}")`)
      .join(', ')}) as counts`,
  )
  countRows = async () =>
    rowsOf<{ counts: Record<string, number> }>(await db.execute(counting))[0]!.counts
})

afterAll(async () => {
  await server?.stop()
  await database?.close()
})

// ---------------------------------------------------------------------------------------------
// Inputs from the schema's types

const nastyStrings = [
  '',
  ' ',
  '\u0000',
  'Μαρία\u0000',
  '\uD800',
  'x\uDFFFy',
  '\u0007\u001B[31m',
  '\u202Eevil',
  '😀👩‍👩‍👧',
  'ΆΈΉΊΌΎΏ ςσΣ',
  "' OR 1=1 --",
  '%_\\',
  '\r\n\t',
  '<script>alert(1)</script>',
  'null',
  '-1',
  '9'.repeat(40),
]
const plausibleStrings = [
  'Μαρία Παπαδοπούλου',
  'maria@example.gr',
  '2101234567',
  '6912345678',
  'Ερμού 1, 10563 Αθήνα',
  '090000045',
  '08:00',
  '15:30',
  '25:61',
  'ΑΒ123456',
]
const hugeStrings = ['x'.repeat(100_000), 'α'.repeat(10_001), 'a'.repeat(10_000)]

const text = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
    { weight: 3, arbitrary: fc.constantFrom(...plausibleStrings) },
    { weight: 2, arbitrary: fc.constantFrom(...fixtureSecrets) },
    { weight: 1, arbitrary: fc.constantFrom(...hugeStrings) },
  )

const id = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fixtureIds) },
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: text() },
  )

/** Boundary numbers; `typed` keeps them inside GraphQL's Int (32 bits). */
const int = (typed: boolean) =>
  fc.oneof(
    fc.constantFrom(0, 1, -1, 49, 50, 51, 100, 101, 500, 2 ** 31 - 1, -(2 ** 31)),
    typed ? fc.integer() : fc.oneof(fc.maxSafeInteger(), fc.double()),
  )

const instant = () =>
  fc.oneof(
    fc
      .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    // around the fixtures' day: real slots, the buffer, the join window
    fc
      .integer({ min: 0, max: 60 * 24 * 14 })
      .map((m) => new Date(Date.parse('2027-01-12T06:00:00Z') + m * 60_000).toISOString()),
  )

const day = () =>
  fc.oneof(
    fc
      .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc
      .integer({ min: -30, max: 400 })
      .map((d) => new Date(Date.parse('2027-01-12') + d * 86_400_000).toISOString().slice(0, 10)),
  )

const jsonObject = () =>
  fc.oneof(
    fc.object({ maxDepth: 3, maxKeys: 5 }),
    fc.record({ type: fc.constantFrom('offer', 'answer', 'candidate'), sdp: text() }),
    fc.dictionary(text(), text(), { maxKeys: 3 }),
    fc.constant({ blob: 'x'.repeat(20_000) }),
  )

/** A value of the wrong type for whatever was asked. */
const wrongType = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 10 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant({}),
    fc.constant([1, 'a']),
  )

function scalar(name: string, typed: boolean): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return id()
    case 'Int':
      return int(typed)
    case 'Float':
      return fc.oneof(fc.double(), int(typed))
    case 'Boolean':
      return fc.boolean()
    case 'DateTime':
      return typed
        ? instant()
        : fc.oneof(
            instant(),
            fc.constantFrom('2027-13-45T99:99:99Z', '0000-01-01T00:00:00Z'),
            text(),
          )
    case 'LocalDate':
      return typed ? day() : fc.oneof(day(), fc.constantFrom('2027-02-29', '2027-00-10'), text())
    case 'JSONObject':
      return jsonObject()
    default:
      return text()
  }
}

/**
 * Values of an input type. `typed`: what GraphQL accepts (non-null is given, enums are valid,
 * dates parse) with nasty contents, so the request reaches the resolvers and services; else
 * also wrong types, nulls and unknown enum values, which GraphQL itself must refuse cleanly.
 */
function valueOf(
  type: GraphQLInputType,
  typed: boolean,
  depth = 0,
  nonNull = false,
  /** Long lists (hundreds of items) only outside another list: nested, they would multiply. */
  long = true,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = valueOf(type.ofType, typed, depth, true, long)
    return typed ? inner : fc.oneof({ weight: 8, arbitrary: inner }, wrongType())
  }
  const value = (): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = valueOf(type.ofType as GraphQLInputType, typed, depth + 1, false, false)
      const short = fc.array(item, { maxLength: 6 })
      if (!long) return short
      return fc.oneof(
        { weight: 6, arbitrary: short },
        { weight: 1, arbitrary: fc.array(item, { minLength: 500, maxLength: 3000, size: 'max' }) },
      )
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields())
      if (depth > 4) return fc.constant({})
      return fc.record(
        Object.fromEntries(
          fields.map((f) => [f.name, valueOf(f.type, typed, depth + 1, false, long)]),
        ),
        { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
      )
    }
    if (isEnumType(type)) {
      const values = fc.constantFrom(...type.getValues().map((v) => v.name))
      return typed ? values : fc.oneof({ weight: 4, arbitrary: values }, text())
    }
    return scalar(type.name, typed)
  }
  if (nonNull && typed) return value()
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: value() },
    ...(typed ? [] : [{ weight: 1, arbitrary: wrongType() }]),
  )
}

/** `{ __typename ...its leaf fields }`: enough to run the resolver and its presenter. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type)
  if (isLeafType(named)) return ''
  if (!isObjectType(named)) return '{ __typename }'
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)))
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => f.name)
  return `{ __typename ${leaves.join(' ')} }`
}

interface Operation {
  kind: 'query' | 'mutation'
  field: GraphQLField<unknown, unknown>
  document: string
  variables: fc.Arbitrary<Record<string, unknown>>
}

const variablesOf = (field: GraphQLField<unknown, unknown>, typed: boolean) =>
  fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, typed)])), {
    requiredKeys: typed ? field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) : [],
  }) as fc.Arbitrary<Record<string, unknown>>

function operationOf(kind: Operation['kind'], field: GraphQLField<unknown, unknown>): Operation {
  const declarations = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ')
  return {
    kind,
    field,
    document: `${kind} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${
      args ? `(${args})` : ''
    } ${selectionOf(field.type)} }`,
    // Mostly well-typed (to reach the services), one in five anything at all.
    variables: fc.oneof(
      { weight: 4, arbitrary: variablesOf(field, true) },
      { weight: 1, arbitrary: variablesOf(field, false) },
    ),
  }
}

// ---------------------------------------------------------------------------------------------

/** What is wrong with one answer, if anything. */
function problemsOf(res: GraphQLResponse, body: string): string[] {
  const problems: string[] = []
  if (res.status >= 500) problems.push(`HTTP ${res.status}`)
  for (const error of res.errors ?? []) {
    const code = String(error.extensions?.code)
    if (!typedCodes.has(code)) problems.push(`code ${code}: ${error.message}`)
  }
  const errorsText = JSON.stringify(res.errors ?? [])
  if (internals.test(errorsText)) problems.push(`internals in the answer: ${body.slice(0, 300)}`)
  if (res.data === undefined && !res.errors?.length) problems.push('neither data nor errors')
  return problems
}

const shown = (variables: Record<string, unknown>) =>
  JSON.stringify(variables, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v,
  ).slice(0, 400)

describe('the GraphQL fuzz suite (issue 11)', () => {
  it('issue 11: every query and mutation, with generated inputs, as every role, answers data or a typed error and a refused mutation writes nothing', async () => {
    const schema = await buildApiSchema()
    // Logging out would end the roles' sessions in the middle of the run; they take no input.
    const sessionEnders = new Set(['logout', 'logoutEverywhere'])
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => operationOf('query', f)),
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((f) => !sessionEnders.has(f.name))
        .map((f) => operationOf('mutation', f)),
    ]
    const failures: string[] = []
    let requests = 0
    const outcomes = new Map<string, number>()
    const started = Date.now()
    for (const [i, operation] of operations.entries()) {
      const runs = operation.field.args.length === 0 ? 1 : runsPerOperation
      const inputs = fc.sample(operation.variables, {
        numRuns: runs * roles.length,
        seed: seed + i,
      })
      for (const [n, variables] of inputs.entries()) {
        const role = roles[n % roles.length]!
        const before = operation.kind === 'mutation' ? await countRows() : undefined
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headersOf[role] },
          body: JSON.stringify({ query: operation.document, variables }),
        }).catch((err: unknown) => err as Error)
        requests++
        if (res instanceof Error) {
          // the server hung up instead of answering: say on which operation and input
          failures.push(
            `${operation.field.name} as ${role} with ${shown(variables)}: no answer (${String(res.cause ?? res)})`,
          )
          continue
        }
        const body = await res.text()
        let parsed: GraphQLResponse
        try {
          parsed = { status: res.status, ...(JSON.parse(body) as object) }
        } catch {
          failures.push(
            `${operation.field.name} as ${role}: not JSON (${res.status}): ${body.slice(0, 200)}`,
          )
          continue
        }
        const problems = problemsOf(parsed, body)
        const outcome = String(parsed.errors?.[0]?.extensions?.code ?? 'data')
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
        const data = parsed.data as Record<string, unknown> | null | undefined
        if (before && parsed.errors?.length && (data?.[operation.field.name] ?? null) === null) {
          const after = await countRows()
          const written = Object.keys(after).filter((t) => after[t] !== before[t])
          if (written.length) problems.push(`refused, yet wrote to ${written.join(', ')}`)
        }
        for (const problem of problems) {
          failures.push(`${operation.field.name} as ${role} with ${shown(variables)}: ${problem}`)
        }
      }
    }
    const seconds = (Date.now() - started) / 1000
    // eslint-disable-next-line no-console -- the suite's size and time, for the CI log
    console.info(
      `GraphQL fuzz: ${operations.length} operations, ${requests} requests in ${seconds.toFixed(1)} s (seed ${seed}); answers: ${[
        ...outcomes,
      ]
        .sort(([, a], [, b]) => b - a)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ')}`,
    )
    expect(failures, `seed ${seed} (FUZZ_SEED=${seed} replays it)`).toEqual([])

    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
  }, 300_000)

  it('issue 11: an unknown id answers NOT_FOUND or data, never an internal error', async () => {
    const res = await server.graphql(
      `query ($id: ID!) { kep(id: $id) { id } }`,
      { id: randomUUID() },
      headersOf.citizen,
    )
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })
})
