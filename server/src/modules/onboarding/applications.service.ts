import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { keps, municipalities } from '../catalog/index.js'
import { administrators, municipalityOfficers } from '../identity/index.js'
import { localDateOf } from '../scheduling/index.js'
import { approve } from './approval.service.js'
import { enqueueApplicationEmail } from '../notifications/index.js'
import {
  applicationProblems,
  dataOf,
  maxDecisionNumberLength,
  type ApplicationData,
} from './applications.validation.js'
import {
  municipalityApplications,
  type ApplicationCommentData,
  type ApplicationEventData,
  type ApplicationKepData,
} from './onboarding.table.js'
import {
  ApplicationSection,
  ApplicationStatus,
  type MunicipalityApplication,
  type MunicipalityApplicationPage,
} from './onboarding.types.js'

// Issue 18 items 2 and 4 (R5.1, R5.2): a municipality's application to join, from its draft to
// the ministry's decision. Who may see one: whoever started it, the municipality's officers,
// and the ministry's administrators (AUDITORs read); anyone else is told it does not exist.
// Who may change one: its applicant and the municipality's officers, while a draft or sent back;
// who decides: an ADMINISTRATOR who did not start it. Every step is audited, every read too.

export type ApplicationRow = typeof municipalityApplications.$inferSelect

type ApplicationEmailStep = 'submitted' | 'changes_requested' | 'approved' | 'rejected'

const openStatuses = ['draft', 'submitted', 'changes_requested'] as const
const editableStatuses = ['draft', 'changes_requested'] as const
const maxReasonLength = 2000
const maxComments = 20

export const applicationNotFound = () =>
  notFound({ el: 'Η αίτηση ένταξης', en: 'The application to join' })

interface MunicipalityRow {
  id: string
  nameEl: string
  nameEn: string
  regionEl: string
  regionEn: string
  participation: string
}

/** Whether the actor may read the application (its applicant, its officers, administrators). */
function canRead(actor: Actor, row: ApplicationRow): boolean {
  if (actor.kind === 'administrator') return true
  return canEdit(actor, row)
}

/** Its applicant and the municipality's officers. */
function canEdit(actor: Actor, row: ApplicationRow): boolean {
  return (
    actor.kind === 'officer' &&
    (row.startedBy === actor.officerId || actor.municipalityId === row.municipalityId)
  )
}

function toView(
  row: ApplicationRow,
  municipality: Pick<MunicipalityRow, 'nameEl' | 'nameEn' | 'regionEl' | 'regionEn'>,
  actor: Actor,
): MunicipalityApplication {
  const hasContact = row.contactName !== '' || row.contactEmail !== '' || row.contactPhone !== ''
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    municipalityName: { el: municipality.nameEl, en: municipality.nameEn },
    municipalityRegion: { el: municipality.regionEl, en: municipality.regionEn },
    status: row.status as ApplicationStatus,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    contact: hasContact
      ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone }
      : null,
    keps: row.keps,
    employees: row.employees,
    services: row.services,
    reviewComments: row.reviewComments.map((c) => ({
      section: c.section as ApplicationSection,
      comment: c.comment,
    })),
    decisionNote: row.decisionNote,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    submittedAt: row.status === 'draft' && row.version === 1 ? null : row.submittedAt,
    decidedAt: row.decidedAt,
    copiedFromId: row.copiedFromId,
    startedByMe: actor.kind === 'officer' && row.startedBy === actor.officerId,
    history: row.history.map((e) => ({
      status: e.status as ApplicationStatus,
      at: new Date(e.at),
      note: e.note,
    })),
  }
}

async function municipalityOf(db: Db, id: string): Promise<MunicipalityRow | undefined> {
  const [m] = isUuid(id)
    ? await db
        .select({
          id: municipalities.id,
          nameEl: municipalities.nameEl,
          nameEn: municipalities.nameEn,
          regionEl: municipalities.regionEl,
          regionEn: municipalities.regionEn,
          participation: municipalities.participation,
        })
        .from(municipalities)
        .where(eq(municipalities.id, id))
    : []
  return m
}

/** The row locked for a change, or NOT_FOUND (also for who may not see it). */
async function lockedRow(tx: Db, actor: Actor, id: string): Promise<ApplicationRow> {
  const [row] = isUuid(id)
    ? await tx
        .select()
        .from(municipalityApplications)
        .where(eq(municipalityApplications.id, id))
        .for('update')
    : []
  if (!row || !canRead(actor, row)) throw applicationNotFound()
  return row
}

const event = (status: string, at: Date, note: string | null = null): ApplicationEventData => ({
  status,
  at: at.toISOString(),
  note,
})

const wrongStatus = (status: string, allowed: readonly string[]) =>
  validationFailed([
    fieldError(
      'id',
      'wrong_status',
      `Η αίτηση δεν μπορεί να αλλάξει σε αυτή την κατάσταση (${status}).`,
      `The application cannot be changed in this status (${status}); it must be ${allowed.join(' or ')}.`,
    ),
  ])

// --- reading ---------------------------------------------------------------------------------

export async function getApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string | null,
): Promise<MunicipalityApplication> {
  const [row] = isUuid(id)
    ? await db.select().from(municipalityApplications).where(eq(municipalityApplications.id, id))
    : []
  if (!row || !canRead(actor, row)) throw applicationNotFound()
  const municipality = (await municipalityOf(db, row.municipalityId))!
  // the contact person and the employees are personal data: every read is audited
  await recordAudit(db, {
    actor,
    action: 'municipality_application.read',
    entity: 'municipality_application',
    entityId: row.id,
    ip,
    at: clock.now(),
  })
  return toView(row, municipality, actor)
}

/** The caller's applications: those they started and (an officer) their municipality's. */
export async function myApplications(db: Db, actor: Actor): Promise<MunicipalityApplication[]> {
  if (actor.kind !== 'officer') throw forbidden()
  const rows = await db
    .select({ application: municipalityApplications, municipality: municipalities })
    .from(municipalityApplications)
    .innerJoin(municipalities, eq(municipalities.id, municipalityApplications.municipalityId))
    .where(
      or(
        eq(municipalityApplications.startedBy, actor.officerId),
        actor.municipalityId === null
          ? undefined
          : eq(municipalityApplications.municipalityId, actor.municipalityId),
      ),
    )
    .orderBy(desc(municipalityApplications.createdAt), desc(municipalityApplications.id))
  return rows.map((r) => toView(r.application, r.municipality, actor))
}

/** The ministry's queue: by status (every status but DRAFT by default), oldest submitted first. */
export async function listApplications(
  db: Db,
  actor: Actor,
  filter: { statuses?: ApplicationStatus[] | null },
  first: number,
  after?: string | null,
): Promise<MunicipalityApplicationPage> {
  if (actor.kind !== 'administrator') throw forbidden()
  const errors: FieldError[] = []
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    errors.push(fieldError('first', 'out_of_range', 'Από 1 έως 100.', 'From 1 to 100.'))
  }
  const offset = after == null ? 0 : Number(Buffer.from(after, 'base64url').toString())
  if (!Number.isSafeInteger(offset) || offset < 0) {
    errors.push(
      fieldError('after', 'invalid', 'Μη έγκυρος δείκτης σελίδας.', 'Invalid page cursor.'),
    )
  }
  if (errors.length > 0) throw validationFailed(errors)
  const statuses = filter.statuses?.length
    ? filter.statuses
    : Object.values(ApplicationStatus).filter((s) => s !== ApplicationStatus.DRAFT)
  const where = inArray(municipalityApplications.status, statuses)
  const [total] = await db.select({ n: count() }).from(municipalityApplications).where(where)
  const rows = await db
    .select({ application: municipalityApplications, municipality: municipalities })
    .from(municipalityApplications)
    .innerJoin(municipalities, eq(municipalities.id, municipalityApplications.municipalityId))
    .where(where)
    .orderBy(
      asc(
        sql`coalesce(${municipalityApplications.submittedAt}, ${municipalityApplications.createdAt})`,
      ),
      asc(municipalityApplications.id),
    )
    .limit(first)
    .offset(offset)
  const next = offset + rows.length
  return {
    totalCount: total!.n,
    nodes: rows.map((r) => toView(r.application, r.municipality, actor)),
    endCursor: next < total!.n ? Buffer.from(String(next)).toString('base64url') : null,
  }
}

// --- the applicant's steps ---------------------------------------------------------------------

export interface StartInput {
  municipalityId: string
  decisionNumber: string
  copyFromId?: string | null
}

/**
 * Starts a draft. Refused (field by field, nothing written) for a municipality already
 * participating or with an application still open, an officer starting one for another
 * municipality, or a copy of an application of another municipality.
 */
export async function startApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: StartInput,
  ip?: string | null,
): Promise<MunicipalityApplication> {
  if (actor.kind !== 'officer') throw forbidden()
  const decisionNumber = input.decisionNumber.trim()
  const errors: FieldError[] = []
  if (decisionNumber === '') {
    errors.push(
      fieldError(
        'input.decisionNumber',
        'required',
        'Δώστε τον αριθμό της απόφασης του δημάρχου.',
        'Give the number of the mayor’s decision.',
      ),
    )
  } else if (decisionNumber.length > maxDecisionNumberLength) {
    errors.push(
      fieldError(
        'input.decisionNumber',
        'too_long',
        `Έως ${maxDecisionNumberLength} χαρακτήρες.`,
        `At most ${maxDecisionNumberLength} characters.`,
      ),
    )
  }
  const now = clock.now()
  return db.transaction(async (tx) => {
    // the municipality's row locked: two starts at once cannot both find none open
    const [municipality] = isUuid(input.municipalityId)
      ? await tx
          .select()
          .from(municipalities)
          .where(eq(municipalities.id, input.municipalityId))
          .for('update')
      : []
    if (!municipality) {
      errors.push(
        fieldError('input.municipalityId', 'unknown', 'Άγνωστος δήμος.', 'Unknown municipality.'),
      )
    } else if (actor.municipalityId !== null && actor.municipalityId !== municipality.id) {
      errors.push(
        fieldError(
          'input.municipalityId',
          'not_yours',
          'Μπορείτε να υποβάλετε αίτηση μόνο για τον δήμο σας.',
          'You may apply only for your own municipality.',
        ),
      )
    } else if (municipality.participation === 'participating') {
      errors.push(
        fieldError(
          'input.municipalityId',
          'already_participating',
          'Ο δήμος συμμετέχει ήδη στο myKEPlive.',
          'The municipality already takes part in myKEPlive.',
        ),
      )
    } else {
      const [open] = await tx
        .select({ id: municipalityApplications.id })
        .from(municipalityApplications)
        .where(
          and(
            eq(municipalityApplications.municipalityId, municipality.id),
            inArray(municipalityApplications.status, [...openStatuses]),
          ),
        )
        .limit(1)
      if (open) {
        errors.push(
          fieldError(
            'input.municipalityId',
            'pending',
            'Ο δήμος έχει ήδη αίτηση ένταξης σε εξέλιξη.',
            'The municipality already has an application to join in progress.',
          ),
        )
      }
    }
    let copy: ApplicationRow | undefined
    if (input.copyFromId) {
      const [from] = isUuid(input.copyFromId)
        ? await tx
            .select()
            .from(municipalityApplications)
            .where(eq(municipalityApplications.id, input.copyFromId))
        : []
      if (!from || !canRead(actor, from) || from.municipalityId !== input.municipalityId) {
        errors.push(
          fieldError(
            'input.copyFromId',
            'unknown',
            'Δεν βρέθηκε προηγούμενη αίτηση του δήμου.',
            'No previous application of the municipality was found.',
          ),
        )
      } else {
        copy = from
      }
    }
    if (errors.length > 0) throw validationFailed(errors)
    const [row] = await tx
      .insert(municipalityApplications)
      .values({
        municipalityId: municipality!.id,
        status: 'draft',
        decisionNumber,
        decisionDate: null,
        contactName: copy?.contactName ?? '',
        contactEmail: copy?.contactEmail ?? '',
        contactPhone: copy?.contactPhone ?? '',
        // a rejoining municipality's KEPs exist by now: new ones of the copy name them
        keps: copy ? await keepingExisting(tx, copy.keps, municipality!.id) : [],
        employees: copy?.employees ?? [],
        services: copy?.services ?? [],
        submittedAt: null,
        startedBy: actor.officerId,
        copiedFromId: copy?.id ?? null,
        history: [event('draft', now)],
        createdAt: now,
        updatedAt: now,
      })
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'municipality_application.start',
      entity: 'municipality_application',
      entityId: row!.id,
      ip,
      at: now,
      details: {
        before: null,
        after: { status: 'draft', municipalityId: municipality!.id, decisionNumber },
        copiedFromId: copy?.id ?? null,
      },
    })
    return toView(row!, municipality!, actor)
  })
}

/** A previous application's KEPs: those it created (approved) now exist and are named as such. */
async function keepingExisting(
  tx: Db,
  list: ApplicationKepData[],
  municipalityId: string,
): Promise<ApplicationKepData[]> {
  const existing = await tx
    .select({ id: keps.id, code: keps.code, nameEl: keps.nameEl, active: keps.active })
    .from(keps)
    .where(eq(keps.municipalityId, municipalityId))
  return list.map((k) => {
    if (k.existingKepId) return k
    const same = existing.find((e) => e.active && e.nameEl === k.nameEl)
    return same ? { ...k, existingKepId: same.id } : k
  })
}

export interface SaveInput {
  id: string
  decisionNumber?: string | null
  decisionDate?: string | null
  contact?: { name: string; email: string; phone: string } | null
  keps?: Array<{
    key: string
    existingKepId?: string | null
    nameEl?: string | null
    nameEn?: string | null
    addressEl?: string | null
    addressEn?: string | null
    postalCode?: string | null
    cityEl?: string | null
    cityEn?: string | null
    phone?: string | null
    email?: string | null
    hours?: Array<{ weekday: number; opens: string; closes: string }> | null
  }> | null
  employees?: Array<{ fullName: string; taxId: string; kepKey: string; email: string }> | null
  services?: Array<{
    titleEl: string
    titleEn: string
    descriptionEl: string
    descriptionEn: string
    requiredDocumentsEl: string[]
    requiredDocumentsEn: string[]
    formUrl?: string | null
    pickUpAtKep: boolean
  }> | null
}

/** The data with the sections given replacing the saved ones, trimmed. */
function merged(row: ApplicationRow, input: SaveInput): ApplicationData {
  const data = dataOf(row)
  const t = (v: string | null | undefined) => (v ?? '').trim()
  if (input.decisionNumber != null) data.decisionNumber = input.decisionNumber.trim()
  if (input.decisionDate !== undefined) data.decisionDate = input.decisionDate
  if (input.contact) {
    data.contactName = t(input.contact.name)
    data.contactEmail = t(input.contact.email)
    data.contactPhone = t(input.contact.phone)
  }
  if (input.keps) {
    data.keps = input.keps.map((k) => ({
      key: t(k.key),
      existingKepId: k.existingKepId ? k.existingKepId.trim() : null,
      nameEl: t(k.nameEl),
      nameEn: t(k.nameEn),
      addressEl: t(k.addressEl),
      addressEn: t(k.addressEn),
      postalCode: t(k.postalCode),
      cityEl: t(k.cityEl),
      cityEn: t(k.cityEn),
      phone: t(k.phone),
      email: t(k.email),
      hours: (k.hours ?? []).map((h) => ({
        weekday: h.weekday,
        opens: h.opens.trim(),
        closes: h.closes.trim(),
      })),
    }))
  }
  if (input.employees) {
    data.employees = input.employees.map((e) => ({
      fullName: t(e.fullName),
      taxId: t(e.taxId),
      kepKey: t(e.kepKey),
      email: t(e.email),
    }))
  }
  if (input.services) {
    data.services = input.services.map((s) => ({
      titleEl: t(s.titleEl),
      titleEn: t(s.titleEn),
      descriptionEl: t(s.descriptionEl),
      descriptionEn: t(s.descriptionEn),
      requiredDocumentsEl: s.requiredDocumentsEl.map((d) => d.trim()),
      requiredDocumentsEn: s.requiredDocumentsEn.map((d) => d.trim()),
      formUrl: s.formUrl?.trim() ? s.formUrl.trim() : null,
      pickUpAtKep: s.pickUpAtKep,
    }))
  }
  return data
}

/** Which sections a save changed, for the audit trail (their contents are personal data). */
function sectionsOf(input: SaveInput): string[] {
  return [
    input.decisionNumber != null || input.decisionDate !== undefined ? 'decision' : undefined,
    input.contact ? 'contact' : undefined,
    input.keps ? 'keps' : undefined,
    input.employees ? 'employees' : undefined,
    input.services ? 'services' : undefined,
  ].filter((s) => s !== undefined)
}

/** An existing KEP of the municipality named by id: its own details are shown with it. */
async function withExistingKeps(
  tx: Db,
  data: ApplicationData,
  municipalityId: string,
): Promise<ApplicationData> {
  const ids = data.keps.flatMap((k) =>
    k.existingKepId && isUuid(k.existingKepId) ? [k.existingKepId] : [],
  )
  if (ids.length === 0) return data
  const found = new Map(
    (
      await tx
        .select()
        .from(keps)
        .where(and(inArray(keps.id, ids), eq(keps.municipalityId, municipalityId)))
    ).map((k) => [k.id, k]),
  )
  return {
    ...data,
    keps: data.keps.map((k) => {
      const kep = k.existingKepId ? found.get(k.existingKepId) : undefined
      if (!kep) return k
      return {
        key: k.key,
        existingKepId: kep.id,
        nameEl: kep.nameEl,
        nameEn: kep.nameEn,
        addressEl: kep.addressEl,
        addressEn: kep.addressEn,
        postalCode: kep.postalCode,
        cityEl: kep.cityEl,
        cityEn: kep.cityEn,
        phone: kep.phone,
        email: kep.email,
        hours: [],
      }
    }),
  }
}

export async function saveApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: SaveInput,
  ip?: string | null,
): Promise<MunicipalityApplication> {
  const now = clock.now()
  return db.transaction(async (tx) => {
    const row = await lockedRow(tx, actor, input.id)
    if (!canEdit(actor, row)) throw forbidden()
    if (!(editableStatuses as readonly string[]).includes(row.status)) {
      throw wrongStatus(row.status, editableStatuses)
    }
    const municipality = (await municipalityOf(tx, row.municipalityId))!
    const data = await withExistingKeps(tx, merged(row, input), row.municipalityId)
    const errors = await applicationProblems(
      tx,
      municipality,
      data,
      'save',
      localDateOf(now.getTime()),
    )
    if (errors.length > 0) throw validationFailed(errors)
    const [after] = await tx
      .update(municipalityApplications)
      .set({ ...data, version: row.version + 1, updatedAt: now })
      .where(eq(municipalityApplications.id, row.id))
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'municipality_application.save',
      entity: 'municipality_application',
      entityId: row.id,
      ip,
      at: now,
      details: {
        sections: sectionsOf(input),
        before: { version: row.version },
        after: { version: after!.version },
      },
    })
    return toView(after!, municipality, actor)
  })
}

export async function submitApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string | null,
): Promise<MunicipalityApplication> {
  const now = clock.now()
  return db.transaction(async (tx) => {
    const row = await lockedRow(tx, actor, id)
    if (!canEdit(actor, row)) throw forbidden()
    if (!(editableStatuses as readonly string[]).includes(row.status)) {
      throw wrongStatus(row.status, editableStatuses)
    }
    const municipality = (await municipalityOf(tx, row.municipalityId))!
    const errors = await applicationProblems(
      tx,
      municipality,
      dataOf(row),
      'submit',
      localDateOf(now.getTime()),
    )
    if (errors.length > 0) throw validationFailed(errors)
    return transition(tx, clock, actor, row, municipality, 'submitted', 'submitted', ip, {
      submittedAt: now,
    })
  })
}

export async function withdrawApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string | null,
): Promise<MunicipalityApplication> {
  return db.transaction(async (tx) => {
    const row = await lockedRow(tx, actor, id)
    if (!canEdit(actor, row)) throw forbidden()
    if (!(openStatuses as readonly string[]).includes(row.status)) {
      throw wrongStatus(row.status, openStatuses)
    }
    const municipality = (await municipalityOf(tx, row.municipalityId))!
    return transition(tx, clock, actor, row, municipality, 'withdrawn', undefined, ip)
  })
}

// --- the ministry's decision -------------------------------------------------------------------

/** Refuses the review of an application its own reviewer started (the same ΑΦΜ). */
async function assertNotOwn(tx: Db, actor: Actor, row: ApplicationRow): Promise<void> {
  if (actor.kind !== 'administrator') throw forbidden()
  if (row.startedBy === null) return
  const [same] = await tx
    .select({ id: administrators.id })
    .from(administrators)
    .innerJoin(municipalityOfficers, eq(municipalityOfficers.taxId, administrators.taxId))
    .where(
      and(eq(administrators.id, actor.administratorId), eq(municipalityOfficers.id, row.startedBy)),
    )
  if (same) {
    throw validationFailed([
      fieldError(
        'id',
        'own_application',
        'Δεν μπορείτε να αποφασίσετε για αίτηση που υποβάλατε εσείς· την εξετάζει άλλος διαχειριστής.',
        'You cannot decide on an application you submitted yourself; another administrator reviews it.',
      ),
    ])
  }
}

async function forReview(tx: Db, actor: Actor, id: string) {
  const row = await lockedRow(tx, actor, id)
  if (row.status !== 'submitted') throw wrongStatus(row.status, ['submitted'])
  await assertNotOwn(tx, actor, row)
  return { row, municipality: (await municipalityOf(tx, row.municipalityId))! }
}

/**
 * Approves: in one transaction the municipality participates from today, its new KEPs (with
 * hours and workstations), employees (with availability) and procedures exist, its applicant
 * is its officer, and the contact person's email is queued. Anything failing leaves nothing.
 */
export async function approveApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string | null,
): Promise<MunicipalityApplication> {
  const now = clock.now()
  return db.transaction(async (tx) => {
    const { row, municipality } = await forReview(tx, actor, id)
    // checked again: an ΑΦΜ may have been employed elsewhere, a KEP closed, since submission
    const errors = await applicationProblems(
      tx,
      municipality,
      dataOf(row),
      'submit',
      localDateOf(now.getTime()),
    )
    if (errors.length > 0) throw validationFailed(errors)
    const created = await approve(tx, clock, actor, row, ip)
    return transition(tx, clock, actor, row, municipality, 'approved', 'approved', ip, {
      decidedBy: actor.kind === 'administrator' ? actor.administratorId : null,
      decidedAt: now,
      audit: { ...created },
    })
  })
}

export async function rejectApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  reason: string,
  ip?: string | null,
): Promise<MunicipalityApplication> {
  const text = reason.trim()
  if (text === '' || text.length > maxReasonLength) {
    throw validationFailed([
      fieldError(
        'reason',
        text === '' ? 'required' : 'too_long',
        `Δώστε τον λόγο της απόρριψης (έως ${maxReasonLength} χαρακτήρες).`,
        `Give the reason for the rejection (up to ${maxReasonLength} characters).`,
      ),
    ])
  }
  const now = clock.now()
  return db.transaction(async (tx) => {
    const { row, municipality } = await forReview(tx, actor, id)
    return transition(tx, clock, actor, row, municipality, 'rejected', 'rejected', ip, {
      decidedBy: actor.kind === 'administrator' ? actor.administratorId : null,
      decidedAt: now,
      decisionNote: text,
    })
  })
}

export async function requestChanges(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  comments: { section: ApplicationSection; comment: string }[],
  ip?: string | null,
): Promise<MunicipalityApplication> {
  const errors: FieldError[] = []
  if (comments.length === 0 || comments.length > maxComments) {
    errors.push(
      fieldError(
        'comments',
        comments.length === 0 ? 'required' : 'too_many',
        `Γράψτε τουλάχιστον ένα σχόλιο (έως ${maxComments}).`,
        `Write at least one comment (up to ${maxComments}).`,
      ),
    )
  }
  const cleaned: ApplicationCommentData[] = comments.map((c, i) => {
    const text = c.comment.trim()
    if (text === '' || text.length > maxReasonLength) {
      errors.push(
        fieldError(
          `comments[${i}].comment`,
          text === '' ? 'required' : 'too_long',
          `Γράψτε τι πρέπει να αλλάξει (έως ${maxReasonLength} χαρακτήρες).`,
          `Write what must change (up to ${maxReasonLength} characters).`,
        ),
      )
    }
    return { section: c.section, comment: text }
  })
  if (errors.length > 0) throw validationFailed(errors)
  return db.transaction(async (tx) => {
    const { row, municipality } = await forReview(tx, actor, id)
    return transition(
      tx,
      clock,
      actor,
      row,
      municipality,
      'changes_requested',
      'changes_requested',
      ip,
      { reviewComments: cleaned },
    )
  })
}

/** One step: the status, its history, the audit entry and (most steps) the contact's email. */
async function transition(
  tx: Db,
  clock: Clock,
  actor: Actor,
  row: ApplicationRow,
  municipality: MunicipalityRow,
  status: ApplicationRow['status'],
  email: ApplicationEmailStep | undefined,
  ip: string | null | undefined,
  extra: {
    submittedAt?: Date
    decidedBy?: string | null
    decidedAt?: Date
    decisionNote?: string
    reviewComments?: ApplicationCommentData[]
    audit?: Record<string, unknown>
  } = {},
): Promise<MunicipalityApplication> {
  const now = clock.now()
  const { audit, ...columns } = extra
  const version = row.version + 1
  const [after] = await tx
    .update(municipalityApplications)
    .set({
      ...columns,
      status,
      version,
      updatedAt: now,
      history: [...row.history, event(status, now, extra.decisionNote ?? null)],
    })
    .where(eq(municipalityApplications.id, row.id))
    .returning()
  if (email && row.contactEmail !== '') {
    await enqueueApplicationEmail(tx, {
      applicationId: row.id,
      step: email,
      version,
      recipient: row.contactEmail,
      municipality: { el: municipality.nameEl, en: municipality.nameEn },
      reason: extra.decisionNote ?? null,
      comments: extra.reviewComments ?? [],
      at: now,
    })
  }
  await recordAudit(tx, {
    actor,
    action: `municipality_application.${status}`,
    entity: 'municipality_application',
    entityId: row.id,
    ip,
    at: now,
    details: {
      before: { status: row.status },
      after: { status, ...(extra.decisionNote ? { reason: extra.decisionNote } : {}) },
      ...(extra.reviewComments ? { sections: extra.reviewComments.map((c) => c.section) } : {}),
      ...(audit ?? {}),
    },
  })
  return toView(after!, municipality, actor)
}
