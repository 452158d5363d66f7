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
import { employees } from '../identity/identity.table.js'

export const callStatus = pgEnum('call_status', ['waiting', 'in_call', 'ended', 'no_show'])

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
  identityDocumentType: text(),
  /** Hash of the document number: enough to show that this document was checked, not to read it. */
  identityDocumentNumberHash: text(),
  identityVerified: boolean(),
  identityCheckedBy: uuid().references(() => employees.id),
  identityCheckedAt: timestamp({ withTimezone: true }),
  kedReference: text(),
})

/** The per-call signalling mailbox (WebRTC offers, answers, candidates); deleted at call end. */
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
