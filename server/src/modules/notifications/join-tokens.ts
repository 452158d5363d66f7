import { createHash, randomBytes } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { callWindowOf, callWindowRule, joinTokens, type CallWindowRule } from '../calls/index.js'

export const hashJoinToken = (token: string) =>
  createHash('sha256').update(token, 'utf8').digest('base64url')

/**
 * A new join link token for a booking (R2.5): 32 random bytes, base64url. Only its SHA-256 is
 * stored, so the token in clear exists only in the email that carries it. It is valid for the
 * call's window (calls/call-window.ts), the same as the call's.
 */
export async function issueJoinToken(
  db: Db,
  booking: { id: string; startsAt: Date; endsAt: Date },
  rule: CallWindowRule,
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  const window = callWindowOf(booking, rule)
  await db.insert(joinTokens).values({
    bookingId: booking.id,
    tokenHash: hashJoinToken(token),
    validFrom: window.opensAt,
    validUntil: window.closesAt,
  })
  return token
}

/**
 * A moved booking's old links die with its old time (same transaction as the reschedule). A
 * cancelled booking keeps its rows: the link then says that the appointment was cancelled and
 * when it was (issue 15 item 6) — it never opens anything, joinTokenInfo checks the status first.
 * The statement, for the caller to run or to make part of its own.
 */
export function revokeJoinTokens(tx: Db, bookingId: string) {
  return tx.delete(joinTokens).where(eq(joinTokens.bookingId, bookingId))
}

/**
 * A refused link says which refusal and, to the token's holder (the email's reader, who was
 * sent the time already), the appointment's time — never a name, a KEP or anything else.
 */
export type JoinTokenInfo =
  | { valid: true; bookingId: string; reference: string; startsAt: Date; endsAt: Date }
  | { valid: false; reason: 'unknown' }
  | { valid: false; reason: 'expired' | 'cancelled'; startsAt: Date; endsAt: Date }
  /** Not yet: the holder may still be led to prepare for the call (as the booking's owner). */
  | {
      valid: false
      reason: 'too_early'
      validFrom: Date
      bookingId: string
      startsAt: Date
      endsAt: Date
    }

/**
 * Whether a join link's token lets its holder in now, and into which booking: while the call
 * can be joined (the call window's rule as the settings say now, issue 11 defect 9: not the
 * end of the slot, the call stays open after it) and the booking is active. A token names one
 * booking only.
 */
export async function joinTokenInfo(db: Db, clock: Clock, token: string): Promise<JoinTokenInfo> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { valid: false, reason: 'unknown' }
  const [row] = rowsOf<{
    booking_id: string
    reference: string
    status: string
    starts_ms: number
    ends_ms: number
  }>(
    await db.execute(sql`
      select t.booking_id, b.reference, b.status,
        (extract(epoch from b.starts_at) * 1000)::float8 as starts_ms,
        (extract(epoch from b.ends_at) * 1000)::float8 as ends_ms
      from join_tokens t join bookings b on b.id = t.booking_id
      where t.token_hash = ${hashJoinToken(token)}`),
  )
  if (!row) return { valid: false, reason: 'unknown' }
  const startsAt = new Date(Number(row.starts_ms))
  const endsAt = new Date(Number(row.ends_ms))
  if (row.status === 'cancelled') return { valid: false, reason: 'cancelled', startsAt, endsAt }
  const window = callWindowOf({ startsAt, endsAt }, await callWindowRule(db))
  const now = clock.now().getTime()
  if (now < window.opensAt.getTime()) {
    return {
      valid: false,
      reason: 'too_early',
      validFrom: window.opensAt,
      bookingId: row.booking_id,
      startsAt,
      endsAt,
    }
  }
  if (now >= window.closesAt.getTime() || !['booked', 'in_progress'].includes(row.status)) {
    return { valid: false, reason: 'expired', startsAt, endsAt }
  }
  return {
    valid: true,
    bookingId: row.booking_id,
    reference: row.reference,
    startsAt,
    endsAt,
  }
}
