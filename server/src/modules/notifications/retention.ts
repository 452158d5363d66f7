import { sql } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { inBatches } from '../../platform/db/batches.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { auditWrite } from '../audit/index.js'
import { getSetting } from '../settings/index.js'

const job = 'delete old emails'

/**
 * Issue 19 item 1: an email (its address and text) is deleted `retention.outboxDaysAfterSending`
 * days (90) after it was sent; one cancelled before sending (a reminder of a moved booking)
 * the same time after it was due; a failed one only once an administrator handled it (issue
 * 17, markMailHandled), that long after; a failed one not handled, or one still to send, is
 * kept. Batched, safe under two instances, one audit entry per batch with the count only.
 * @returns how many emails were deleted.
 */
export async function deleteOldEmails(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  const days = await getSetting(db, 'retention.outboxDaysAfterSending', now)
  const before = sql`${now.toISOString()}::timestamptz - make_interval(days => ${days})`
  return inBatches(db, async (tx, size) => {
    const [row] = rowsOf<{ n: number | string }>(
      await tx.execute(sql`
        with old as (
          select id from outbox
          where (status = 'sent' and sent_at <= ${before})
            or (status = 'cancelled' and due_at <= ${before})
            or (status = 'failed' and handled_at <= ${before})
          limit ${size}
          for update skip locked
        ), gone as (
          delete from outbox o using old where o.id = old.id returning o.id
        )
        select count(*) as n from gone`),
    )
    const count = Number(row?.n ?? 0)
    if (count > 0) {
      await auditWrite(tx, {
        actor: { kind: 'system', job },
        action: 'retention.emails_deleted',
        entity: 'outbox',
        at: now,
        details: { count, days },
      })
    }
    return count
  })
}
