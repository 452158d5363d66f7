import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { and, count, eq, isNull, lt } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError, notFound, validationFailed } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { fieldError } from './booking.validation.js'
import { bookings, documents } from './bookings.table.js'

// Legitimising documents (R2.2 e): checked by content, encrypted at rest with AES-256-GCM,
// readable by their owner and the staff of the booking's KEP only, deleted after retention.

export const maxDocumentBytes = 10 * 1024 * 1024
/** Uploads never attached to a booking are deleted after a day. */
const unattachedLifetimeMs = 24 * 3_600_000
const maxPendingUploads = 20

export type DocumentType = 'application/pdf' | 'image/jpeg' | 'image/png'

/** The type of a file by its first bytes — never by its name or the type the client claims. */
export function sniffType(bytes: Uint8Array): DocumentType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf' // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  return null
}

export interface StoredDocument {
  id: string
  fileName: string
  mimeType: string
  sizeBytes: number
}

const tooLarge = () =>
  validationFailed([
    fieldError(
      'file',
      'too_large',
      'Το αρχείο είναι μεγαλύτερο από 10 MB. Ανεβάστε μικρότερο (π.χ. φωτογραφία σε χαμηλότερη ανάλυση).',
      'The file is larger than 10 MB. Please upload a smaller one (e.g. a photo at a lower resolution).',
    ),
  ])

/** Keeps a file name readable but harmless: no paths, no control characters, not too long. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const clean = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f' && !'"<>'.includes(c))
    .join('')
    .trim()
    .slice(0, 200)
  return clean || 'document'
}

/**
 * Stores an upload of the calling citizen, encrypted.
 * @throws DomainError FORBIDDEN (not a citizen), VALIDATION_FAILED (empty, too large, wrong
 *   type, too many pending uploads).
 */
export async function storeDocument(
  db: Db,
  clock: Clock,
  actor: Actor,
  key: Buffer,
  file: { fileName: string; bytes: Uint8Array; truncated?: boolean },
  meta: { ip?: string } = {},
): Promise<StoredDocument> {
  if (actor.kind !== 'citizen') {
    throw new DomainError('FORBIDDEN', {
      el: 'Μόνο ο πολίτης μπορεί να ανεβάσει έγγραφα για το ραντεβού του.',
      en: 'Only the citizen can upload documents for their appointment.',
    })
  }
  if (file.truncated || file.bytes.length > maxDocumentBytes) throw tooLarge()
  if (file.bytes.length === 0) {
    throw validationFailed([
      fieldError('file', 'empty', 'Το αρχείο είναι κενό.', 'The file is empty.'),
    ])
  }
  const mimeType = sniffType(file.bytes)
  if (!mimeType) {
    throw validationFailed([
      fieldError(
        'file',
        'wrong_type',
        'Δεκτά αρχεία: PDF, JPEG ή PNG. Το αρχείο σας δεν είναι κανένα από αυτά.',
        'Accepted files: PDF, JPEG or PNG. Your file is none of these.',
      ),
    ])
  }
  const now = clock.now()
  const [pending] = await db
    .select({ n: count() })
    .from(documents)
    .where(and(eq(documents.ownerCitizenId, actor.citizenId), isNull(documents.bookingId)))
  if ((pending?.n ?? 0) >= maxPendingUploads) {
    throw validationFailed([
      fieldError(
        'file',
        'too_many_pending',
        'Έχετε ανεβάσει πολλά έγγραφα χωρίς ραντεβού. Ολοκληρώστε την κράτηση ή δοκιμάστε αύριο.',
        'You have uploaded many documents without a booking. Finish the booking or try tomorrow.',
      ),
    ])
  }
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(file.bytes), cipher.final()])
  // The row and its audit line together or neither: no document without its trace.
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(documents)
      .values({
        ownerCitizenId: actor.citizenId,
        fileName: cleanFileName(file.fileName),
        mimeType,
        sizeBytes: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        iv,
        authTag: cipher.getAuthTag(),
        ciphertext,
        createdAt: now,
        deleteAfter: new Date(now.getTime() + unattachedLifetimeMs),
      })
      .returning({
        id: documents.id,
        fileName: documents.fileName,
        mimeType: documents.mimeType,
        sizeBytes: documents.sizeBytes,
      })
    await recordAudit(tx, {
      actor,
      action: 'document.upload',
      entity: 'document',
      entityId: row!.id,
      ip: meta.ip,
      at: now,
      details: { mimeType, sizeBytes: file.bytes.length },
    })
    return row!
  })
}

/**
 * A document's content, for its owner or the staff of its booking's KEP.
 * @throws DomainError NOT_FOUND for anyone else (no hint whether it exists).
 */
export async function readDocument(
  db: Db,
  actor: Actor,
  key: Buffer,
  id: string,
  meta: { ip?: string } = {},
): Promise<StoredDocument & { bytes: Buffer; bookingId: string | null }> {
  const [row] = isUuid(id)
    ? await db
        .select({ doc: documents, kepId: bookings.kepId })
        .from(documents)
        .leftJoin(bookings, eq(bookings.id, documents.bookingId))
        .where(eq(documents.id, id))
    : []
  const allowed =
    row &&
    ((actor.kind === 'citizen' && actor.citizenId === row.doc.ownerCitizenId) ||
      (actor.kind === 'employee' && row.kepId !== null && actor.kepId === row.kepId))
  if (!row || !allowed) throw notFound({ el: 'Το έγγραφο', en: 'The document' })
  if (actor.kind === 'employee') {
    // R7.2: an employee opening a citizen's document leaves a trace.
    await recordAudit(db, {
      actor,
      action: 'document.read',
      entity: 'document',
      entityId: row.doc.id,
      ip: meta.ip,
      details: { bookingId: row.doc.bookingId },
    })
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(row.doc.iv))
  decipher.setAuthTag(Buffer.from(row.doc.authTag))
  const bytes = Buffer.concat([decipher.update(Buffer.from(row.doc.ciphertext)), decipher.final()])
  return {
    id: row.doc.id,
    fileName: row.doc.fileName,
    mimeType: row.doc.mimeType,
    sizeBytes: row.doc.sizeBytes,
    bookingId: row.doc.bookingId,
    bytes,
  }
}

/** Deletes every document past its retention; returns how many. Run by a periodic job. */
export async function deleteExpiredDocuments(db: Db, clock: Clock): Promise<number> {
  const deleted = await db
    .delete(documents)
    .where(lt(documents.deleteAfter, clock.now()))
    .returning({ id: documents.id })
  return deleted.length
}
