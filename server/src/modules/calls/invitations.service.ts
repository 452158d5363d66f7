import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { validationFailed } from '../../platform/errors.js'
import type { Logger } from '../../platform/logger.js'
import { auditHmac, recordAudit } from '../audit/index.js'
import { bookings } from '../bookings/index.js'
import { keps } from '../catalog/index.js'
import { callWindowOf, callWindowRule } from './call-window.js'
import { callEnded, staffOnly } from './calls.errors.js'
import { canReadCallCaseData } from './calls.policy.js'
import {
  callForStaff,
  hashToken,
  isLive,
  type CallServices,
  type RequestMeta,
} from './calls.service.js'
import { callInvitations, calls } from './calls.table.js'
import { invitationEmail } from './invitation-email.js'

export interface Invitation {
  link: string
  expiresAt: Date
  emailSent: boolean
}

const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

/** The guest page of the citizens' app serves this path (R2.8). */
export const guestPath = (token: string) => `/call/guest/${token}`

/**
 * R2.8: for a booking that asked for sign language or lip-reading, the employee invites a third
 * person by a one-time link, valid until the call closes; only the token's SHA-256 is stored.
 * With an email, the link is sent at once over SMTP — not through the outbox, because the link
 * is a credential that must not wait in the database in clear; the employee sees whether it went
 * and can copy the link instead.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CALL_ENDED, VALIDATION_FAILED
 */
export async function inviteToCall(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { callId: string; email?: string | null },
  services: CallServices,
  meta: RequestMeta & { logger?: Logger } = {},
): Promise<Invitation> {
  const { call, booking } = await callForStaff(db, actor, input.callId)
  if (actor.kind !== 'employee') throw staffOnly()
  if (!isLive(call)) throw callEnded()
  if (!booking.needsSignLanguage && !booking.needsLipReading) {
    throw validationFailed([
      {
        field: 'input.callId',
        reason: 'interpretation_not_requested',
        message: {
          el: 'Τρίτο πρόσωπο προσκαλείται μόνο όταν ο πολίτης ζήτησε διερμηνεία νοηματικής ή χειλεανάγνωση.',
          en: 'A third person is invited only when the citizen asked for sign-language interpreting or lip-reading.',
        },
      },
    ])
  }
  const email = input.email?.trim() || null
  if (email && (email.length > 254 || !emailPattern.test(email))) {
    throw validationFailed([
      {
        field: 'input.email',
        reason: 'invalid_format',
        message: { el: 'Μη έγκυρη διεύθυνση email.', en: 'Not a valid email address.' },
      },
    ])
  }
  const now = clock.now()
  const token = randomBytes(32).toString('base64url')
  const expiresAt = callWindowOf(booking, await callWindowRule(db)).closesAt
  await db.transaction(async (tx) => {
    const [invitation] = await tx
      .insert(callInvitations)
      .values({
        callId: call.id,
        tokenHash: hashToken(token),
        email,
        invitedBy: actor.employeeId,
        createdAt: now,
        expiresAt,
      })
      .returning({ id: callInvitations.id })
    await recordAudit(tx, {
      actor,
      action: 'call.invite',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
      details: {
        invitationId: invitation!.id,
        email: email ? auditHmac(services.auditKey, email.toLowerCase()) : null,
      },
    })
  })
  const link = `${services.publicUrl().replace(/\/$/, '')}${guestPath(token)}`
  let emailSent = false
  if (email && services.sendMail) {
    const [kep] = await db
      .select({ nameEl: keps.nameEl, nameEn: keps.nameEn })
      .from(keps)
      .where(eq(keps.id, booking.kepId))
    try {
      await services.sendMail({
        to: email,
        ...invitationEmail({
          link,
          reference: booking.reference,
          kepNameEl: kep?.nameEl ?? '',
          kepNameEn: kep?.nameEn ?? '',
          startsAt: booking.startsAt,
        }),
      })
      emailSent = true
    } catch (err) {
      meta.logger?.warn({ err, callId: call.id }, 'the invitation email could not be sent')
    }
  }
  return { link, expiresAt, emailSent }
}

/** Why an invitation link no longer lets its holder in (issue 15 item 6): said, not guessed. */
export type InvitationRefusal = 'expired' | 'call_ended'

export interface InvitationInfo {
  valid: boolean
  /** null while the link works. */
  refusal: InvitationRefusal | null
  /** For those who may read the booking (issue 11 defect 6); null for the link's holder. */
  bookingReference: string | null
  kepName: string
  startsAt: Date
  endsAt: Date
  expiresAt: Date
}

/**
 * What the guest page shows before joining: the appointment's reference, KEP and time, and
 * whether the link still works. null for a token that names no invitation.
 */
export async function callInvitation(
  db: Db,
  clock: Clock,
  actor: Actor,
  token: string,
  locale: 'el' | 'en',
): Promise<InvitationInfo | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null
  const [row] = await db
    .select({
      expiresAt: callInvitations.expiresAt,
      status: calls.status,
      reference: bookings.reference,
      citizenId: bookings.citizenId,
      kepId: bookings.kepId,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      kepEl: keps.nameEl,
      kepEn: keps.nameEn,
    })
    .from(callInvitations)
    .innerJoin(calls, eq(calls.id, callInvitations.callId))
    .innerJoin(bookings, eq(bookings.id, calls.bookingId))
    .innerJoin(keps, eq(keps.id, bookings.kepId))
    .where(eq(callInvitations.tokenHash, hashToken(token)))
  if (!row) return null
  // the call's end outranks the link's own expiry: nothing to ask the KEP for any more
  const refusal: InvitationRefusal | null =
    row.status !== 'waiting' && row.status !== 'in_call'
      ? 'call_ended'
      : row.expiresAt.getTime() <= clock.now().getTime()
        ? 'expired'
        : null
  return {
    valid: refusal === null,
    refusal,
    bookingReference: canReadCallCaseData(actor, row) ? row.reference : null,
    kepName: locale === 'en' ? row.kepEn : row.kepEl,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    expiresAt: row.expiresAt,
  }
}
