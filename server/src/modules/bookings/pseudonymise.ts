import { sql } from 'drizzle-orm'
import { rowsOf, type Db } from '../../platform/db/client.js'

/** The name a pseudonymised booking (and its call's citizen and interpreter) shows. */
export const pseudonym = 'Ψευδωνυμοποιημένος'

/**
 * Issue 19 items 1 and 3: replaces the personal data of bookings by a pseudonym, for the
 * retention job (N months after the appointment) and for a citizen's erasure (at once).
 *
 * On each booking not yet pseudonymised: the name becomes `pseudonym`; email, phone and postal
 * address become empty (the columns stay NOT NULL, so every reader keeps working); the special
 * requirements' free text goes (the two flags stay: they are counted in the statistics, and
 * say nothing beyond "needed an interpreter"). The business's name and tax number stay: they
 * are a company's, the KEP's record of whom it served, not a person's. What the booking pulls
 * along goes with it in the same statement: its call's invitations lose their email and the
 * interpreter's name, the citizen's and the interpreter's names in the call's participants
 * become the pseudonym, its join links and any documents still held are deleted, its emails
 * (outbox rows: address and text) are deleted whatever their state, and free-text reasons in
 * its history (`details.reason`, which a citizen or staff member typed) are removed. What the
 * law requires the KEP to keep stays: the submission record, the call's identity-check result
 * (a keyed hash, no document number) and the history's times and actors.
 *
 * Statistics do not move: the counters' triggers on bookings subtract the old row and add the
 * new, and no counted column (times, status, KEP, field, procedure, flags) changes here.
 *
 * Safe under two callers at once: the UPDATE takes each row's lock, and a second caller
 * waiting on it re-checks `pseudonymised_at is null` after the first commits, so skips it.
 * The caller audits (counts only) and runs this inside its transaction or alone.
 * @returns how many bookings were pseudonymised now (0 for ids unknown or already done).
 */
export async function pseudonymiseBookings(
  tx: Db,
  bookingIds: readonly string[],
  now: Date,
): Promise<number> {
  if (bookingIds.length === 0) return 0
  const ids = sql`array[${sql.join(
    bookingIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`
  const rows = rowsOf<{ n: number | string }>(
    await tx.execute(sql`
      with done as (
        update bookings
        set full_name = ${pseudonym}, email = '', phone = '', postal_address = '',
          other_requirements = null, pseudonymised_at = ${now.toISOString()}::timestamptz,
          updated_at = ${now.toISOString()}::timestamptz
        where id = any(${ids}) and pseudonymised_at is null
        returning id
      ), invitations as (
        update call_invitations i set email = null, guest_name = null
        from calls c join done d on d.id = c.booking_id
        where i.call_id = c.id and (i.email is not null or i.guest_name is not null)
        returning i.id
      ), participants as (
        update call_participants p set display_name = ${pseudonym}
        from calls c join done d on d.id = c.booking_id
        where p.call_id = c.id and p.role in ('citizen', 'interpreter')
        returning p.id
      ), links as (
        delete from join_tokens t using done d where t.booking_id = d.id returning t.id
      ), files as (
        delete from documents f using done d where f.booking_id = d.id returning f.id
      ), mails as (
        delete from outbox o using done d where o.booking_id = d.id returning o.id
      ), history as (
        update booking_events e set details = e.details - 'reason'
        from done d
        where e.booking_id = d.id and e.details ? 'reason'
        returning e.id
      )
      select count(*) as n from done
    `),
  )
  return Number(rows[0]?.n ?? 0)
}
