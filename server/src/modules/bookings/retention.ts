import { sql } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { inBatches } from '../../platform/db/batches.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { auditWrite } from '../audit/index.js'
import { heldForCitizenSql } from '../scheduling/index.js'
import { getSetting } from '../settings/index.js'
import { pseudonym, pseudonymiseBookings } from './pseudonymise.js'

/**
 * Issue 19 item 1: a booking's personal data are pseudonymised (pseudonymiseBookings)
 * `retention.bookingPersonalDataMonths` months (24) after the appointment's end; the statistics
 * keep counting it. Batched, safe under two instances (each batch claims its bookings with
 * SKIP LOCKED), one audit entry per batch with the count only.
 * @returns how many bookings were pseudonymised.
 */
export async function pseudonymiseOldBookings(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  const months = await getSetting(db, 'retention.bookingPersonalDataMonths', now)
  return inBatches(db, async (tx, size) => {
    const due = rowsOf<{ id: string }>(
      await tx.execute(sql`
        select id from bookings
        where pseudonymised_at is null
          and ends_at <= ${now.toISOString()}::timestamptz - make_interval(months => ${months})
        order by ends_at
        limit ${size}
        for update skip locked`),
    )
    const count = await pseudonymiseBookings(
      tx,
      due.map((b) => b.id),
      now,
    )
    if (count > 0) {
      await auditWrite(tx, {
        actor: { kind: 'system', job: 'pseudonymise old bookings' },
        action: 'retention.bookings_pseudonymised',
        entity: 'booking',
        at: now,
        details: { count, months },
      })
    }
    return due.length
  })
}

/**
 * Issue 19 item 1: a citizen who has not logged in for `retention.inactiveCitizenMonths` months
 * (24; since their row was made, if never) and has nothing left to keep is forgotten. With no
 * booking at all, the row is deleted with their sessions and any upload never attached to a
 * booking. With bookings, all of them already pseudonymised (kept for the KEP's records and the
 * statistics, and referring to the citizen), the row cannot go: it is pseudonymised in place —
 * name, contact details, tax-number hash and GSIS id replaced — so a later login of the same
 * person starts afresh. So is one a released slot hold still names (the reservation's row stays
 * for the fair spread, and its reference would refuse the delete, stopping the job). A citizen with any booking still holding personal data is kept. (A
 * slot hold names its citizen too, but a hold lives minutes and needs a login: an inactive
 * citizen has none.)
 * Batched, safe under two instances, one audit entry per batch with counts only.
 * @returns how many citizens were deleted or pseudonymised.
 */
export async function forgetInactiveCitizens(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  const months = await getSetting(db, 'retention.inactiveCitizenMonths', now)
  return inBatches(db, async (tx, size) => {
    const [row] = rowsOf<{ deleted: number | string; pseudonymised: number | string }>(
      await tx.execute(sql`
        with inactive as (
          select c.id,
            exists (select 1 from bookings b where b.citizen_id = c.id)
              or ${heldForCitizenSql(sql`c.id`)} as booked
          from citizens c
          where c.gsis_user_id not like 'erased:%'
            and coalesce(c.last_login_at, c.created_at)
              <= ${now.toISOString()}::timestamptz - make_interval(months => ${months})
            and not exists (
              select 1 from bookings b where b.citizen_id = c.id and b.pseudonymised_at is null)
          limit ${size}
          for update of c skip locked
        ), ended as (
          delete from sessions s using inactive i
          where s.principal_kind = 'citizen' and s.principal_id = i.id
          returning s.id
        ), uploads as (
          delete from documents d using inactive i
          where d.owner_citizen_id = i.id and not i.booked
          returning d.id
        ), renamed as (
          update citizens c
          set gsis_user_id = 'erased:' || c.id, tax_id_hmac = null, first_name = ${pseudonym},
            last_name = '', email = null, phone = null, postal_address = null
          from inactive i
          where c.id = i.id and i.booked
          returning c.id
        ), deleted as (
          delete from citizens c using inactive i
          where c.id = i.id and not i.booked
          returning c.id
        )
        select (select count(*) from deleted) as deleted,
          (select count(*) from renamed) as pseudonymised`),
    )
    const deleted = Number(row?.deleted ?? 0)
    const pseudonymised = Number(row?.pseudonymised ?? 0)
    if (deleted + pseudonymised > 0) {
      await auditWrite(tx, {
        actor: { kind: 'system', job: 'forget inactive citizens' },
        action: 'retention.citizens_forgotten',
        entity: 'citizen',
        at: now,
        details: { deleted, pseudonymised, months },
      })
    }
    return deleted + pseudonymised
  })
}
