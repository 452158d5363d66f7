import { mkdir } from 'node:fs/promises'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { SQL, SQLWrapper } from 'drizzle-orm'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import type { PgDatabase, PgDialect, PgQueryResultHKT, PgSession } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { validationFailed } from '../errors.js'
import type { NotifyChannel } from '../notify-pubsub.js'
import { postgresNotifications } from './listener.js'

/**
 * The database handle every service takes. PGlite and postgres.js both give a PgDatabase,
 * and a transaction is one too, so services accept either.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema generic is unused: we use the query builder, not db.query
export type Db = PgDatabase<PgQueryResultHKT, any>

/**
 * A statement built and not yet run (a drizzle query builder): awaited, it runs alone; its SQL
 * can also become one part of a caller's data-modifying WITH (asParts), so that writes of
 * several modules travel in one round trip while each module still writes its own tables.
 */
export type Statement = SQLWrapper & PromiseLike<unknown>

/**
 * Statements as the parts of one data-modifying WITH (`db.with(...asParts(db, 'x', parts))`):
 * PostgreSQL runs every part exactly once, even one nothing reads, all on the statement's
 * snapshot (a part never sees another's rows); foreign keys are checked at the statement's end.
 */
export function asParts(db: Db, prefix: string, parts: Statement[]) {
  return parts.map((part, i) => db.$with(`${prefix}${i}`, {}).as(part.getSQL()))
}

export type DatabaseKind = 'pglite' | 'postgres'

export interface Database {
  db: Db
  kind: DatabaseKind
  /** The PostgreSQL URL, when kind is 'postgres'. */
  url?: string
  /** The embedded database itself, when kind is 'pglite'. */
  pglite?: PGlite
  /** Runs raw SQL (several statements allowed); for migrations' helpers and tests. */
  exec(sql: string): Promise<void>
  /** One statement with $1… parameters, for libraries that bring their own SQL (rate limits). */
  query(sql: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
  /**
   * query() for counters whose last moments may be lost in a crash (rate limits): on
   * PostgreSQL its statements commit without waiting for the disk (synchronous_commit off, on a
   * small pool of its own), so a hot counter row is held for the statement, not for a flush. A
   * crash forgets at most the last fraction of a second of counts; the database stays
   * consistent. On PGlite, query() itself.
   */
  relaxedQuery(sql: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
  /** LISTEN/NOTIFY, for the pub/sub shared by several server instances. */
  notifications: NotifyChannel
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent, the embedded PGlite is used. */
  url?: string
  /** PGlite data directory; 'memory://' or undefined for an in-memory database. */
  dataDir?: string
  /** An already opened PGlite (e.g. a test's clone). */
  pglite?: PGlite
  /**
   * Called for every statement sent to the database, as the driver sends it: on PostgreSQL from
   * postgres.js's own hook, so BEGIN, COMMIT, SAVEPOINT and raw `db.execute` count too; on
   * PGlite from drizzle's logger plus BEGIN and COMMIT/ROLLBACK around `db.transaction` (PGlite
   * sends those itself, past drizzle). For tests that count round trips.
   */
  onQuery?: (sql: string) => void
  /** Pool size for postgres.js. */
  maxConnections?: number
}

export const pgliteExtensions = { btree_gist }

const dateAsText = (value: unknown) => (value instanceof Date ? value.toISOString() : value)

/** Opens PGlite (embedded) or PostgreSQL (DATABASE_URL) behind the same drizzle interface. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logger = {
    logQuery: (query: string, params: unknown[]) => {
      assertStorableParams(params)
      if (!options.url) options.onQuery?.(query)
    },
  }

  if (options.url) {
    // What every pool of this process shares.
    const common = {
      onnotice: () => {},
      // No catalog query at each connect: postgres.js 3.4 runs it unawaited, so a connection
      // lost meanwhile (a database restart) becomes an unhandled rejection that would end the
      // process, and fails the next query with the old error (porsager/postgres #1192, #1223).
      // drizzle writes and reads arrays as literals itself.
      fetch_types: false,
      // During an outage requests wait for a connection attempt: retry within a second (not
      // postgres.js's default of up to 20 s, which held every request that long) and give up
      // on a server that does not answer after 10 s, so clients get 503 soon and the pool is
      // back as soon as the database is.
      backoff: (retries: number) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** retries, 1),
      connect_timeout: 10,
      ...(options.onQuery && {
        debug: (_connection: number, query: string) => options.onQuery!(query),
      }),
    }
    const sql = postgres(options.url, {
      ...common,
      max: options.maxConnections ?? 10,
      // work_mem: building the occupancy index groups every reservation by employee; 4 MB would
      // spill to disk at national scale
      connection: { application_name: 'keplive', work_mem: '32MB' },
    })
    const notifications = postgresNotifications(options.url, sql)
    let relaxed: postgres.Sql | undefined
    const relaxedPool = () =>
      (relaxed ??= postgres(options.url!, {
        ...common,
        max: 4,
        connection: { application_name: 'keplive-counters', synchronous_commit: 'off' },
      }))
    const db = drizzlePostgres(sql, { casing: 'snake_case', logger })
    // drizzle turns postgres.js's date serializers off (its columns send strings), so a Date in
    // a sql`` template would fail on PostgreSQL alone (PGlite takes it): send it as ISO text.
    for (const type of [1082, 1114, 1184]) sql.options.serializers[type] = dateAsText
    return {
      db,
      kind: 'postgres',
      url: options.url,
      exec: async (text) => {
        await sql.unsafe(text).simple()
      },
      query: async (text, params) => ({
        rows: [...(await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]))],
      }),
      relaxedQuery: async (text, params) => ({
        rows: [
          ...(await relaxedPool().unsafe(text, params as postgres.ParameterOrJSON<never>[], {
            prepare: true,
          })),
        ],
      }),
      notifications,
      close: async () => {
        await notifications.end()
        await Promise.all([sql.end({ timeout: 5 }), relaxed?.end({ timeout: 5 })])
      },
    }
  }

  let client = options.pglite
  if (!client) {
    const dir = options.dataDir && options.dataDir !== 'memory://' ? options.dataDir : undefined
    if (dir) await mkdir(dir, { recursive: true })
    client = await PGlite.create(dir, { extensions: pgliteExtensions })
  }
  const pglite = client
  return {
    db: drizzlePglite(options.onQuery ? reportingTransactions(pglite, options.onQuery) : pglite, {
      casing: 'snake_case',
      logger,
    }),
    kind: 'pglite',
    pglite,
    exec: async (text) => {
      await pglite.exec(text)
    },
    query: async (text, params) => ({
      rows: (await pglite.query<Record<string, unknown>>(text, params)).rows,
    }),
    relaxedQuery: async (text, params) => ({
      rows: (await pglite.query<Record<string, unknown>>(text, params)).rows,
    }),
    notifications: {
      listen: (channel, onPayload) => pglite.listen(channel, onPayload),
      async notify(channel, payload) {
        await pglite.query('select pg_notify($1, $2)', [channel, payload])
      },
      // in this process: listening as long as the database is open
      isListening: () => !pglite.closed,
    },
    close: () => pglite.close(),
  }
}

/**
 * PGlite seen through a proxy that reports the BEGIN and COMMIT (or ROLLBACK) its own
 * `transaction` sends, which drizzle's logger never sees; savepoints go through drizzle.
 */
function reportingTransactions(pglite: PGlite, onQuery: (sql: string) => void): PGlite {
  return new Proxy(pglite, {
    get(target, property) {
      if (property === 'transaction') {
        return async <T>(run: (tx: Transaction) => Promise<T>) => {
          onQuery('begin')
          try {
            const result = await target.transaction(run)
            onQuery('commit')
            return result
          } catch (err) {
            onQuery('rollback')
            throw err
          }
        }
      }
      // PGlite's methods use private fields: call them on the instance itself
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/**
 * Runs a statement as a named prepared statement on PostgreSQL: postgres.js parses it once per
 * connection and from then on sends only Bind/Execute, one round trip (an unprepared statement
 * with parameters costs two: Parse/Describe, then Bind/Execute). drizzle prepares only through
 * `.prepare(name)`, which raw `sql` has not; this is that, for raw SQL. On PGlite it is an
 * ordinary query. The text must be the same from call to call (values as parameters, no
 * lists whose length varies) or each variant becomes a statement of its own.
 */
export async function executePrepared<T>(db: Db, name: string, query: SQL): Promise<T[]> {
  const { session, dialect } = db as unknown as {
    session: PgSession
    dialect: PgDialect
  }
  const prepared = session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false)
  return rowsOf<T>(await prepared.execute())
}

/** PGlite answers { rows }, postgres.js an array: one shape for callers. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[]
  return ((result as { rows?: T[] }).rows ?? []) as T[]
}

/**
 * The SQLSTATE and constraint of a database error, as both drivers report them (drizzle wraps
 * the driver's error in `cause`; PGlite names the constraint `constraint`, postgres.js
 * `constraint_name`).
 */
export function pgErrorOf(err: unknown): { code?: string; constraint?: string } {
  for (let e = err as Record<string, unknown> | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return {
        code: e.code,
        constraint: (e.constraint ?? e.constraint_name) as string | undefined,
      }
    }
  }
  return {}
}

// A NUL in text, or a \u0000 or lone-surrogate escape in JSON text (jsonb), PostgreSQL refuses
// (22021, 22P05); a lone surrogate in text the drivers would silently store as U+FFFD.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const unstorableText = /[\u0000\p{Cs}]/u
const unstorableJsonEscape = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i
// drizzle sends a Date as its toISOString(): year 0 ("0000-…"), BC and after 9999 ("±YYYYYY-…")
// are outside what PostgreSQL reads (22008, 22007, 22009), e.g. the Athens midnight of 0001-01-01.
const unstorableInstant = /^(?:0000|[+-]\d{6})-\d\d-\d\dT\d\d:\d\d/

type Unstorable = 'invalid_characters' | 'out_of_range'

function unstorable(param: unknown): Unstorable | undefined {
  if (typeof param === 'string') {
    if (unstorableText.test(param)) return 'invalid_characters'
    if (/^\s*[[{"]/.test(param) && unstorableJsonEscape.test(param)) return 'invalid_characters'
    if (unstorableInstant.test(param)) return 'out_of_range'
  } else if (param instanceof Date) {
    if (Number.isNaN(param.getTime()) || unstorableInstant.test(param.toISOString())) {
      return 'out_of_range'
    }
  } else if (Array.isArray(param)) {
    for (const item of param) {
      const reason = unstorable(item)
      if (reason) return reason
    }
  }
  return undefined
}

const unstorableMessages = {
  invalid_characters: {
    el: 'Τα στοιχεία περιέχουν χαρακτήρες που δεν επιτρέπονται (χαρακτήρες ελέγχου ή μη έγκυρο κείμενο).',
    en: 'The details contain characters that are not allowed (control characters or invalid text).',
  },
  out_of_range: {
    el: 'Μια ημερομηνία είναι εκτός των ορίων που δεχόμαστε.',
    en: 'A date is outside the range we accept.',
  },
}

/**
 * The last net under the GraphQL input rules (platform/security/input-text.ts): a value the
 * database cannot store never reaches it, so it can never become a 500. Runs before every
 * statement drizzle sends; bytea parameters (Buffers) are not text and pass.
 * @throws VALIDATION_FAILED
 */
function assertStorableParams(params: unknown[]): void {
  for (const param of params) {
    const reason = unstorable(param)
    if (reason) {
      throw validationFailed([{ field: 'input', reason, message: unstorableMessages[reason] }])
    }
  }
}
