import { eq } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { validationFailed, type FieldError } from '../../platform/errors.js'
import { foldForSearch } from '../../platform/text.js'
import { auditHmac, recordAudit } from '../audit/index.js'
import { callEnded } from './calls.errors.js'
import { publishCallEvents } from './calls.events.js'
import {
  callForStaff,
  isLive,
  lockLiveCall,
  type CallRow,
  type CallServices,
  type RequestMeta,
} from './calls.service.js'
import { calls } from './calls.table.js'
import {
  identityDocumentTypes,
  normaliseDocumentNumber,
  type IdentityDocumentType,
  type KedHolder,
  type KedStatus,
} from './ked.client.js'

export interface DocumentInput {
  callId: string
  documentType: IdentityDocumentType
  documentNumber: string
}

export interface DocumentCheckResult {
  status: KedStatus
  holder: KedHolder | null
  kedReference: string | null
  matchesBooking: boolean | null
}

/** Both the document's type and number, or the fields that are wrong. */
function checkDocument(input: DocumentInput): string {
  const errors: FieldError[] = []
  if (!identityDocumentTypes.includes(input.documentType)) {
    errors.push({
      field: 'input.documentType',
      reason: 'invalid',
      message: { el: 'Άγνωστο είδος εγγράφου.', en: 'Unknown kind of document.' },
    })
  }
  const number = normaliseDocumentNumber(input.documentType, input.documentNumber)
  if (!/^[\p{L}\d]{4,20}$/u.test(number)) {
    errors.push({
      field: 'input.documentNumber',
      reason: number.length === 0 ? 'required' : 'invalid_format',
      message: {
        el: 'Γράψτε τον αριθμό του εγγράφου όπως είναι τυπωμένος (4 έως 20 γράμματα και ψηφία).',
        en: 'Type the document’s number as printed (4 to 20 letters and digits).',
      },
    })
  }
  if (errors.length > 0) throw validationFailed(errors)
  return number
}

/** The same person: the same words of the name, whatever their order, accents or case. */
export function sameName(holder: KedHolder, fullName: string): boolean {
  const words = (s: string) =>
    foldForSearch(s)
      .split(/[\s-]+/)
      .filter(Boolean)
      .sort()
      .join(' ')
  return words(`${holder.firstName} ${holder.lastName}`) === words(fullName)
}

/**
 * R6.2: the employee asks the citizen to hold their identity document to the camera; the
 * citizen's page shows how to frame it and says so aloud. Asking again (another document, a
 * blurred view) is allowed until the call ends.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CALL_ENDED, VALIDATION_FAILED (not let in yet)
 */
export async function requestIdentityDocument(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { callId: string },
  services: CallServices,
  meta: RequestMeta = {},
): Promise<CallRow> {
  const { booking } = await callForStaff(db, actor, input.callId)
  const now = clock.now()
  const updated = await db.transaction(async (tx) => {
    const call = await lockLiveCall(tx, input.callId)
    if (call.status === 'waiting') {
      throw validationFailed([
        {
          field: 'input.callId',
          reason: 'not_admitted',
          message: {
            el: 'Πρώτα δεχτείτε τον πολίτη στην κλήση.',
            en: 'Let the citizen into the call first.',
          },
        },
      ])
    }
    const [row] = await tx
      .update(calls)
      .set({ identityDocumentRequestedAt: now })
      .where(eq(calls.id, call.id))
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'call.identity_document_request',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
    })
    return row!
  })
  publishCallEvents(
    services.pubsub,
    { id: updated.id, kepId: booking.kepId },
    [{ type: 'document_requested', participantId: null }],
    now,
  )
  return updated
}

/**
 * What the call keeps of KED's last answer (calls.last_ked_status): KED's status, except that a
 * VALID document whose holder is not shown to be the booking's person (another name, or no holder
 * in the answer) is kept as VALID_NOT_MATCHED: the holder's name itself is never stored, and
 * confirmIdentity must still tell the two apart.
 */
export type KedVerdict = KedStatus | 'VALID_NOT_MATCHED'

/**
 * R6.2, R7.1: the employee checks the document the citizen shows through KED. The holder's data
 * go back to the employee and are not stored; the call keeps the verdict (type, keyed hash of the
 * number, status or VALID_NOT_MATCHED, reference) so confirmIdentity can insist on a VALID check
 * of that document whose holder is the booking's person.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CALL_ENDED, VALIDATION_FAILED
 */
export async function checkIdentityDocument(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: DocumentInput,
  services: CallServices,
  meta: RequestMeta = {},
): Promise<DocumentCheckResult> {
  const { call, booking } = await callForStaff(db, actor, input.callId)
  if (!isLive(call)) throw callEnded()
  const number = checkDocument(input)
  const answer = await services.ked.verifyDocument({
    documentType: input.documentType,
    documentNumber: number,
  })
  const matchesBooking = answer.holder ? sameName(answer.holder, booking.fullName) : null
  const verdict: KedVerdict =
    answer.status === 'VALID' && matchesBooking !== true ? 'VALID_NOT_MATCHED' : answer.status
  const now = clock.now()
  await db.transaction(async (tx) => {
    await tx
      .update(calls)
      .set({
        lastKedDocumentType: input.documentType,
        lastKedNumberHash: auditHmac(services.auditKey, number),
        lastKedStatus: verdict,
        lastKedReference: answer.reference,
        lastKedAt: now,
      })
      .where(eq(calls.id, call.id))
    await recordAudit(tx, {
      actor,
      action: 'call.identity_check',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
      details: {
        documentType: input.documentType,
        status: answer.status,
        matchesBooking,
        kedReference: answer.reference,
      },
    })
  })
  return {
    status: answer.status,
    holder: answer.holder,
    kedReference: answer.reference,
    matchesBooking,
  }
}

/**
 * R1.3, R6.2: the employee records the identity check's result on the call — the document's
 * type, a keyed hash (HMAC) of its number, who checked and when, KED's reference; never an image
 * and never the number. `verified: true` needs the last KED answer in this call to be for the
 * same document, VALID, and of the booking's person (issue 15 item 2: an expired document or
 * another person's can never be recorded as a verified identity).
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CALL_ENDED, VALIDATION_FAILED
 */
export async function confirmIdentity(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: DocumentInput & { verified: boolean },
  services: CallServices,
  meta: RequestMeta = {},
): Promise<CallRow> {
  const { booking } = await callForStaff(db, actor, input.callId)
  const number = checkDocument(input)
  const numberHash = auditHmac(services.auditKey, number)
  const now = clock.now()
  const updated = await db.transaction(async (tx) => {
    const call = await lockLiveCall(tx, input.callId)
    const sameDocument =
      call.lastKedDocumentType === input.documentType && call.lastKedNumberHash === numberHash
    const checked = sameDocument && call.lastKedStatus === 'VALID'
    if (input.verified && sameDocument && call.lastKedStatus === 'VALID_NOT_MATCHED') {
      throw validationFailed([
        {
          field: 'input.documentNumber',
          reason: 'ked_holder_mismatch',
          message: {
            el: 'Το έγγραφο είναι έγκυρο, αλλά ο κάτοχός του δεν είναι το πρόσωπο του ραντεβού: η ταυτότητα δεν επιβεβαιώνεται με αυτό το έγγραφο.',
            en: 'The document is valid, but its holder is not the booking’s person: it cannot confirm the identity.',
          },
        },
      ])
    }
    if (input.verified && !checked) {
      throw validationFailed([
        {
          field: 'input.documentNumber',
          reason: 'no_valid_ked_check',
          message: {
            el: 'Πρώτα ελέγξτε αυτό το έγγραφο στο ΚΕΔ: η ταυτοποίηση χρειάζεται έγκυρη απάντηση.',
            en: 'Check this document with KED first: identification needs a VALID answer.',
          },
        },
      ])
    }
    const [row] = await tx
      .update(calls)
      .set({
        identityDocumentType: input.documentType,
        identityDocumentNumberHash: numberHash,
        identityVerified: input.verified,
        identityCheckedBy: actor.kind === 'employee' ? actor.employeeId : null,
        identityCheckedAt: now,
        kedReference: checked ? call.lastKedReference : null,
      })
      .where(eq(calls.id, call.id))
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'call.identity_confirm',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
      details: {
        documentType: input.documentType,
        verified: input.verified,
        kedReference: row!.kedReference,
      },
    })
    return row!
  })
  publishCallEvents(
    services.pubsub,
    { id: updated.id, kepId: booking.kepId },
    [{ type: 'verified', participantId: null }],
    now,
  )
  return updated
}
