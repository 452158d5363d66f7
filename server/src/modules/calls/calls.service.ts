import { createHash, randomBytes } from 'node:crypto'
import { and, asc, eq, gt, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm'
import { DateTime } from 'luxon'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { IceConfig } from '../../platform/config.js'
import type { Db } from '../../platform/db/client.js'
import { validationFailed, type FieldError } from '../../platform/errors.js'
import type { PubSub } from '../../platform/pubsub.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { bookings, setBookingStatusFromCall, type Booking } from '../bookings/index.js'
import { employees } from '../identity/index.js'
import {
  bookingNotFound,
  callEnded,
  callNotFound,
  callNotOpen,
  identityNotVerified,
  invitationInUse,
  mustLogIn,
  notAdmitted,
  notAParticipant,
  notAssigned,
  signalTooLarge,
  staffOnly,
} from './calls.errors.js'
import {
  publishCallEvents,
  topics,
  type CallEventType,
  type CallSignalMessage,
} from './calls.events.js'
import { callWindowOf, callWindowRule, isInCallWindow } from './call-window.js'
import {
  actsAsParticipant,
  conductsCall,
  isBookingCitizen,
  isBookingStaff,
} from './calls.policy.js'
import { callInvitations, callParticipants, calls, callSignals } from './calls.table.js'
import { iceServersFor, type IceServer } from './ice.js'
import type { KedClient } from './ked.client.js'

export type CallRow = typeof calls.$inferSelect
export type ParticipantRow = typeof callParticipants.$inferSelect

/** What the call services need beyond the database: wired once per server (app/server.ts). */
export interface CallServices {
  pubsub: PubSub
  ked: KedClient
  ice: IceConfig
  /** The citizens' app address (PUBLIC_URL), for the interpreter's link. */
  publicUrl(): string
  /** Key of the keyed hashes (document numbers, email addresses in the audit). */
  auditKey: string
  /** Sends one email at once over SMTP; absent when no mail server is configured. */
  sendMail?: (message: { to: string; subject: string; text: string; html: string }) => Promise<void>
}

/** Where a request came from, for the audit trail (R7.2). */
export interface RequestMeta {
  ip?: string
}

/** A signal's JSON is at most this long: an SDP offer is a few kB, a candidate far less. */
export const maxSignalBytes = 16 * 1024
/** A call's mailbox holds at most this many signals: far above any real call's, a cap on abuse. */
export const maxSignalsPerCall = 20_000

export const hashToken = (token: string) =>
  createHash('sha256').update(token, 'utf8').digest('base64url')
const newToken = () => randomBytes(32).toString('base64url')

/** TURN credentials last until an hour after the slot's end. */
const iceExpiryOf = (booking: { endsAt: Date }) => new Date(booking.endsAt.getTime() + 3_600_000)

const liveStatuses = ['waiting', 'in_call'] as const
/** Waiting or in progress: not yet ended, nor a no-show. */
export const isLive = (call: CallRow) => call.status === 'waiting' || call.status === 'in_call'

/**
 * The call, locked for the rest of the transaction, while it is still live.
 * @throws CALL_ENDED when it has ended (or does not exist)
 */
export async function lockLiveCall(tx: Db, callId: string): Promise<CallRow> {
  const [call] = await tx.select().from(calls).where(eq(calls.id, callId)).for('update')
  if (!call || !isLive(call)) throw callEnded()
  return call
}

/** @throws CALL_ENDED (booking no longer active), CALL_NOT_OPEN (outside the join window) */
async function requireOpen(db: Db, booking: Booking, now: Date): Promise<void> {
  if (booking.status !== 'booked' && booking.status !== 'in_progress') throw callEnded()
  const window = callWindowOf(booking, await callWindowRule(db))
  if (!isInCallWindow(window, now)) throw callNotOpen(window.opensAt, window.closesAt, now)
}

async function loadBooking(db: Db, id: string): Promise<Booking | undefined> {
  if (!isUuid(id)) return undefined
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, id))
  return booking
}

/** A call and its booking. @throws NOT_FOUND */
export async function loadCallWithBooking(
  db: Db,
  callId: string,
): Promise<{ call: CallRow; booking: Booking }> {
  if (!isUuid(callId)) throw callNotFound()
  const [row] = await db
    .select({ call: calls, booking: bookings })
    .from(calls)
    .innerJoin(bookings, eq(bookings.id, calls.bookingId))
    .where(eq(calls.id, callId))
  if (!row) throw callNotFound()
  return row
}

/**
 * Issue 14 item 2, the one check before every act on a call by staff: the booking's KEP's staff
 * may read it (others are told it does not exist), only its assigned employee or the KEP's
 * manager may act (conductsCall).
 * @throws UNAUTHENTICATED, FORBIDDEN (not staff; a colleague not assigned), `notFound()`
 */
export function assertConductsCall(
  actor: Actor,
  booking: Pick<Booking, 'kepId' | 'citizenId' | 'employeeId'>,
  notFound: () => Error,
): void {
  if (actor.kind === 'anonymous') throw mustLogIn()
  if (actor.kind !== 'employee') throw staffOnly()
  if (!isBookingStaff(actor, booking)) throw notFound()
  if (!conductsCall(actor, booking)) throw notAssigned()
}

/**
 * The call of a booking's KEP for the employee who runs it (assertConductsCall).
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND
 */
export async function callForStaff(
  db: Db,
  actor: Actor,
  callId: string,
): Promise<{ call: CallRow; booking: Booking }> {
  if (actor.kind === 'anonymous') throw mustLogIn()
  if (actor.kind !== 'employee') throw staffOnly()
  const found = await loadCallWithBooking(db, callId)
  assertConductsCall(actor, found.booking, callNotFound)
  return found
}

/**
 * The participant a page's token stands for, checked against the caller: a citizen's or an
 * employee's token works only for the same person's session (R7.2).
 * @throws NOT_FOUND (no such call), FORBIDDEN (not a participant, or left), CALL_ENDED,
 *   NOT_ADMITTED (when `admitted` is required and the citizen still waits)
 */
export async function authenticateParticipant(
  db: Db,
  actor: Actor,
  callId: string,
  participantToken: string,
  options: { admitted: boolean },
): Promise<{ participant: ParticipantRow; call: CallRow }> {
  if (!isUuid(callId)) throw callNotFound()
  if (typeof participantToken !== 'string' || participantToken.length > 100) {
    throw notAParticipant()
  }
  const [row] = await db
    .select({ participant: callParticipants, call: calls, booking: bookings })
    .from(callParticipants)
    .innerJoin(calls, eq(calls.id, callParticipants.callId))
    .innerJoin(bookings, eq(bookings.id, calls.bookingId))
    .where(
      and(
        eq(callParticipants.tokenHash, hashToken(participantToken)),
        eq(callParticipants.callId, callId),
      ),
    )
  if (!row || !actsAsParticipant(actor, row.participant)) throw notAParticipant()
  // an employee's page runs the call only while they do (a handover takes it from them)
  if (row.participant.role === 'employee') assertConductsCall(actor, row.booking, callNotFound)
  if (!isLive(row.call)) throw callEnded()
  if (row.participant.leftAt) throw notAParticipant()
  if (options.admitted && !row.participant.admitted) throw notAdmitted()
  return row
}

export interface JoinCallInput {
  bookingId?: string | null
  invitationToken?: string | null
  /** An interpreter's name, asked on their page before the first join. */
  guestName?: string | null
  /** An interpreter's browser key, from their first join: a reload brings it back. */
  browserKey?: string | null
}

export interface JoinedCall {
  participant: ParticipantRow
  participantToken: string
  /** For an interpreter: the key binding the invitation to this browser. */
  browserKey?: string
  call: CallRow
  iceServers: IceServer[]
}

/**
 * A page joins a call as a new participant (R2.7, R6.1, R2.8): the booking's citizen (waiting
 * until admitted, or at once when the call already runs: a reload), the KEP's staff (at once),
 * or an interpreter by invitation (waiting until admitted, see joinByInvitation). The same
 * person's earlier page is marked left.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CALL_NOT_OPEN, CALL_ENDED, VALIDATION_FAILED
 */
export async function joinCall(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: JoinCallInput,
  services: CallServices,
  meta: RequestMeta = {},
): Promise<JoinedCall> {
  const now = clock.now()
  if (input.invitationToken) return joinByInvitation(db, now, actor, input, services, meta)
  if (!input.bookingId) {
    throw validationFailed([
      {
        field: 'input.bookingId',
        reason: 'required',
        message: {
          el: 'Δώστε το ραντεβού ή τον σύνδεσμο πρόσκλησης.',
          en: 'Give the appointment or the invitation link.',
        },
      },
    ])
  }
  if (actor.kind === 'anonymous') throw mustLogIn()
  if (actor.kind !== 'citizen' && actor.kind !== 'employee') throw staffOnly()
  const booking = await loadBooking(db, input.bookingId)
  if (!booking) throw bookingNotFound()
  const asCitizen = isBookingCitizen(actor, booking)
  // another citizen is told it does not exist, as another KEP's staff are
  if (!asCitizen && actor.kind === 'citizen') throw bookingNotFound()
  if (!asCitizen) assertConductsCall(actor, booking, bookingNotFound)
  await requireOpen(db, booking, now)

  let displayName = booking.fullName
  if (actor.kind === 'employee') {
    const [employee] = await db
      .select({ fullName: employees.fullName })
      .from(employees)
      .where(eq(employees.id, actor.employeeId))
    displayName = employee?.fullName ?? displayName
  }
  const token = newToken()
  const result = await db.transaction(async (tx) => {
    await tx.insert(calls).values({ bookingId: booking.id }).onConflictDoNothing()
    const [call] = await tx
      .select()
      .from(calls)
      .where(eq(calls.bookingId, booking.id))
      .for('update')
    if (!call || !isLive(call)) throw callEnded()
    const mine =
      actor.kind === 'citizen'
        ? eq(callParticipants.citizenId, actor.citizenId)
        : eq(callParticipants.employeeId, actor.employeeId)
    const left = await tx
      .update(callParticipants)
      .set({ leftAt: now })
      .where(and(eq(callParticipants.callId, call.id), isNull(callParticipants.leftAt), mine))
      .returning({ id: callParticipants.id })
    // A citizen waits to be let in, unless the call already runs (their page reloaded).
    const admitted = !asCitizen || call.status === 'in_call'
    const [participant] = await tx
      .insert(callParticipants)
      .values({
        callId: call.id,
        role: asCitizen ? 'citizen' : 'employee',
        citizenId: actor.kind === 'citizen' ? actor.citizenId : null,
        employeeId: actor.kind === 'employee' ? actor.employeeId : null,
        displayName,
        tokenHash: hashToken(token),
        admitted,
        joinedAt: now,
      })
      .returning()
    let current: CallRow = call
    if (asCitizen && !call.citizenJoinedAt) {
      const [updated] = await tx
        .update(calls)
        .set({ citizenJoinedAt: now })
        .where(eq(calls.id, call.id))
        .returning()
      current = updated ?? call
    }
    await recordAudit(tx, {
      actor,
      action: 'call.join',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
      details: { participantId: participant!.id, role: participant!.role },
    })
    return { call: current, participant: participant!, left: left.map((l) => l.id) }
  })
  const events: { type: CallEventType; participantId: string }[] = result.left.map((id) => ({
    type: 'left',
    participantId: id,
  }))
  events.push({
    type: result.participant.admitted ? 'joined' : 'waiting',
    participantId: result.participant.id,
  })
  publishCallEvents(services.pubsub, { id: result.call.id, kepId: booking.kepId }, events, now)
  return {
    participant: result.participant,
    participantToken: token,
    call: result.call,
    iceServers: iceServersFor(services.ice, result.participant.id, iceExpiryOf(booking)),
  }
}

/** The longest name an interpreter may give. */
export const maxGuestNameLength = 100

/**
 * The interpreter's name as given on their page: trimmed, 2 to 100 characters with a letter,
 * no control characters (NUL included) nor lone surrogates.
 * @throws VALIDATION_FAILED naming input.guestName
 */
export function checkGuestName(name: string | null | undefined, required: boolean): string | null {
  const trimmed = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : ''
  const refuse = (reason: string, el: string, en: string) =>
    validationFailed([{ field: 'input.guestName', reason, message: { el, en } }])
  if (trimmed === '') {
    if (!required) return null
    throw refuse('required', 'Γράψτε το ονοματεπώνυμό σας.', 'Please enter your full name.')
  }
  if (trimmed.length > maxGuestNameLength) {
    throw refuse(
      'too_long',
      `Το όνομα είναι έως ${maxGuestNameLength} χαρακτήρες.`,
      `The name is at most ${maxGuestNameLength} characters.`,
    )
  }
  if (/[\p{Cc}\p{Cs}]/u.test(trimmed) || !/\p{L}/u.test(trimmed) || trimmed.length < 2) {
    throw refuse(
      'invalid_format',
      'Γράψτε το ονοματεπώνυμό σας με γράμματα.',
      'Please write your full name in letters.',
    )
  }
  return trimmed
}

/**
 * R2.8, issue 11 defect 5: an interpreter joins without a login, with the invitation's token.
 * The first browser to use it gets a browser key (only its hash is kept) and binds the
 * invitation; later joins must bring that key (a reload of that browser rejoins), any other
 * browser is refused. The interpreter gives their name and waits until the employee admits
 * them, unless this browser was already admitted (a reload).
 */
async function joinByInvitation(
  db: Db,
  now: Date,
  actor: Actor,
  input: JoinCallInput,
  services: CallServices,
  meta: RequestMeta,
): Promise<JoinedCall> {
  if (actor.kind === 'api_client') throw notAParticipant()
  const invitationToken = input.invitationToken!
  const givenName = checkGuestName(input.guestName, false)
  const [found] =
    invitationToken.length <= 100
      ? await db
          .select({ invitation: callInvitations, call: calls, booking: bookings })
          .from(callInvitations)
          .innerJoin(calls, eq(calls.id, callInvitations.callId))
          .innerJoin(bookings, eq(bookings.id, calls.bookingId))
          .where(eq(callInvitations.tokenHash, hashToken(invitationToken)))
      : []
  if (!found || found.invitation.expiresAt.getTime() <= now.getTime()) {
    throw notAParticipant()
  }
  const { booking } = found
  if (!isLive(found.call)) throw callEnded()
  await requireOpen(db, booking, now)
  const token = newToken()
  const result = await db.transaction(async (tx) => {
    const call = await lockLiveCall(tx, found.call.id)
    const [invitation] = await tx
      .select()
      .from(callInvitations)
      .where(eq(callInvitations.id, found.invitation.id))
      .for('update')
    if (!invitation) throw notAParticipant()
    let browserKey: string
    let guestName: string
    if (invitation.browserKeyHash) {
      const key = input.browserKey
      if (
        typeof key !== 'string' ||
        key.length > 100 ||
        hashToken(key) !== invitation.browserKeyHash
      ) {
        throw invitationInUse()
      }
      browserKey = key
      guestName = invitation.guestName ?? givenName ?? ''
    } else {
      guestName = checkGuestName(input.guestName, true)!
      browserKey = newToken()
      await tx
        .update(callInvitations)
        .set({ browserKeyHash: hashToken(browserKey), guestName, usedAt: now })
        .where(eq(callInvitations.id, invitation.id))
    }
    const before = await tx
      .select({ id: callParticipants.id, admitted: callParticipants.admitted })
      .from(callParticipants)
      .where(eq(callParticipants.invitationId, invitation.id))
    const left = await tx
      .update(callParticipants)
      .set({ leftAt: now })
      .where(
        and(
          eq(callParticipants.callId, call.id),
          eq(callParticipants.invitationId, invitation.id),
          isNull(callParticipants.leftAt),
        ),
      )
      .returning({ id: callParticipants.id })
    const [participant] = await tx
      .insert(callParticipants)
      .values({
        callId: call.id,
        role: 'interpreter',
        invitationId: invitation.id,
        displayName: guestName,
        tokenHash: hashToken(token),
        // the employee let this browser in before: its reload comes back in
        admitted: before.some((p) => p.admitted),
        joinedAt: now,
      })
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'call.join',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
      details: {
        participantId: participant!.id,
        role: 'interpreter',
        invitationId: invitation.id,
        guestName,
        rejoin: invitation.browserKeyHash !== null,
      },
    })
    return { call, participant: participant!, left: left.map((l) => l.id), browserKey }
  })
  publishCallEvents(
    services.pubsub,
    { id: result.call.id, kepId: booking.kepId },
    [
      ...result.left.map((id) => ({ type: 'left' as const, participantId: id })),
      {
        type: result.participant.admitted ? 'joined' : 'waiting',
        participantId: result.participant.id,
      },
    ],
    now,
  )
  return {
    participant: result.participant,
    participantToken: token,
    browserKey: result.browserKey,
    call: result.call,
    iceServers: iceServersFor(services.ice, result.participant.id, iceExpiryOf(booking)),
  }
}

/**
 * The employee lets a waiting interpreter in (issue 11 defect 5), having seen their name.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CALL_ENDED, VALIDATION_FAILED (nobody waits)
 */
export async function admitInterpreter(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { callId: string; participantId: string },
  services: CallServices,
  meta: RequestMeta = {},
): Promise<CallRow> {
  const now = clock.now()
  const { booking } = await callForStaff(db, actor, input.callId)
  const result = await db.transaction(async (tx) => {
    const call = await lockLiveCall(tx, input.callId)
    const admitted = isUuid(input.participantId)
      ? await tx
          .update(callParticipants)
          .set({ admitted: true })
          .where(
            and(
              eq(callParticipants.id, input.participantId),
              eq(callParticipants.callId, call.id),
              eq(callParticipants.role, 'interpreter'),
              eq(callParticipants.admitted, false),
              isNull(callParticipants.leftAt),
            ),
          )
          .returning({ id: callParticipants.id, displayName: callParticipants.displayName })
      : []
    if (admitted.length === 0) {
      throw validationFailed([
        {
          field: 'input.participantId',
          reason: 'nobody_waiting',
          message: {
            el: 'Ο διερμηνέας δεν περιμένει στην αίθουσα αναμονής.',
            en: 'The interpreter is not in the waiting room.',
          },
        },
      ])
    }
    await recordAudit(tx, {
      actor,
      action: 'call.admit',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
      details: { participantId: input.participantId, role: 'interpreter' },
    })
    return call
  })
  publishCallEvents(
    services.pubsub,
    { id: result.id, kepId: booking.kepId },
    [{ type: 'admitted', participantId: input.participantId }],
    now,
  )
  return result
}

/**
 * The employee lets the waiting citizen in: the call runs, the booking is in progress.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CALL_ENDED, VALIDATION_FAILED (nobody waits)
 */
export async function admitCitizen(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { callId: string },
  services: CallServices,
  meta: RequestMeta = {},
): Promise<CallRow> {
  const now = clock.now()
  const { booking } = await callForStaff(db, actor, input.callId)
  const result = await db.transaction(async (tx) => {
    const call = await lockLiveCall(tx, input.callId)
    const waiting = await tx
      .update(callParticipants)
      .set({ admitted: true })
      .where(
        and(
          eq(callParticipants.callId, call.id),
          eq(callParticipants.role, 'citizen'),
          eq(callParticipants.admitted, false),
          isNull(callParticipants.leftAt),
        ),
      )
      .returning({ id: callParticipants.id })
    if (waiting.length === 0) {
      throw validationFailed([
        {
          field: 'input.callId',
          reason: 'nobody_waiting',
          message: {
            el: 'Ο πολίτης δεν περιμένει στην αίθουσα αναμονής.',
            en: 'The citizen is not in the waiting room.',
          },
        },
      ])
    }
    const [updated] = await tx
      .update(calls)
      .set({ status: 'in_call', admittedAt: call.admittedAt ?? now })
      .where(eq(calls.id, call.id))
      .returning()
    await setBookingStatusFromCall(tx, booking.id, 'in_progress', actor, now)
    await recordAudit(tx, {
      actor,
      action: 'call.admit',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
    })
    return { call: updated!, admitted: waiting.map((w) => w.id) }
  })
  publishCallEvents(
    services.pubsub,
    { id: result.call.id, kepId: booking.kepId },
    result.admitted.map((id) => ({ type: 'admitted', participantId: id })),
    now,
  )
  return result.call
}

/** A page leaves the call (closed, or hung up); the call itself goes on. */
export async function leaveCall(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { callId: string; participantToken: string },
  services: CallServices,
): Promise<CallRow> {
  const now = clock.now()
  const { participant } = await authenticateParticipant(
    db,
    actor,
    input.callId,
    input.participantToken,
    { admitted: false },
  )
  await db
    .update(callParticipants)
    .set({ leftAt: now })
    .where(and(eq(callParticipants.id, participant.id), isNull(callParticipants.leftAt)))
  const { call, booking } = await loadCallWithBooking(db, input.callId)
  publishCallEvents(
    services.pubsub,
    { id: call.id, kepId: booking.kepId },
    [{ type: 'left', participantId: participant.id }],
    now,
  )
  return call
}

/**
 * R6.3: after the identity check, a participant turns their video off (audio only) or on again.
 * `calls.audio_only` says whether anyone in the call has their video off.
 * @throws IDENTITY_NOT_VERIFIED before the check; participant errors as authenticateParticipant
 */
export async function setVideoEnabled(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { callId: string; participantToken: string; enabled: boolean },
  services: CallServices,
): Promise<CallRow> {
  const now = clock.now()
  const { participant, call } = await authenticateParticipant(
    db,
    actor,
    input.callId,
    input.participantToken,
    { admitted: true },
  )
  if (call.identityVerified !== true) throw identityNotVerified()
  const updated = await db.transaction(async (tx) => {
    // The call's row lock serialises toggles in one call: each computes audio_only after the
    // previous one committed (its statements see it), so two at once cannot both miss the other.
    await lockLiveCall(tx, call.id)
    await tx
      .update(callParticipants)
      .set({ videoEnabled: input.enabled })
      .where(eq(callParticipants.id, participant.id))
    const [row] = await tx
      .update(calls)
      .set({
        audioOnly: sql`exists (select 1 from ${callParticipants} where ${callParticipants.callId} = ${call.id} and ${callParticipants.leftAt} is null and not ${callParticipants.videoEnabled})`,
      })
      .where(eq(calls.id, call.id))
      .returning()
    return row!
  })
  const { booking } = await loadCallWithBooking(db, call.id)
  publishCallEvents(
    services.pubsub,
    { id: call.id, kepId: booking.kepId },
    [{ type: input.enabled ? 'video_on' : 'audio_only', participantId: participant.id }],
    now,
  )
  return updated
}

export interface SendSignalInput {
  callId: string
  participantToken: string
  to: string
  negotiationId: string
  payload: Record<string, unknown>
}

const badRecipient = (): FieldError => ({
  field: 'input.to',
  reason: 'not_in_call',
  message: {
    el: 'Ο παραλήπτης δεν είναι (πια) στην κλήση.',
    en: 'The recipient is not (or no longer) in the call.',
  },
})

/**
 * Puts a WebRTC signal into the call's mailbox for one participant and pushes it to them.
 * Sender and recipient are active, admitted participants. The sequence number comes from the
 * call's counter, bumped by UPDATE … RETURNING in the same transaction as the insert: the row
 * lock orders concurrent senders, so numbers are distinct and, commits only, gap-free.
 * @throws SIGNAL_TOO_LARGE, VALIDATION_FAILED, CALL_ENDED, participant errors
 */
export async function sendSignal(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: SendSignalInput,
  services: CallServices,
): Promise<{ seq: number }> {
  const now = clock.now()
  if (Buffer.byteLength(JSON.stringify(input.payload), 'utf8') > maxSignalBytes) {
    throw signalTooLarge(maxSignalBytes)
  }
  if (!/^[\w.:-]{1,100}$/.test(input.negotiationId)) {
    throw validationFailed([
      {
        field: 'input.negotiationId',
        reason: 'invalid_format',
        message: {
          el: 'Μη έγκυρο αναγνωριστικό διαπραγμάτευσης.',
          en: 'Not a valid negotiation id.',
        },
      },
    ])
  }
  const { participant } = await authenticateParticipant(
    db,
    actor,
    input.callId,
    input.participantToken,
    { admitted: true },
  )
  if (!isUuid(input.to) || input.to === participant.id) throw validationFailed([badRecipient()])
  const seq = await db.transaction(async (tx) => {
    const [counter] = await tx
      .update(calls)
      .set({ signalSeq: sql`${calls.signalSeq} + 1` })
      .where(and(eq(calls.id, input.callId), inArray(calls.status, [...liveStatuses])))
      .returning({ seq: calls.signalSeq })
    if (!counter) throw callEnded()
    if (counter.seq > maxSignalsPerCall) throw signalTooLarge(maxSignalBytes, maxSignalsPerCall)
    const [recipient] = await tx
      .select({ id: callParticipants.id })
      .from(callParticipants)
      .where(
        and(
          eq(callParticipants.id, input.to),
          eq(callParticipants.callId, input.callId),
          eq(callParticipants.admitted, true),
          isNull(callParticipants.leftAt),
        ),
      )
    if (!recipient) throw validationFailed([badRecipient()])
    await tx.insert(callSignals).values({
      callId: input.callId,
      seq: counter.seq,
      senderSessionId: participant.id,
      recipientSessionId: input.to,
      negotiationId: input.negotiationId,
      payload: input.payload,
      createdAt: now,
    })
    return counter.seq
  })
  const message: CallSignalMessage = {
    seq,
    from: participant.id,
    to: input.to,
    negotiationId: input.negotiationId,
    payload: input.payload,
    at: now.toISOString(),
  }
  services.pubsub.publish(topics.signalsTo(input.to), message)
  return { seq }
}

/** A replay page holds at most this many signals. */
export const maxSignalsPerPage = 500

export interface SignalPage {
  signals: CallSignalMessage[]
  /** More signals follow the last one: ask again after its seq. */
  hasMore: boolean
}

/** The signals addressed to a participant after `afterSeq`, in order: the next `first` of them. */
export async function signalsAfter(
  db: Db,
  callId: string,
  participantId: string,
  afterSeq: number,
  first: number = maxSignalsPerPage,
): Promise<SignalPage> {
  const rows = await db
    .select()
    .from(callSignals)
    .where(
      and(
        eq(callSignals.callId, callId),
        eq(callSignals.recipientSessionId, participantId),
        gt(callSignals.seq, afterSeq),
      ),
    )
    .orderBy(asc(callSignals.seq))
    .limit(first + 1)
  return {
    signals: rows.slice(0, first).map((r) => ({
      seq: r.seq,
      from: r.senderSessionId,
      to: r.recipientSessionId ?? participantId,
      negotiationId: r.negotiationId,
      payload: r.payload as Record<string, unknown>,
      at: r.createdAt.toISOString(),
    })),
    hasMore: rows.length > first,
  }
}

/** @throws VALIDATION_FAILED for a negative afterSeq or a page size outside 1…500 */
export function checkReplayArgs(afterSeq: number, first: number): void {
  const fields: FieldError[] = []
  if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) {
    fields.push({
      field: 'afterSeq',
      reason: 'out_of_range',
      message: {
        el: 'Ο αριθμός σήματος πρέπει να είναι 0 ή μεγαλύτερος.',
        en: 'The signal number must be 0 or more.',
      },
    })
  }
  if (!Number.isSafeInteger(first) || first < 1 || first > maxSignalsPerPage) {
    fields.push({
      field: 'first',
      reason: 'out_of_range',
      message: {
        el: `Ζητήστε από 1 έως ${maxSignalsPerPage} σήματα τη φορά.`,
        en: `Ask for 1 to ${maxSignalsPerPage} signals at a time.`,
      },
    })
  }
  if (fields.length > 0) throw validationFailed(fields)
}

/**
 * What a participant missed (after a reconnect): the next page of its mailbox after
 * `afterSeq`, the last seq it saw. Page on with the last seq returned while `hasMore`.
 * @throws VALIDATION_FAILED (arguments), participant errors (admitted participants only)
 */
export async function missedSignals(
  db: Db,
  actor: Actor,
  input: { callId: string; participantToken: string; afterSeq: number; first?: number | null },
): Promise<SignalPage> {
  const first = input.first ?? maxSignalsPerPage
  checkReplayArgs(input.afterSeq, first)
  const { participant } = await authenticateParticipant(
    db,
    actor,
    input.callId,
    input.participantToken,
    { admitted: true },
  )
  return signalsAfter(db, input.callId, participant.id, input.afterSeq, first)
}

/** The ICE servers of a participant (credentials until an hour after the slot). */
export async function iceServersOf(
  db: Db,
  actor: Actor,
  input: { callId: string; participantToken: string },
  services: CallServices,
): Promise<IceServer[]> {
  const { participant } = await authenticateParticipant(
    db,
    actor,
    input.callId,
    input.participantToken,
    { admitted: false },
  )
  const { booking } = await loadCallWithBooking(db, input.callId)
  return iceServersFor(services.ice, participant.id, iceExpiryOf(booking))
}

export interface StaffAppointment {
  booking: Booking
  call: CallRow | null
}

/**
 * The employee's day (issue 7, the call console): their KEP's appointments of an Athens day
 * (default today), cancelled ones left out, by start, each with its call if one began.
 * @throws UNAUTHENTICATED, FORBIDDEN
 */
export async function kepCalls(
  db: Db,
  clock: Clock,
  actor: Actor,
  date: string | null | undefined,
  meta: RequestMeta = {},
): Promise<StaffAppointment[]> {
  if (actor.kind === 'anonymous') throw mustLogIn()
  if (actor.kind !== 'employee') throw staffOnly()
  const day = date
    ? DateTime.fromISO(date, { zone: 'Europe/Athens' })
    : DateTime.fromJSDate(clock.now(), { zone: 'Europe/Athens' })
  const start = day.startOf('day')
  const end = start.plus({ days: 1 })
  const rows = await db
    .select({ booking: bookings, call: calls })
    .from(bookings)
    .leftJoin(calls, eq(calls.bookingId, bookings.id))
    .where(
      and(
        eq(bookings.kepId, actor.kepId),
        gte(bookings.startsAt, start.toJSDate()),
        lt(bookings.startsAt, end.toJSDate()),
        ne(bookings.status, 'cancelled'),
      ),
    )
    .orderBy(asc(bookings.startsAt))
  // R7.2: staff reading people's details leave a trace — one entry for the day's list.
  await recordAudit(db, {
    actor,
    action: 'kep.calls.read',
    entity: 'kep',
    entityId: actor.kepId,
    ip: meta.ip,
    at: clock.now(),
    details: { date: start.toISODate(), count: rows.length },
  })
  return rows
}

/** The active participants of calls, for the Call.participants field. */
export async function activeParticipantsOf(
  db: Db,
  callIds: readonly string[],
): Promise<ParticipantRow[]> {
  if (callIds.length === 0) return []
  return db
    .select()
    .from(callParticipants)
    .where(and(inArray(callParticipants.callId, [...callIds]), isNull(callParticipants.leftAt)))
    .orderBy(asc(callParticipants.joinedAt))
}

/**
 * Ends a call inside the caller's transaction: everyone leaves and the signalling mailbox is
 * deleted (signals are ephemeral, R7.3).
 */
export async function closeCall(
  tx: Db,
  callId: string,
  status: 'ended' | 'no_show',
  now: Date,
): Promise<CallRow> {
  const [call] = await tx
    .update(calls)
    .set({ status, endedAt: now })
    .where(eq(calls.id, callId))
    .returning()
  await tx
    .update(callParticipants)
    .set({ leftAt: now })
    .where(and(eq(callParticipants.callId, callId), isNull(callParticipants.leftAt)))
  await tx.delete(callSignals).where(eq(callSignals.callId, callId))
  return call!
}
