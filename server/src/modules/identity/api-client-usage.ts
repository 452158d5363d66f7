import { and, eq, gte, lt, sql } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { apiClients, apiClientUsage } from './identity.table.js'

const minuteMs = 60_000
/** Buckets kept: the list shows the last day; two leave room for a late flush. */
const keptMs = 2 * 86_400_000

/**
 * How much each API key is used (issue 17 item 5: "last used", "requests in the last day"),
 * counted without a write per request: a request adds one to a counter in memory, and flush()
 * (once a minute, and when the server stops) adds the counts to one row per key and minute and
 * moves the key's last_used_at forward. With several instances each adds its own counts, so the
 * sums stay right; what the list shows is at most a minute behind, and a crash loses at most
 * the last minute's counts of that instance.
 */
export class ApiKeyUsage {
  /** `${clientId} ${minute start in ms}` → requests in that minute. */
  private pending = new Map<string, number>()

  record(clientId: string, at: Date): void {
    const key = `${clientId} ${Math.floor(at.getTime() / minuteMs) * minuteMs}`
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1)
  }

  /** Requests counted and not yet written (for tests and the metrics). */
  get pendingRequests(): number {
    let n = 0
    for (const count of this.pending.values()) n += count
    return n
  }

  /**
   * Writes the counts so far in one transaction and forgets them; on failure they are kept for
   * the next flush. Prunes buckets older than two days.
   */
  async flush(db: Db, now: Date): Promise<void> {
    if (this.pending.size === 0) return
    const taken = this.pending
    this.pending = new Map()
    const rows = [...taken].map(([key, requests]) => {
      const [clientId, minute] = key.split(' ') as [string, string]
      return { clientId, minute: new Date(Number(minute)), requests }
    })
    const lastMinute = new Map<string, Date>()
    for (const row of rows) {
      const seen = lastMinute.get(row.clientId)
      if (!seen || seen < row.minute) lastMinute.set(row.clientId, row.minute)
    }
    try {
      await db.transaction(async (tx) => {
        await tx
          .insert(apiClientUsage)
          .values(rows)
          .onConflictDoUpdate({
            target: [apiClientUsage.clientId, apiClientUsage.minute],
            set: { requests: sql`${apiClientUsage.requests} + excluded.requests` },
          })
        for (const [clientId, minute] of lastMinute) {
          await tx
            .update(apiClients)
            .set({
              lastUsedAt: sql`greatest(${apiClients.lastUsedAt}, ${minute.toISOString()}::timestamptz)`,
            })
            .where(eq(apiClients.id, clientId))
        }
        await tx
          .delete(apiClientUsage)
          .where(lt(apiClientUsage.minute, new Date(now.getTime() - keptMs)))
      })
    } catch (err) {
      for (const [key, n] of taken) this.pending.set(key, (this.pending.get(key) ?? 0) + n)
      throw err
    }
  }
}

/** Requests of each key (or of one) in the day before `now`, from the flushed buckets. */
export async function requestsInLastDay(
  db: Db,
  now: Date,
  clientId?: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({
      clientId: apiClientUsage.clientId,
      requests: sql<number>`sum(${apiClientUsage.requests})::int`,
    })
    .from(apiClientUsage)
    .where(
      and(
        gte(apiClientUsage.minute, new Date(now.getTime() - 86_400_000)),
        lt(apiClientUsage.minute, new Date(now.getTime() + minuteMs)),
        clientId ? eq(apiClientUsage.clientId, clientId) : undefined,
      ),
    )
    .groupBy(apiClientUsage.clientId)
  return new Map(rows.map((r) => [r.clientId, Number(r.requests)]))
}
