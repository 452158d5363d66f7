import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { auditLog } from '../audit/index.js'
import { bookingEvents, bookings, documents } from '../bookings/index.js'
import { callInvitations, callParticipants, calls, submissionRecords } from '../calls/index.js'
import { keps, procedures } from '../catalog/index.js'
import { citizens, sessions } from '../identity/index.js'
import { outbox } from '../notifications/index.js'

// Issue 19 item 3 (GDPR Art. 15 and 20): everything held about one citizen, for them to
// download. Each part is read by the citizen's id, never by a name or an email, so another
// person with the same name or address never appears in it. Secrets (tokens and their hashes,
// join links, document contents and their encryption) are left out: they describe nothing about
// the person and would only help someone who got hold of the file.

/** The version of the file's shape: bumped when a field is renamed or removed. */
export const myDataFormat = 1

export type MyData = Awaited<ReturnType<typeof collectMyData>>

/** Everything about the citizen `citizenId`, read in one snapshot; null when there is no such citizen. */
export async function collectMyData(db: Db, citizenId: string, now: Date) {
  return db.transaction(
    async (tx) => {
      const [person] = await tx
        .select({
          id: citizens.id,
          firstName: citizens.firstName,
          lastName: citizens.lastName,
          email: citizens.email,
          phone: citizens.phone,
          postalAddress: citizens.postalAddress,
          locale: citizens.locale,
          createdAt: citizens.createdAt,
          lastLoginAt: citizens.lastLoginAt,
        })
        .from(citizens)
        .where(eq(citizens.id, citizenId))
      if (!person) return null
      const theirBookings = await bookingsOf(tx, citizenId)
      const bookingIds = theirBookings.map((b) => b.id)
      const [events, docs, theirCalls, records, emails, theirSessions, audit] = await Promise.all([
        eventsOf(tx, bookingIds),
        documentsOf(tx, citizenId),
        callsOf(tx, bookingIds),
        submissionRecordsOf(tx, bookingIds),
        emailsOf(tx, bookingIds),
        sessionsOf(tx, citizenId),
        auditOf(tx, citizenId),
      ])
      return {
        format: myDataFormat,
        generatedAt: now.toISOString(),
        citizen: {
          ...person,
          taxNumber:
            'Held as a keyed hash (HMAC), which cannot be turned back into the number; in clear only with a login session while it lasts.',
        },
        bookings: theirBookings.map((b) => ({
          ...b,
          events: events.filter((e) => e.bookingId === b.id),
          documents: docs.filter((d) => d.bookingId === b.id),
          call: theirCalls.find((c) => c.bookingId === b.id) ?? null,
          submissionRecord: records.find((r) => r.bookingId === b.id) ?? null,
          emails: emails.filter((m) => m.bookingId === b.id),
        })),
        /** Documents uploaded but never attached to a booking (deleted after the retention). */
        unattachedDocuments: docs.filter((d) => d.bookingId === null),
        sessions: theirSessions,
        auditEntries: audit,
      }
    },
    { accessMode: 'read only', isolationLevel: 'repeatable read' },
  )
}

function bookingsOf(tx: Db, citizenId: string) {
  return tx
    .select({
      id: bookings.id,
      reference: bookings.reference,
      status: bookings.status,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      procedureId: bookings.procedureId,
      procedureTitleEl: procedures.titleEl,
      procedureTitleEn: procedures.titleEn,
      kepId: bookings.kepId,
      kepNameEl: keps.nameEl,
      kepNameEn: keps.nameEn,
      fullName: bookings.fullName,
      email: bookings.email,
      phone: bookings.phone,
      postalAddress: bookings.postalAddress,
      needsSignLanguage: bookings.needsSignLanguage,
      needsLipReading: bookings.needsLipReading,
      otherRequirements: bookings.otherRequirements,
      deliveryMethod: bookings.deliveryMethod,
      businessTaxId: bookings.businessTaxId,
      businessName: bookings.businessName,
      // issue 19 item 6: the registry's answer on the representation (its hashes stay out)
      representationStatus: bookings.representationStatus,
      representationCheckedAt: bookings.representationCheckedAt,
      representationReference: bookings.representationReference,
      locale: bookings.locale,
      createdAt: bookings.createdAt,
      updatedAt: bookings.updatedAt,
      cancelledAt: bookings.cancelledAt,
      pseudonymisedAt: bookings.pseudonymisedAt,
    })
    .from(bookings)
    .innerJoin(procedures, eq(procedures.id, bookings.procedureId))
    .innerJoin(keps, eq(keps.id, bookings.kepId))
    .where(eq(bookings.citizenId, citizenId))
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
}

function eventsOf(tx: Db, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([])
  return tx
    .select({
      bookingId: bookingEvents.bookingId,
      action: bookingEvents.action,
      actorKind: bookingEvents.actorKind,
      at: bookingEvents.at,
      fromStartsAt: bookingEvents.fromStartsAt,
      toStartsAt: bookingEvents.toStartsAt,
      details: bookingEvents.details,
    })
    .from(bookingEvents)
    .where(inArray(bookingEvents.bookingId, bookingIds))
    .orderBy(asc(bookingEvents.at), asc(bookingEvents.id))
}

/** Names, types and sizes only: the content is the citizen's own file, encrypted here. */
function documentsOf(tx: Db, citizenId: string) {
  return tx
    .select({
      id: documents.id,
      bookingId: documents.bookingId,
      fileName: documents.fileName,
      mimeType: documents.mimeType,
      sizeBytes: documents.sizeBytes,
      createdAt: documents.createdAt,
      deleteAfter: documents.deleteAfter,
    })
    .from(documents)
    .where(eq(documents.ownerCitizenId, citizenId))
    .orderBy(asc(documents.createdAt), asc(documents.id))
}

/** The call of each booking: its times, the identity check's result, who else was invited. */
async function callsOf(tx: Db, bookingIds: string[]) {
  if (bookingIds.length === 0) return []
  const rows = await tx
    .select({
      id: calls.id,
      bookingId: calls.bookingId,
      status: calls.status,
      citizenJoinedAt: calls.citizenJoinedAt,
      admittedAt: calls.admittedAt,
      endedAt: calls.endedAt,
      audioOnly: calls.audioOnly,
      identityDocumentType: calls.identityDocumentType,
      identityVerified: calls.identityVerified,
      identityCheckedAt: calls.identityCheckedAt,
      kedReference: calls.kedReference,
    })
    .from(calls)
    .where(inArray(calls.bookingId, bookingIds))
  const callIds = rows.map((c) => c.id)
  if (callIds.length === 0) return []
  const [participants, invitations] = await Promise.all([
    tx
      .select({
        callId: callParticipants.callId,
        role: callParticipants.role,
        displayName: callParticipants.displayName,
        joinedAt: callParticipants.joinedAt,
        leftAt: callParticipants.leftAt,
      })
      .from(callParticipants)
      .where(and(inArray(callParticipants.callId, callIds), eq(callParticipants.role, 'citizen')))
      .orderBy(asc(callParticipants.joinedAt)),
    tx
      .select({
        callId: callInvitations.callId,
        email: callInvitations.email,
        guestName: callInvitations.guestName,
        createdAt: callInvitations.createdAt,
        expiresAt: callInvitations.expiresAt,
        usedAt: callInvitations.usedAt,
      })
      .from(callInvitations)
      .where(inArray(callInvitations.callId, callIds))
      .orderBy(asc(callInvitations.createdAt)),
  ])
  return rows.map((c) => ({
    ...c,
    citizenConnections: participants.filter((p) => p.callId === c.id),
    invitations: invitations.filter((i) => i.callId === c.id),
  }))
}

function submissionRecordsOf(tx: Db, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([])
  return tx
    .select({
      bookingId: submissionRecords.bookingId,
      protocolNumber: submissionRecords.protocolNumber,
      filedDescription: submissionRecords.filedDescription,
      deliveryMethod: submissionRecords.deliveryMethod,
      notes: submissionRecords.notes,
      recordedAt: submissionRecords.recordedAt,
    })
    .from(submissionRecords)
    .where(inArray(submissionRecords.bookingId, bookingIds))
}

/** The emails about their bookings: what, to whom, when; not the links they carried. */
function emailsOf(tx: Db, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([])
  return tx
    .select({
      bookingId: outbox.bookingId,
      kind: outbox.kind,
      recipient: outbox.recipient,
      locale: outbox.locale,
      status: outbox.status,
      dueAt: outbox.dueAt,
      sentAt: outbox.sentAt,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(inArray(outbox.bookingId, bookingIds))
    .orderBy(asc(outbox.createdAt), asc(outbox.id))
}

function sessionsOf(tx: Db, citizenId: string) {
  return tx
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      revokedAt: sessions.revokedAt,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.principalKind, 'citizen'), eq(sessions.principalId, citizenId)))
    .orderBy(asc(sessions.createdAt))
}

/** What the citizen did, as the audit trail recorded it. */
function auditOf(tx: Db, citizenId: string) {
  return tx
    .select({
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      ipAddress: auditLog.ipAddress,
    })
    .from(auditLog)
    .where(and(eq(auditLog.actorKind, 'citizen'), eq(auditLog.actorId, citizenId)))
    .orderBy(asc(auditLog.id))
}
