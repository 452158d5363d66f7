import { createHash } from 'node:crypto'
import { and, asc, desc, eq, gt, isNotNull, isNull, like, ne, sql, type SQL } from 'drizzle-orm'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { pgErrorOf, type Db } from '../../platform/db/client.js'
import { notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { escapeLike, foldForSearch } from '../../platform/text.js'
import { isUuid } from '../../platform/uuid.js'
import { auditLog, recordAudit } from '../audit/index.js'
import {
  municipalities,
  procedureForms,
  procedures,
  procedureSearchText,
  serviceCategories,
  type CategoryCode,
  type Procedure,
} from '../catalog/index.js'
import { administrators } from '../identity/index.js'

// The national procedure tables per field and the municipal ones per municipality (R4.1–R4.4,
// Art. 4 "with their forms"), as the ministry's ADMINISTRATORs keep them. The public catalog
// (catalog module) reads the same rows on every request: a change shows at once everywhere.

export interface ProcedureFilter {
  category?: CategoryCode | null
  municipalityId?: string | null
  /** true: national procedures only; false: municipal ones only. */
  national?: boolean | null
  search?: string | null
  active?: boolean | null
}

export interface ProcedureFields {
  code: string
  titleEl: string
  titleEn: string
  descriptionEl: string
  descriptionEn: string
  requiredDocumentsEl: string[]
  requiredDocumentsEn: string[]
  formUrl?: string | null
}

export interface CreateProcedureInput extends ProcedureFields {
  category: CategoryCode
  municipalityId?: string | null
}

/** An uploaded form, without its bytes. */
export interface ProcedureFormInfo {
  procedureId: string
  fileName: string
  sizeBytes: number
  sha256: string
  uploadedAt: Date
}

export const maxCodeLength = 32
export const maxTitleLength = 200
export const maxDescriptionLength = 4000
export const maxDocuments = 20
export const maxDocumentLength = 300
export const maxFormUrlLength = 2000
export const maxPageSize = 100
/** A form (έντυπο) uploaded as a PDF: 5 MB at most. */
export const maxFormBytes = 5 * 1024 * 1024
const maxFileNameLength = 200

/** Upper-case letters (Latin), digits and single hyphens between them: `INF-001`, `ATH-12`. */
const codePattern = /^[A-Z0-9]+(-[A-Z0-9]+)*$/

const fieldError = (field: string, reason: string, el: string, en: string): FieldError => ({
  field,
  reason,
  message: { el, en },
})

const procedureNotFound = () => notFound({ el: 'Η διαδικασία', en: 'The procedure' })

function assertReads(actor: Actor) {
  if (!isAdministrator(actor, 'auditor')) throw forbidden()
}

function assertChanges(actor: Actor) {
  if (!isAdministrator(actor, 'administrator')) throw forbidden()
}

/** The row, or NOT_FOUND for an unknown or malformed id. */
async function procedureById(db: Db, id: string): Promise<Procedure> {
  const [row] = isUuid(id) ? await db.select().from(procedures).where(eq(procedures.id, id)) : []
  if (!row) throw procedureNotFound()
  return row
}

// --- Reading -------------------------------------------------------------------------------

const encodeCursor = (code: string) => Buffer.from(`procedure:${code}`).toString('base64url')

function decodeCursor(cursor: string): string | undefined {
  const match = /^procedure:(.{1,64})$/s.exec(Buffer.from(cursor, 'base64url').toString())
  return match?.[1]
}

/**
 * A page of procedures, active and retired, by code; `after` is the last page's endCursor.
 * @throws DomainError FORBIDDEN (not an administrator), VALIDATION_FAILED (first, after).
 */
export async function listAdminProcedures(
  db: Db,
  actor: Actor,
  filter: ProcedureFilter,
  first: number,
  after?: string | null,
): Promise<{ nodes: Procedure[]; hasNextPage: boolean; endCursor: string | null }> {
  assertReads(actor)
  const errors: FieldError[] = []
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    errors.push(
      fieldError(
        'first',
        'out_of_range',
        `Από 1 έως ${maxPageSize} ανά σελίδα.`,
        `From 1 to ${maxPageSize} a page.`,
      ),
    )
  }
  const afterCode = after ? decodeCursor(after) : undefined
  if (after && afterCode === undefined) {
    errors.push(
      fieldError(
        'after',
        'invalid_cursor',
        'Ο δείκτης σελίδας δεν είναι έγκυρος· ξεκινήστε από την πρώτη σελίδα.',
        'The page cursor is not valid; start again from the first page.',
      ),
    )
  }
  if (errors.length > 0) throw validationFailed(errors)
  // Municipalities are named by UUIDs: anything else names none, so nothing matches.
  if (filter.municipalityId != null && !isUuid(filter.municipalityId)) {
    return { nodes: [], hasNextPage: false, endCursor: null }
  }

  const conditions: SQL[] = []
  if (filter.category != null) {
    const categoryIds = db
      .select({ id: serviceCategories.id })
      .from(serviceCategories)
      .where(eq(serviceCategories.code, filter.category))
    conditions.push(sql`${procedures.categoryId} in ${categoryIds}`)
  }
  if (filter.municipalityId != null) {
    conditions.push(eq(procedures.municipalityId, filter.municipalityId))
  }
  if (filter.national === true) conditions.push(isNull(procedures.municipalityId))
  if (filter.national === false) conditions.push(isNotNull(procedures.municipalityId))
  if (filter.active != null) conditions.push(eq(procedures.active, filter.active))
  for (const term of foldForSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean)) {
    conditions.push(like(procedures.searchText, `%${escapeLike(term)}%`))
  }
  if (afterCode !== undefined) conditions.push(gt(procedures.code, afterCode))
  const rows = await db
    .select()
    .from(procedures)
    .where(and(...conditions))
    .orderBy(asc(procedures.code))
    .limit(first + 1)
  const nodes = rows.slice(0, first)
  const last = nodes.at(-1)
  return {
    nodes,
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor(last.code) : null,
  }
}

/**
 * One procedure, retired or not.
 * @throws DomainError FORBIDDEN, NOT_FOUND.
 */
export async function getAdminProcedure(db: Db, actor: Actor, id: string): Promise<Procedure> {
  assertReads(actor)
  return procedureById(db, id)
}

/** Each procedure's uploaded form, if any (without the bytes), in the order of the ids. */
export async function formsOf(
  db: Db,
  ids: readonly string[],
): Promise<(ProcedureFormInfo | null)[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select({
      procedureId: procedureForms.procedureId,
      fileName: procedureForms.fileName,
      sizeBytes: sql<number>`octet_length(${procedureForms.content})`.mapWith(Number),
      sha256: procedureForms.sha256,
      uploadedAt: procedureForms.uploadedAt,
    })
    .from(procedureForms)
    .where(sql`${procedureForms.procedureId} in ${[...ids]}`)
  const byId = new Map(rows.map((r) => [r.procedureId, r]))
  return ids.map((id) => byId.get(id) ?? null)
}

/** The last change of a procedure, for the line "changed by … on …". */
export interface ProcedureChange {
  procedureId: string
  at: Date
  action: string
  /** The administrator who made it; null for a change by the system (the seed, a job). */
  byName: string | null
}

/** Each procedure's last audited change, in the order of the ids (null: none since the seed). */
export async function lastChangesOf(
  db: Db,
  ids: readonly string[],
): Promise<(ProcedureChange | null)[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectDistinctOn([auditLog.entityId], {
      procedureId: auditLog.entityId,
      at: auditLog.at,
      action: auditLog.action,
      byName: administrators.fullName,
    })
    .from(auditLog)
    .leftJoin(
      administrators,
      and(eq(administrators.id, auditLog.actorId), eq(auditLog.actorKind, 'administrator')),
    )
    .where(and(eq(auditLog.entity, 'procedure'), sql`${auditLog.entityId} in ${[...ids]}`))
    .orderBy(auditLog.entityId, desc(auditLog.id))
  const byId = new Map(rows.map((r) => [r.procedureId, { ...r, procedureId: r.procedureId! }]))
  return ids.map((id) => byId.get(id) ?? null)
}

// --- Validation ----------------------------------------------------------------------------

function textProblem(
  field: string,
  value: string,
  max: number,
  required: { el: string; en: string },
): FieldError | undefined {
  const text = value.trim()
  if (text === '') return fieldError(field, 'required', required.el, required.en)
  if (text.length > max) {
    return fieldError(field, 'too_long', `Έως ${max} χαρακτήρες.`, `At most ${max} characters.`)
  }
  return undefined
}

function documentsProblems(input: ProcedureFields): FieldError[] {
  const errors: FieldError[] = []
  for (const [field, list] of [
    ['input.requiredDocumentsEl', input.requiredDocumentsEl],
    ['input.requiredDocumentsEn', input.requiredDocumentsEn],
  ] as const) {
    if (list.length > maxDocuments) {
      errors.push(
        fieldError(
          field,
          'too_many',
          `Έως ${maxDocuments} δικαιολογητικά.`,
          `At most ${maxDocuments} documents.`,
        ),
      )
      continue
    }
    list.forEach((item, i) => {
      const problem = textProblem(`${field}[${i}]`, item, maxDocumentLength, {
        el: 'Συμπληρώστε το δικαιολογητικό ή αφαιρέστε τη γραμμή.',
        en: 'Fill in the document or remove the line.',
      })
      if (problem) errors.push(problem)
    })
  }
  if (
    errors.length === 0 &&
    input.requiredDocumentsEl.length !== input.requiredDocumentsEn.length
  ) {
    errors.push(
      fieldError(
        'input.requiredDocumentsEn',
        'length_mismatch',
        'Τα δικαιολογητικά στα αγγλικά πρέπει να αντιστοιχούν ένα προς ένα στα ελληνικά.',
        'The documents in English must match the Greek ones, one for one.',
      ),
    )
  }
  return errors
}

function formUrlProblem(formUrl: string | null | undefined): FieldError | undefined {
  if (formUrl == null || formUrl.trim() === '') return undefined
  const invalid = () =>
    fieldError(
      'input.formUrl',
      'invalid_format',
      'Δώστε διεύθυνση https://, π.χ. https://www.gov.gr/… .',
      'Give an https:// address, e.g. https://www.gov.gr/… .',
    )
  if (formUrl.trim().length > maxFormUrlLength) {
    return fieldError(
      'input.formUrl',
      'too_long',
      `Έως ${maxFormUrlLength} χαρακτήρες.`,
      `At most ${maxFormUrlLength} characters.`,
    )
  }
  try {
    const url = new URL(formUrl.trim())
    if (url.protocol !== 'https:' || url.username || url.password) return invalid()
  } catch {
    return invalid()
  }
  return undefined
}

/**
 * Every problem of the fields both creating and editing take; none for good input. Also the
 * municipalities' own procedures (onboarding, issue 18) are checked with it.
 */
export function fieldsProblems(input: ProcedureFields): FieldError[] {
  const code = input.code.trim().toUpperCase()
  const codeProblem =
    code === ''
      ? fieldError(
          'input.code',
          'required',
          'Δώστε τον κωδικό της διαδικασίας, π.χ. INF-101.',
          "Give the procedure's code, e.g. INF-101.",
        )
      : code.length > maxCodeLength
        ? fieldError(
            'input.code',
            'too_long',
            `Έως ${maxCodeLength} χαρακτήρες.`,
            `At most ${maxCodeLength} characters.`,
          )
        : !codePattern.test(code)
          ? fieldError(
              'input.code',
              'invalid_format',
              'Λατινικά γράμματα, αριθμοί και παύλες ανάμεσά τους, π.χ. INF-101.',
              'Latin letters, digits and hyphens between them, e.g. INF-101.',
            )
          : undefined
  return [
    codeProblem,
    textProblem('input.titleEl', input.titleEl, maxTitleLength, {
      el: 'Δώστε τον τίτλο στα ελληνικά.',
      en: 'Give the title in Greek.',
    }),
    textProblem('input.titleEn', input.titleEn, maxTitleLength, {
      el: 'Δώστε τον τίτλο στα αγγλικά.',
      en: 'Give the title in English.',
    }),
    textProblem('input.descriptionEl', input.descriptionEl, maxDescriptionLength, {
      el: 'Περιγράψτε τη διαδικασία στα ελληνικά.',
      en: 'Describe the procedure in Greek.',
    }),
    textProblem('input.descriptionEn', input.descriptionEn, maxDescriptionLength, {
      el: 'Περιγράψτε τη διαδικασία στα αγγλικά.',
      en: 'Describe the procedure in English.',
    }),
    ...documentsProblems(input),
    formUrlProblem(input.formUrl),
  ].filter((e) => e !== undefined)
}

const duplicateCode = () =>
  fieldError(
    'input.code',
    'duplicate',
    'Υπάρχει ήδη διαδικασία με αυτόν τον κωδικό.',
    'A procedure with this code already exists.',
  )

const duplicateTitle = () =>
  fieldError(
    'input.titleEl',
    'duplicate',
    'Υπάρχει ήδη διαδικασία με αυτόν τον τίτλο στον ίδιο κατάλογο.',
    'A procedure with this title already exists in the same table.',
  )

/** The row as stored: trimmed, the code in upper case, the search text computed. */
export function rowOf(input: ProcedureFields) {
  const code = input.code.trim().toUpperCase()
  const titleEl = input.titleEl.trim()
  const titleEn = input.titleEn.trim()
  const formUrl = input.formUrl?.trim()
  return {
    code,
    titleEl,
    titleEn,
    descriptionEl: input.descriptionEl.trim(),
    descriptionEn: input.descriptionEn.trim(),
    requiredDocumentsEl: input.requiredDocumentsEl.map((d) => d.trim()),
    requiredDocumentsEn: input.requiredDocumentsEn.map((d) => d.trim()),
    searchText: procedureSearchText({ code, titleEl, titleEn }),
    formUrl: formUrl ? formUrl : null,
  }
}

/** Duplicates the database would refuse, found first so they are named with every other field. */
export async function duplicateProblems(
  db: Db,
  row: { code: string; titleEl: string },
  table: { categoryId: string; municipalityId: string | null },
  exceptId?: string,
): Promise<FieldError[]> {
  const others = exceptId ? [ne(procedures.id, exceptId)] : []
  const [sameCode] = await db
    .select({ id: procedures.id })
    .from(procedures)
    .where(and(eq(procedures.code, row.code), ...others))
  // The unique index treats a national table's null municipality as distinct: compared here.
  const [sameTitle] = await db
    .select({ id: procedures.id })
    .from(procedures)
    .where(
      and(
        eq(procedures.categoryId, table.categoryId),
        table.municipalityId === null
          ? isNull(procedures.municipalityId)
          : eq(procedures.municipalityId, table.municipalityId),
        eq(procedures.titleEl, row.titleEl),
        ...others,
      ),
    )
  return [sameCode && duplicateCode(), sameTitle && duplicateTitle()].filter((e) => !!e)
}

/** A concurrent write that took the code or title first: the same answer as the check's. */
export function duplicateFromConstraint(err: unknown): FieldError | undefined {
  const { code, constraint } = pgErrorOf(err)
  if (code !== '23505') return undefined
  if (constraint === 'procedures_code_unique') return duplicateCode()
  if (constraint === 'procedures_category_title') return duplicateTitle()
  return undefined
}

/** What the audit trail keeps of a procedure: everything but the search text. */
export function snapshot(p: Procedure) {
  return {
    code: p.code,
    categoryId: p.categoryId,
    municipalityId: p.municipalityId,
    titleEl: p.titleEl,
    titleEn: p.titleEn,
    descriptionEl: p.descriptionEl,
    descriptionEn: p.descriptionEn,
    requiredDocumentsEl: p.requiredDocumentsEl,
    requiredDocumentsEn: p.requiredDocumentsEn,
    formUrl: p.formUrl,
    active: p.active,
  }
}

// --- Changing ------------------------------------------------------------------------------

/**
 * Adds a procedure to a national table (a field that is not municipal: no municipality) or to a
 * municipality's table (the municipal field, R4.4).
 * @throws DomainError FORBIDDEN (not an ADMINISTRATOR), VALIDATION_FAILED per field.
 */
export async function createProcedure(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateProcedureInput,
  ip?: string | null,
): Promise<Procedure> {
  assertChanges(actor)
  const errors = fieldsProblems(input)
  const [category] = await db
    .select()
    .from(serviceCategories)
    .where(eq(serviceCategories.code, input.category))
  const municipalityId = input.municipalityId?.trim() || null
  if (!category) {
    errors.push(
      fieldError('input.category', 'unknown', 'Άγνωστο θεματικό πεδίο.', 'Unknown thematic field.'),
    )
  } else if (category.municipal && municipalityId === null) {
    errors.push(
      fieldError(
        'input.municipalityId',
        'required',
        'Οι δημοτικές διαδικασίες ανήκουν σε έναν δήμο: επιλέξτε τον.',
        'Municipal procedures belong to one municipality: choose it.',
      ),
    )
  } else if (!category.municipal && municipalityId !== null) {
    errors.push(
      fieldError(
        'input.municipalityId',
        'not_allowed',
        'Οι διαδικασίες αυτού του πεδίου είναι εθνικές: μην επιλέξετε δήμο.',
        "This field's procedures are national: choose no municipality.",
      ),
    )
  }
  if (municipalityId !== null && category?.municipal) {
    const [municipality] = isUuid(municipalityId)
      ? await db
          .select({ id: municipalities.id })
          .from(municipalities)
          .where(eq(municipalities.id, municipalityId))
      : []
    if (!municipality) {
      errors.push(
        fieldError('input.municipalityId', 'unknown', 'Άγνωστος δήμος.', 'Unknown municipality.'),
      )
    }
  }
  const row = rowOf(input)
  if (errors.length === 0 && category) {
    errors.push(...(await duplicateProblems(db, row, { categoryId: category.id, municipalityId })))
  }
  if (errors.length > 0 || !category) throw validationFailed(errors)

  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(procedures)
        .values({ ...row, categoryId: category.id, municipalityId, updatedAt: clock.now() })
        .returning()
      await recordAudit(tx, {
        actor,
        action: 'procedure.create',
        entity: 'procedure',
        entityId: created!.id,
        ip,
        at: clock.now(),
        details: { before: null, after: snapshot(created!) },
      })
      return created!
    })
  } catch (err) {
    const duplicate = duplicateFromConstraint(err)
    if (duplicate) throw validationFailed([duplicate])
    throw err
  }
}

/**
 * Changes a procedure's code, texts, documents and form link. Its field and municipality stay:
 * bookings were made in that table (to move it, retire it and create it anew).
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED per field.
 */
export async function updateProcedure(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  input: ProcedureFields,
  ip?: string | null,
): Promise<Procedure> {
  assertChanges(actor)
  const before = await procedureById(db, id)
  const errors = fieldsProblems(input)
  const row = rowOf(input)
  if (errors.length === 0) errors.push(...(await duplicateProblems(db, row, before, id)))
  if (errors.length > 0) throw validationFailed(errors)
  try {
    return await db.transaction(async (tx) => {
      const [after] = await tx
        .update(procedures)
        .set({ ...row, updatedAt: clock.now() })
        .where(eq(procedures.id, id))
        .returning()
      if (!after) throw procedureNotFound()
      await recordAudit(tx, {
        actor,
        action: 'procedure.update',
        entity: 'procedure',
        entityId: id,
        ip,
        at: clock.now(),
        details: { before: snapshot(before), after: snapshot(after) },
      })
      return after
    })
  } catch (err) {
    const duplicate = duplicateFromConstraint(err)
    if (duplicate) throw validationFailed([duplicate])
    throw err
  }
}

/**
 * Retires a procedure (active false: gone from the public catalog and from new bookings; the
 * bookings made with it keep it) or restores it. Setting what already is changes nothing.
 * @throws DomainError FORBIDDEN, NOT_FOUND.
 */
export async function setProcedureActive(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  active: boolean,
  ip?: string | null,
): Promise<Procedure> {
  assertChanges(actor)
  const before = await procedureById(db, id)
  if (before.active === active) return before
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(procedures)
      .set({ active, updatedAt: clock.now() })
      .where(eq(procedures.id, id))
      .returning()
    if (!after) throw procedureNotFound()
    await recordAudit(tx, {
      actor,
      action: active ? 'procedure.restore' : 'procedure.retire',
      entity: 'procedure',
      entityId: id,
      ip,
      at: clock.now(),
      details: { before: { active: before.active }, after: { active } },
    })
    return after
  })
}

// --- Forms ---------------------------------------------------------------------------------

const pdfMagic = Buffer.from('%PDF-')

const fileProblem = (reason: string, el: string, en: string) =>
  validationFailed([fieldError('file', reason, el, en)])

/** A file name safe to give back in Content-Disposition: no path, no control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const clean = base
    .replace(/[\p{Cc}\p{Cs}"]/gu, '')
    .trim()
    .slice(0, maxFileNameLength)
  if (clean === '') return 'form.pdf'
  return /\.pdf$/i.test(clean) ? clean : `${clean}.pdf`
}

/**
 * Stores a procedure's form as a PDF, replacing the one it had; the public link then serves it.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (file: empty, not a PDF, too large).
 */
export async function storeProcedureForm(
  db: Db,
  clock: Clock,
  actor: Actor,
  procedureId: string,
  file: { fileName: string; bytes: Buffer },
  ip?: string | null,
): Promise<ProcedureFormInfo> {
  assertChanges(actor)
  await procedureById(db, procedureId)
  if (file.bytes.length > maxFormBytes) {
    throw fileProblem(
      'too_large',
      'Το έντυπο είναι μεγαλύτερο από 5 MB. Ανεβάστε μικρότερο αρχείο PDF.',
      'The form is larger than 5 MB. Please upload a smaller PDF.',
    )
  }
  if (file.bytes.length === 0) {
    throw fileProblem('empty', 'Το αρχείο είναι κενό.', 'The file is empty.')
  }
  if (!file.bytes.subarray(0, pdfMagic.length).equals(pdfMagic)) {
    throw fileProblem(
      'not_pdf',
      'Το έντυπο πρέπει να είναι αρχείο PDF.',
      'The form must be a PDF file.',
    )
  }
  const form = {
    procedureId,
    fileName: cleanFileName(file.fileName),
    content: new Uint8Array(file.bytes),
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    uploadedAt: clock.now(),
    uploadedBy: actor.kind === 'administrator' ? actor.administratorId : null,
  }
  await db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ sha256: procedureForms.sha256, fileName: procedureForms.fileName })
      .from(procedureForms)
      .where(eq(procedureForms.procedureId, procedureId))
    await tx
      .insert(procedureForms)
      .values(form)
      .onConflictDoUpdate({
        target: procedureForms.procedureId,
        set: {
          fileName: form.fileName,
          content: form.content,
          sha256: form.sha256,
          uploadedAt: form.uploadedAt,
          uploadedBy: form.uploadedBy,
        },
      })
    await tx
      .update(procedures)
      .set({ updatedAt: clock.now() })
      .where(eq(procedures.id, procedureId))
    await recordAudit(tx, {
      actor,
      action: 'procedure.form.upload',
      entity: 'procedure',
      entityId: procedureId,
      ip,
      at: clock.now(),
      details: {
        before: previous ?? null,
        after: { sha256: form.sha256, fileName: form.fileName, sizeBytes: file.bytes.length },
      },
    })
  })
  return {
    procedureId,
    fileName: form.fileName,
    sizeBytes: file.bytes.length,
    sha256: form.sha256,
    uploadedAt: form.uploadedAt,
  }
}

/**
 * Removes a procedure's uploaded form (its link, if it has one, is given again).
 * @throws DomainError FORBIDDEN, NOT_FOUND. Returns whether there was one.
 */
export async function removeProcedureForm(
  db: Db,
  clock: Clock,
  actor: Actor,
  procedureId: string,
  ip?: string | null,
): Promise<boolean> {
  assertChanges(actor)
  await procedureById(db, procedureId)
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(procedureForms)
      .where(eq(procedureForms.procedureId, procedureId))
      .returning({ sha256: procedureForms.sha256, fileName: procedureForms.fileName })
    if (!removed) return false
    await tx
      .update(procedures)
      .set({ updatedAt: clock.now() })
      .where(eq(procedures.id, procedureId))
    await recordAudit(tx, {
      actor,
      action: 'procedure.form.remove',
      entity: 'procedure',
      entityId: procedureId,
      ip,
      at: clock.now(),
      details: { before: removed, after: null },
    })
    return true
  })
}

/**
 * The form of a procedure, for anyone: a retired procedure's too (bookings made with it link to
 * it). @throws DomainError NOT_FOUND when there is none.
 */
export async function readProcedureForm(
  db: Db,
  procedureId: string,
): Promise<{ fileName: string; bytes: Buffer; sha256: string }> {
  const [form] = isUuid(procedureId)
    ? await db
        .select({
          fileName: procedureForms.fileName,
          content: procedureForms.content,
          sha256: procedureForms.sha256,
        })
        .from(procedureForms)
        .where(eq(procedureForms.procedureId, procedureId))
    : []
  if (!form) throw notFound({ el: 'Το έντυπο', en: 'The form' })
  return { fileName: form.fileName, bytes: Buffer.from(form.content), sha256: form.sha256 }
}
