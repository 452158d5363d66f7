import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { bookings, deliveryMethod } from '../bookings/bookings.table.js'
import { citizens, employees } from '../identity/identity.table.js'

export const callStatus = pgEnum('call_status', ['waiting', 'in_call', 'ended', 'no_show'])

export const callRole = pgEnum('call_role', ['citizen', 'employee', 'interpreter'])

/**
 * The video call of a booking. Media flows peer to peer; nothing of the call is stored (R7.3):
 * only its states and the identity check's result, never an image.
 */
export const calls = pgTable('calls', {
  id: uuid().primaryKey().defaultRandom(),
  bookingId: uuid()
    .notNull()
    .unique()
    .references(() => bookings.id),
  status: callStatus().notNull().default('waiting'),
  citizenJoinedAt: timestamp({ withTimezone: true }),
  admittedAt: timestamp({ withTimezone: true }),
  endedAt: timestamp({ withTimezone: true }),
  audioOnly: boolean().notNull().default(false),
  // R1.3, R6.2, R7.1: the identity check
  /** When the employee last asked the citizen to hold their document to the camera. */
  identityDocumentRequestedAt: timestamp({ withTimezone: true }),
  identityDocumentType: text(),
  /** Hash of the document number: enough to show that this document was checked, not to read it. */
  identityDocumentNumberHash: text(),
  identityVerified: boolean(),
  identityCheckedBy: uuid().references(() => employees.id),
  identityCheckedAt: timestamp({ withTimezone: true }),
  kedReference: text(),
  /** The mailbox's last sequence number: bumped with UPDATE … RETURNING, so seqs never clash. */
  signalSeq: integer().notNull().default(0),
  // The last KED answer in this call: confirmIdentity(verified) needs a VALID one for the same
  // document, of the booking's person (last_ked_status VALID_NOT_MATCHED otherwise, see
  // identity-check.service.ts). The holder's data are shown to the employee and never stored.
  lastKedDocumentType: text(),
  lastKedNumberHash: text(),
  lastKedStatus: text(),
  lastKedReference: text(),
  lastKedAt: timestamp({ withTimezone: true }),
})

/**
 * One browser page in a call. A page proves it is this participant with a random token (only its
 * SHA-256 here); a reload joins afresh as a new participant and the old one is marked left.
 */
export const callParticipants = pgTable(
  'call_participants',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    role: callRole().notNull(),
    citizenId: uuid().references(() => citizens.id),
    employeeId: uuid().references(() => employees.id),
    invitationId: uuid().references(() => callInvitations.id, { onDelete: 'cascade' }),
    displayName: text().notNull(),
    tokenHash: text().notNull().unique(),
    admitted: boolean().notNull().default(false),
    videoEnabled: boolean().notNull().default(true),
    joinedAt: timestamp({ withTimezone: true }).notNull(),
    leftAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.callId, t.leftAt)],
)

/**
 * The per-call signalling mailbox (WebRTC offers, answers, candidates); deleted at call end.
 * The "session" of sender and recipient is a call participant (one browser page).
 */
export const callSignals = pgTable(
  'call_signals',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    senderSessionId: uuid().notNull(),
    recipientSessionId: uuid(),
    negotiationId: text().notNull(),
    payload: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.callId, t.seq)],
)

/** One-time links for a third person (e.g. a sign-language interpreter, R2.8). */
export const callInvitations = pgTable(
  'call_invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    email: text(),
    invitedBy: uuid()
      .notNull()
      .references(() => employees.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    /**
     * The browser the link was first used in (issue 11 defect 5): the SHA-256 of the key that
     * browser received then; another browser is refused.
     */
    browserKeyHash: text(),
    /** The name the interpreter gave before joining, shown to the employee and audited. */
    guestName: text(),
  },
  (t) => [index().on(t.callId)],
)

/** The join link of a booking (R2.5): a random token, stored hashed, valid around the slot. */
export const joinTokens = pgTable('join_tokens', {
  id: uuid().primaryKey().defaultRandom(),
  bookingId: uuid()
    .notNull()
    .references(() => bookings.id, { onDelete: 'cascade' }),
  tokenHash: text().notNull().unique(),
  validFrom: timestamp({ withTimezone: true }).notNull(),
  validUntil: timestamp({ withTimezone: true }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/** The "successful submission form" (έντυπο επιτυχούς καταχώρισης) — the call's outcome (R7.3). */
export const submissionRecords = pgTable('submission_records', {
  id: uuid().primaryKey().defaultRandom(),
  bookingId: uuid()
    .notNull()
    .unique()
    .references(() => bookings.id),
  callId: uuid().references(() => calls.id),
  protocolNumber: text().notNull(),
  filedDescription: text().notNull(),
  deliveryMethod: deliveryMethod().notNull(),
  notes: text(),
  recordedBy: uuid()
    .notNull()
    .references(() => employees.id),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
