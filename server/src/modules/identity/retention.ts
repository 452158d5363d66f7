import { sql } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { inBatches } from '../../platform/db/batches.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { auditWrite } from '../audit/index.js'

const job = 'delete ended sessions'

/**
 * Issue 19 item 1: a session is deleted as soon as it ended — logged out or revoked, idle too
 * long, or past its absolute lifetime (the same tests actorFromSessionToken makes) — and with it
 * its IP address, user agent and, for a citizen, the tax number in clear. Nothing reads an
 * ended session: logout and "log out everywhere" only end sessions still open. Batched, safe
 * under two instances, one audit entry per batch with the count only.
 * @returns how many sessions were deleted.
 */
export function deleteEndedSessions(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  return inBatches(db, async (tx, size) => {
    const at = sql`${now.toISOString()}::timestamptz`
    const [row] = rowsOf<{ n: number | string }>(
      await tx.execute(sql`
        with ended as (
          select id from sessions
          where revoked_at is not null
            or absolute_expires_at <= ${at}
            or last_seen_at + idle_timeout_seconds * interval '1 second' <= ${at}
          limit ${size}
          for update skip locked
        ), gone as (
          delete from sessions s using ended e where s.id = e.id returning s.id
        )
        select count(*) as n from gone`),
    )
    const count = Number(row?.n ?? 0)
    if (count > 0) {
      await auditWrite(tx, {
        actor: { kind: 'system', job },
        action: 'retention.sessions_deleted',
        entity: 'session',
        at: now,
        details: { count },
      })
    }
    return count
  })
}
