import { sql } from 'drizzle-orm'
import { rowsOf, type Db } from '../../platform/db/client.js'
import type { Span } from './slot-engine.js'

// Who is busy when, in memory (issue 12, build 4). Each process keeps every held reservation
// of a database, per employee and per workstation, sorted, so availability reads busy time
// without a query whatever the size of the country. The index is exact for each request: the
// statement every request starts with (rulesVersion in scheduling.service.ts) also returns the
// occupancy rows changed since the index's watermark, and they are applied before answering.
//
// The change feed is the rows themselves. Migration 0011 stamps every insert and update with
// the writing transaction's id (changed_xid) and counts the row's version up. The watermark is
// the xmin of the last snapshot read: every transaction with a smaller id had ended by then,
// so its changes were seen; every later one (still running, or not yet started) has an id at
// or above the watermark and is read the next time. A request thus sees exactly what a query
// of the occupancy table would have shown it, on every instance; LISTEN/NOTIFY could not have
// made that promise (a notification arrives after the commit it reports, so each answer would
// still need this check) and NOTIFY serialises all committing transactions on one lock.

/** One occupancy row as the feed gives it. */
export interface OccupancyChange {
  id: string
  employeeId: string
  workstationId: string
  start: number
  blockedUntil: number
  held: boolean
  createdAt: number
  version: number
  /** A held slot's expiry (issue 16 item 1), epoch ms; null for a booking's reservation. */
  expiresAt: number | null
}

interface Entry {
  employeeId: string
  workstationId: string
  span: Span
  /** Counted in the busy spans: unreleased, and not a hold expired at the index's `now`. */
  held: boolean
  /** Unreleased in the database (an expired hold stays so until released). */
  live: boolean
  expiresAt: number | null
  version: number
}

/** Called with the employee, workstation and span of each held span added or removed. */
export type OccupancyListener = (employeeId: string, workstationId: string, span: Span) => void

export class OccupancyIndex {
  /** Held spans [start, blocked_until) per employee and per workstation, sorted by start. */
  readonly busyByEmployee = new Map<string, Span[]>()
  readonly busyByWorkstation = new Map<string, Span[]>()
  /** When each employee was last given a reservation (epoch ms): the fair spread's tie-break. */
  readonly lastAssigned = new Map<string, number>()
  /** The xmin of the last snapshot applied, as xid8 text. */
  watermark: bigint
  private readonly entries = new Map<string, Entry>()
  /**
   * The unreleased holds (issue 16 item 1): few (one per citizen choosing a time), checked at
   * every read against the reader's clock, so an expired hold is free at once, before the job
   * or a reservation releases its row. The reader's clock, not the latest seen: tests move it.
   */
  private readonly holds = new Map<string, Entry>()
  private now = -Infinity
  /** Released rows, kept while an older read may still be applied (see applying). */
  private tombstones: string[] = []
  private readsInFlight = 0
  private readonly listeners: OccupancyListener[] = []

  constructor(
    readonly databaseId: string,
    watermark: bigint,
  ) {
    this.watermark = watermark
  }

  onChange(listener: OccupancyListener): void {
    this.listeners.push(listener)
  }

  /**
   * Marks a read of the feed as started: until it is applied (or abandoned), released rows are
   * remembered, so an older state it may bring never brings a released reservation back.
   */
  beginRead(): () => void {
    this.readsInFlight += 1
    let done = false
    return () => {
      if (done) return
      done = true
      this.readsInFlight -= 1
      if (this.readsInFlight === 0 && this.tombstones.length > 0) {
        for (const id of this.tombstones) {
          if (this.entries.get(id)?.live === false) this.entries.delete(id)
        }
        this.tombstones = []
      }
    }
  }

  /** Applies rows read at a snapshot whose xmin was `xmin`; older versions are ignored. */
  apply(changes: readonly OccupancyChange[], xmin: bigint): void {
    for (const change of changes) {
      const last = this.lastAssigned.get(change.employeeId)
      if (last === undefined || change.createdAt > last) {
        this.lastAssigned.set(change.employeeId, change.createdAt)
      }
      const entry = this.entries.get(change.id)
      if (entry && entry.version >= change.version) continue
      if (entry?.held) this.remove(entry)
      const next: Entry = {
        employeeId: change.employeeId,
        workstationId: change.workstationId,
        span: [change.start, change.blockedUntil],
        held: change.held && !expired(change.expiresAt, this.now),
        live: change.held,
        expiresAt: change.expiresAt,
        version: change.version,
      }
      this.entries.set(change.id, next)
      if (next.live && next.expiresAt !== null) this.holds.set(change.id, next)
      else this.holds.delete(change.id)
      if (next.held) this.add(next)
      if (!next.live) this.tombstones.push(change.id)
    }
    if (xmin > this.watermark) this.watermark = xmin
  }

  /**
   * Counts the unreleased holds as a reader at `now` sees them: an expired one is free, one
   * not yet expired (the clock moved back, in tests) busy again.
   */
  settle(now: number): void {
    this.now = now
    for (const entry of this.holds.values()) {
      const held = !expired(entry.expiresAt, now)
      if (held === entry.held) continue
      entry.held = held
      if (held) this.add(entry)
      else this.remove(entry)
    }
  }

  /** A reservation as the index holds it (held or, for a while, released). */
  entry(id: string): Readonly<Entry> | undefined {
    return this.entries.get(id)
  }

  /** How many reservations it holds (for tests and /readyz-like reports). */
  get size(): number {
    let n = 0
    for (const e of this.entries.values()) if (e.held) n += 1
    return n
  }

  private add(entry: Entry) {
    insertSorted(this.busyByEmployee, entry.employeeId, entry.span)
    insertSorted(this.busyByWorkstation, entry.workstationId, entry.span)
    for (const listener of this.listeners) {
      listener(entry.employeeId, entry.workstationId, entry.span)
    }
  }

  private remove(entry: Entry) {
    removeSpan(this.busyByEmployee, entry.employeeId, entry.span)
    removeSpan(this.busyByWorkstation, entry.workstationId, entry.span)
    for (const listener of this.listeners) {
      listener(entry.employeeId, entry.workstationId, entry.span)
    }
  }
}

const expired = (expiresAt: number | null, now: number) => expiresAt !== null && expiresAt <= now

/** The first position whose span starts at or after `start`. */
function positionOf(spans: Span[], start: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]![0] < start) lo = mid + 1
    else hi = mid
  }
  return lo
}

function insertSorted(map: Map<string, Span[]>, key: string, span: Span) {
  const spans = map.get(key)
  if (!spans) map.set(key, [span])
  else spans.splice(positionOf(spans, span[0]), 0, span)
}

function removeSpan(map: Map<string, Span[]>, key: string, span: Span) {
  const spans = map.get(key)
  if (!spans) return
  for (let i = positionOf(spans, span[0]); i < spans.length && spans[i]![0] === span[0]; i++) {
    if (spans[i] === span) {
      spans.splice(i, 1)
      break
    }
  }
  if (spans.length === 0) map.delete(key)
}

/** The columns of the feed, as one JSON array per row (small, and parsed natively). */
export const changeColumns = sql.raw(`json_build_array(o.id, o.employee_id, o.workstation_id,
  round(date_part('epoch', o.starts_at) * 1000), round(date_part('epoch', o.blocked_until) * 1000),
  o.released_at is null, round(date_part('epoch', o.created_at) * 1000), o.version,
  round(date_part('epoch', o.expires_at) * 1000))`)

type ChangeTuple = [string, string, string, number, number, boolean, number, number, number | null]

/** Parses the feed's rows (changeColumns, aggregated by json_agg). */
export function parseChanges(json: unknown): OccupancyChange[] {
  const tuples = (typeof json === 'string' ? JSON.parse(json) : (json ?? [])) as ChangeTuple[]
  return tuples.map(
    ([id, employeeId, workstationId, start, blockedUntil, held, createdAt, v, e]) => ({
      id,
      employeeId,
      workstationId,
      start: Number(start),
      blockedUntil: Number(blockedUntil),
      held,
      createdAt: Number(createdAt),
      version: Number(v),
      expiresAt: e === null || e === undefined ? null : Number(e),
    }),
  )
}

/**
 * Builds a database's index from scratch: every held reservation, and when each employee was
 * last assigned (over all reservations, held or not). The watermark is read first, the rows
 * after it: ideally at the one snapshot of a repeatable-read transaction; inside a caller's
 * transaction (a savepoint, in its isolation) on later snapshots, which is as exact — every
 * change below the watermark had ended, so the rows show it; a later one is read again by the
 * next catch-up, and row versions keep the newer state.
 */
export async function buildOccupancyIndex(db: Db, databaseId: string): Promise<OccupancyIndex> {
  return db.transaction(
    async (tx) => {
      // the watermark first: whatever the rows read next show is at least this recent
      const [snapshot] = rowsOf<{ xmin: string }>(
        await tx.execute(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`),
      )
      const index = new OccupancyIndex(databaseId, BigInt(snapshot!.xmin))
      const [held, assigned] = await Promise.all([
        tx.execute(sql`
          select id, employee_id as "e", workstation_id as "w",
            round(date_part('epoch', starts_at) * 1000)::float8 as "s",
            round(date_part('epoch', blocked_until) * 1000)::float8 as "b",
            round(date_part('epoch', created_at) * 1000)::float8 as "c", version::float8 as "v",
            round(date_part('epoch', expires_at) * 1000)::float8 as "x"
          from occupancy where released_at is null`),
        tx.execute(sql`
          select employee_id as "e", round(date_part('epoch', max(created_at)) * 1000)::float8 as "at"
          from occupancy group by employee_id`),
      ])
      type Row = {
        id: string
        e: string
        w: string
        s: number
        b: number
        c: number
        v: number
        x: number | null
      }
      index.apply(
        rowsOf<Row>(held).map((r) => ({
          id: r.id,
          employeeId: r.e,
          workstationId: r.w,
          start: Number(r.s),
          blockedUntil: Number(r.b),
          held: true,
          createdAt: Number(r.c),
          version: Number(r.v),
          expiresAt: r.x === null ? null : Number(r.x),
        })),
        index.watermark,
      )
      for (const row of rowsOf<{ e: string; at: number }>(assigned)) {
        index.lastAssigned.set(row.e, Number(row.at))
      }
      return index
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
}
