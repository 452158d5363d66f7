import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Client } from 'graphql-ws'
import { fixedClock } from '../../platform/clock.js'
import { loadConfig } from '../../platform/config.js'
import { createNotifyPubSub } from '../../platform/notify-pubsub.js'
import { createInProcessPubSub } from '../../platform/pubsub.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aBooking,
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { loginAs, wsClient, type TestLogin } from '../../test/identity.js'
import { startTestServer, type GraphQLResponse, type TestServer } from '../../test/server.js'
import { bookings } from '../bookings/index.js'
import { citizens } from '../identity/index.js'
import { reserve, resolveScope } from '../scheduling/index.js'
import { createMailTransport, startSmtpSink, type SmtpSink } from '../notifications/index.js'

// A world for the call's tests: a KEP with an employee (to whom the bookings are assigned), a
// colleague of theirs and their manager, another KEP, citizens logged in through the GSIS
// stand-in, a real server with the KED stand-in and an SMTP sink, and bookings made directly (the
// booking rules are tested in the bookings module).

/** Tuesday 12 January 2027, 10:00 in Athens: the bookings' slot. */
export const slotStart = new Date('2027-01-12T08:00:00Z')

export interface CallWorld {
  database: Database
  server: TestServer
  /** The server's configuration, for a second instance of it. */
  config: NonNullable<Parameters<typeof startTestServer>[1]>['config']
  clock: ReturnType<typeof fixedClock>
  sink: SmtpSink
  kepId: string
  /** The employee the bookings are assigned to (issue 14: only they, or the manager, run the call). */
  staff: TestLogin
  staffEmployeeId: string
  /** Another employee of the same KEP: reads the KEP's calls, runs none of staff's. */
  colleague: TestLogin
  colleagueEmployeeId: string
  /** The KEP's manager: runs any of the KEP's calls. */
  manager: TestLogin
  managerEmployeeId: string
  otherKepStaff: TestLogin
  otherKepEmployeeId: string
  /** Μαρία Παπαδοπούλου, as on the KED stand-in's ΑΚ123456. */
  maria: TestLogin
  stranger: TestLogin
  /** Resolves once `count` subscribers listen on the topic (a subscription is set up). */
  listening(topic: string, count?: number): Promise<void>
  citizenIdOf(login: TestLogin): string
  /** Another citizen, logged in (each booking at the same time needs its own: no overlaps). */
  aCitizen(firstName?: string, lastName?: string): Promise<TestLogin>
  /**
   * A booking of `who` at the KEP, assigned to `staff` (written directly, it holds nobody's time,
   * so bookings at the same time do not collide); each one an hour after the previous unless
   * startsAt is given.
   */
  bookingOf(
    who: TestLogin,
    over?: Partial<typeof bookings.$inferInsert>,
  ): Promise<typeof bookings.$inferSelect>
  /**
   * A booking of `who` holding `employeeId`'s time through scheduling's reserve (as a real
   * booking does), for the tests that move it to a colleague.
   */
  reservedBookingOf(
    who: TestLogin,
    employeeId: string,
    startsAt: Date,
  ): Promise<typeof bookings.$inferSelect>
  close(): Promise<void>
}

export async function callWorld(
  options: {
    config?: NonNullable<Parameters<typeof startTestServer>[1]>['config']
    /** 'database': LISTEN/NOTIFY, as instances sharing calls use; in-process by default. */
    pubsub?: 'in-process' | 'database'
    rateLimits?: NonNullable<Parameters<typeof startTestServer>[1]>['rateLimits']
  } = {},
): Promise<CallWorld> {
  const database = await createTestDatabase()
  const db = database.db
  const clock = fixedClock(new Date(slotStart.getTime() - 5 * 60_000))
  const sink = await startSmtpSink()
  const category = await aCategory(db, 'information')
  const procedure = await aProcedure(db, category.id)
  const municipality = await aMunicipality(db)
  const kep = await aKep(db, municipality.id)
  const otherKep = await aKep(db, municipality.id)
  await openingHours(db, kep.id)
  const employee = await anEmployee(db, kep.id)
  const colleagueEmployee = await anEmployee(db, kep.id)
  const managerEmployee = await anEmployee(db, kep.id, { role: 'manager' })
  const otherEmployee = await anEmployee(db, otherKep.id)
  const config = options.config ?? { ...loadConfig({ NODE_ENV: 'test' }), publicUrl: undefined }
  const shared =
    options.pubsub === 'database' ? await createNotifyPubSub(database.notifications) : undefined
  const pubsub = shared ?? createInProcessPubSub()
  const server = await startTestServer(database, {
    pubsub,
    rateLimits: options.rateLimits,
    clock,
    config,
    devMail: sink,
    mail: { transport: createMailTransport(sink.url, { pool: false }), from: 'kep@example.gr' },
  })
  const staff = await loginAs(server, { gsisUserId: employee.gsisUserId, role: 'staff' })
  const colleague = await loginAs(server, {
    gsisUserId: colleagueEmployee.gsisUserId,
    role: 'staff',
  })
  const manager = await loginAs(server, { gsisUserId: managerEmployee.gsisUserId, role: 'staff' })
  const otherKepStaff = await loginAs(server, {
    gsisUserId: otherEmployee.gsisUserId,
    role: 'staff',
  })
  const citizenIds = new Map<string, string>()
  const citizen = async (firstName: string, lastName: string) => {
    const gsisUserId = `call-${randomBytes(4).toString('hex')}`
    const login = await loginAs(server, { gsisUserId, firstName, lastName })
    const [row] = await db.select().from(citizens).where(eq(citizens.gsisUserId, gsisUserId))
    citizenIds.set(login.cookie, row!.id)
    return login
  }
  const maria = await citizen('Μαρία', 'Παπαδοπούλου')
  const stranger = await citizen('Νίκος', 'Άλλος')
  let n = 0
  return {
    database,
    server,
    config,
    clock,
    sink,
    kepId: kep.id,
    staff,
    staffEmployeeId: employee.id,
    colleague,
    colleagueEmployeeId: colleagueEmployee.id,
    manager,
    managerEmployeeId: managerEmployee.id,
    otherKepStaff,
    otherKepEmployeeId: otherEmployee.id,
    maria,
    stranger,
    async listening(topic, count = 1) {
      const until = Date.now() + 15_000
      while (pubsub.listenerCount(topic) < count) {
        if (Date.now() > until) throw new Error(`nobody subscribed to ${topic}`)
        await new Promise((r) => setTimeout(r, 5))
      }
    },
    citizenIdOf: (login) => citizenIds.get(login.cookie)!,
    aCitizen: (firstName = 'Μαρία', lastName = 'Παπαδοπούλου') => citizen(firstName, lastName),
    async bookingOf(who, over = {}) {
      const startsAt = over.startsAt ?? new Date(slotStart.getTime() + n++ * 3_600_000)
      return aBooking(db, {
        citizenId: citizenIds.get(who.cookie)!,
        categoryId: category.id,
        procedureId: procedure.id,
        kepId: kep.id,
        employee,
        startsAt,
        // as a citizen might type it: the identity check matches names regardless of case and accents
        fullName: 'ΜΑΡΙΑ Παπαδοπουλου',
        ...over,
      })
    },
    async reservedBookingOf(who, employeeId, startsAt) {
      const reserved = await db.transaction(async (tx) =>
        reserve(tx, {
          resolved: await resolveScope(tx, {
            category: 'information',
            procedureId: procedure.id,
            kepId: kep.id,
          }),
          startsAt,
          now: clock.now(),
          // an administrative reservation: no minimum notice, so it may be minutes away
          keeping: { callMinutes: 20, bufferMinutes: 10 },
          among: (id) => id === employeeId,
        }),
      )
      if (!('reservation' in reserved)) throw new Error(`not free: ${employeeId} at ${startsAt}`)
      const { reservation } = reserved
      return aBooking(db, {
        citizenId: citizenIds.get(who.cookie)!,
        categoryId: category.id,
        procedureId: procedure.id,
        kepId: kep.id,
        employee: { id: employeeId, workstationId: reservation.workstationId },
        startsAt,
        endsAt: reservation.endsAt,
        reservationId: reservation.id,
      })
    },
    async close() {
      await server.stop()
      await shared?.close()
      await sink.close()
      await database.close()
    },
  }
}

export const JOIN = `mutation ($input: JoinCallInput!) {
  joinCall(input: $input) {
    participantToken
    browserKey
    participant { id role displayName admitted videoEnabled joinedAt }
    call { id bookingId status participants { id role admitted } }
    iceServers { urls username credential }
  }
}`

export interface Joined {
  participantToken: string
  browserKey: string | null
  participant: { id: string; role: string; displayName: string; admitted: boolean }
  call: {
    id: string
    bookingId: string
    status: string
    participants: { id: string; role: string; admitted: boolean }[]
  }
  iceServers: { urls: string[] }[]
}

/** Joins and fails the test on any error. */
export async function join(
  server: TestServer,
  input: { bookingId?: string; invitationToken?: string; guestName?: string; browserKey?: string },
  headers: Record<string, string> = {},
): Promise<Joined> {
  const res = await server.graphql<{ joinCall: Joined }>(JOIN, { input }, headers)
  if (res.errors?.length) throw new Error(`joinCall: ${JSON.stringify(res.errors)}`)
  return res.data!.joinCall
}

export const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code

/** A subscription over graphql-ws that collects what arrives; wait for what a test expects. */
export function collect<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
): {
  items: T[]
  errors: unknown[]
  completed: () => boolean
  waitFor(predicate: (items: T[]) => boolean, ms?: number): Promise<T[]>
  stop(): void
} {
  const items: T[] = []
  const errors: unknown[] = []
  let done = false
  const stop = client.subscribe<Record<string, unknown>>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors)
        else items.push(Object.values(value.data ?? {})[0] as T)
      },
      error: (err) => {
        errors.push(err)
        done = true
      },
      complete: () => {
        done = true
      },
    },
  )
  return {
    items,
    errors,
    completed: () => done,
    async waitFor(predicate, ms = 15_000) {
      const until = Date.now() + ms
      while (!predicate(items)) {
        if (errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(errors)}`)
        if (Date.now() > until) {
          throw new Error(`timed out; received ${JSON.stringify(items)}`)
        }
        await new Promise((r) => setTimeout(r, 10))
      }
      return items
    },
    stop,
  }
}

export { wsClient }
