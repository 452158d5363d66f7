import { sql } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { inBatches } from '../../platform/db/batches.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { auditWrite } from '../audit/index.js'
import { getSetting } from '../settings/index.js'

const job = 'delete old invitations and join links'

/**
 * Issue 19 item 1: an interpreter's invitation (its email and the name they gave) and a
 * booking's join links are deleted `retention.invitationDaysAfterAppointment` days (30) after
 * the appointment's end: by then no call can be joined and no question about it is likely.
 * The interpreter's participant row goes with its invitation (the schema's cascade). Batched,
 * safe under two instances, one audit entry per batch with counts only.
 * @returns how many invitations and join links were deleted.
 */
export async function deleteOldInvitations(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  const days = await getSetting(db, 'retention.invitationDaysAfterAppointment', now)
  const before = sql`${now.toISOString()}::timestamptz - make_interval(days => ${days})`
  return inBatches(db, async (tx, size) => {
    const [row] = rowsOf<{ invitations: number | string; links: number | string }>(
      await tx.execute(sql`
        with old_invitations as (
          select i.id from call_invitations i
          join calls c on c.id = i.call_id
          join bookings b on b.id = c.booking_id
          where b.ends_at <= ${before}
          limit ${size}
          for update of i skip locked
        ), old_links as (
          select t.id from join_tokens t
          join bookings b on b.id = t.booking_id
          where b.ends_at <= ${before}
          limit ${size}
          for update of t skip locked
        ), invitations as (
          delete from call_invitations i using old_invitations o where i.id = o.id returning i.id
        ), links as (
          delete from join_tokens t using old_links o where t.id = o.id returning t.id
        )
        select (select count(*) from invitations) as invitations,
          (select count(*) from links) as links`),
    )
    const invitations = Number(row?.invitations ?? 0)
    const links = Number(row?.links ?? 0)
    if (invitations + links > 0) {
      await auditWrite(tx, {
        actor: { kind: 'system', job },
        action: 'retention.invitations_deleted',
        entity: 'call_invitation',
        at: now,
        details: { invitations, joinLinks: links, days },
      })
    }
    // a full batch of either kind makes the sum a full batch: the next one looks again
    return invitations + links
  })
}
