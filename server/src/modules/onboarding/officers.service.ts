import { asc, eq } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { pgErrorOf, type Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { municipalities } from '../catalog/index.js'
import { isValidAfm, municipalityOfficers, revokeSessionsOf } from '../identity/index.js'

// Issue 18 item 1: the municipalities' officers. An ADMINISTRATOR grants the role (by ΑΦΜ) and
// revokes it; the ministry's administrators read the list (audited: names are personal data).
// An application's approval also makes its applicant the municipality's officer (grantOnApproval).

export interface OfficerView {
  id: string
  fullName: string
  municipalityId: string | null
  municipalityName: { el: string; en: string } | null
  grantedAt: Date | null
}

const maxNameLength = 200

const officerNotFound = () => notFound({ el: 'Ο υπάλληλος του δήμου', en: 'The officer' })

async function viewOf(db: Db, officerId: string): Promise<OfficerView | undefined> {
  const [row] = await db
    .select({
      id: municipalityOfficers.id,
      fullName: municipalityOfficers.fullName,
      municipalityId: municipalityOfficers.municipalityId,
      grantedAt: municipalityOfficers.grantedAt,
      nameEl: municipalities.nameEl,
      nameEn: municipalities.nameEn,
    })
    .from(municipalityOfficers)
    .leftJoin(municipalities, eq(municipalities.id, municipalityOfficers.municipalityId))
    .where(eq(municipalityOfficers.id, officerId))
  return row && toView(row)
}

function toView(row: {
  id: string
  fullName: string
  municipalityId: string | null
  grantedAt: Date | null
  nameEl: string | null
  nameEn: string | null
}): OfficerView {
  return {
    id: row.id,
    fullName: row.fullName,
    municipalityId: row.municipalityId,
    municipalityName:
      row.nameEl === null || row.nameEn === null ? null : { el: row.nameEl, en: row.nameEn },
    grantedAt: row.municipalityId === null ? null : row.grantedAt,
  }
}

/** The officers (with a municipality), of one municipality or all, by name. */
export async function listOfficers(
  db: Db,
  clock: Clock,
  actor: Actor,
  municipalityId: string | null,
  ip?: string | null,
): Promise<OfficerView[]> {
  if (municipalityId !== null && !isUuid(municipalityId)) return []
  const rows = await db
    .select({
      id: municipalityOfficers.id,
      fullName: municipalityOfficers.fullName,
      municipalityId: municipalityOfficers.municipalityId,
      grantedAt: municipalityOfficers.grantedAt,
      nameEl: municipalities.nameEl,
      nameEn: municipalities.nameEn,
    })
    .from(municipalityOfficers)
    .innerJoin(municipalities, eq(municipalities.id, municipalityOfficers.municipalityId))
    .where(
      municipalityId === null ? undefined : eq(municipalityOfficers.municipalityId, municipalityId),
    )
    .orderBy(asc(municipalityOfficers.fullName), asc(municipalityOfficers.id))
  await recordAudit(db, {
    actor,
    action: 'municipality_officer.list',
    entity: 'municipality',
    entityId: municipalityId ?? undefined,
    ip,
    at: clock.now(),
    details: { count: rows.length },
  })
  return rows.map(toView)
}

export interface GrantOfficerInput {
  municipalityId: string
  taxId: string
  fullName: string
}

/**
 * Makes the person with this ΑΦΜ an officer of the municipality: a person already known (who
 * logged in, or an officer of another municipality) is given the municipality; else a row
 * waits for their first login. Their sessions end, so the next request sees the new role.
 */
export async function grantOfficer(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: GrantOfficerInput,
  ip?: string | null,
): Promise<OfficerView> {
  const taxId = input.taxId.trim()
  const fullName = input.fullName.trim()
  const errors: FieldError[] = []
  if (!isValidAfm(taxId)) {
    errors.push(
      fieldError('input.taxId', 'invalid_format', 'Μη έγκυρος ΑΦΜ.', 'Invalid tax number (ΑΦΜ).'),
    )
  }
  if (fullName.length === 0 || fullName.length > maxNameLength) {
    errors.push(
      fieldError(
        'input.fullName',
        fullName.length === 0 ? 'required' : 'too_long',
        'Συμπληρώστε το ονοματεπώνυμο (έως 200 χαρακτήρες).',
        'Enter the full name (up to 200 characters).',
      ),
    )
  }
  const [municipality] = isUuid(input.municipalityId)
    ? await db
        .select({ id: municipalities.id })
        .from(municipalities)
        .where(eq(municipalities.id, input.municipalityId))
    : []
  if (!municipality) {
    errors.push(
      fieldError('input.municipalityId', 'unknown', 'Άγνωστος δήμος.', 'Unknown municipality.'),
    )
  }
  if (errors.length > 0) throw validationFailed(errors)
  const now = clock.now()
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(municipalityOfficers)
        .where(eq(municipalityOfficers.taxId, taxId))
        .for('update')
      const [row] = before
        ? await tx
            .update(municipalityOfficers)
            .set({
              municipalityId: input.municipalityId,
              grantedAt: now,
              grantedBy: actorId(actor),
            })
            .where(eq(municipalityOfficers.id, before.id))
            .returning()
        : await tx
            .insert(municipalityOfficers)
            .values({
              taxId,
              fullName,
              municipalityId: input.municipalityId,
              grantedAt: now,
              grantedBy: actorId(actor),
              createdAt: now,
            })
            .returning()
      const sessionsEnded = before
        ? await revokeSessionsOf(tx, clock, { kind: 'officer', id: before.id })
        : 0
      await recordAudit(tx, {
        actor,
        action: 'municipality_officer.grant',
        entity: 'municipality_officer',
        entityId: row!.id,
        ip,
        at: now,
        details: {
          before: before ? { municipalityId: before.municipalityId } : null,
          after: { municipalityId: input.municipalityId },
          sessionsEnded,
        },
      })
      return (await viewOf(tx, row!.id))!
    })
  } catch (err) {
    // the same tax number granted at the same moment by another request
    if (pgErrorOf(err).code === '23505') {
      throw validationFailed([
        fieldError(
          'input.taxId',
          'taken',
          'Ο ΑΦΜ καταχωρίστηκε μόλις από άλλη ενέργεια· δοκιμάστε ξανά.',
          'The tax number was just registered by another action; please try again.',
        ),
      ])
    }
    throw err
  }
}

/** Ends an officer's role: their municipality is cleared and their sessions end. */
export async function revokeOfficer(
  db: Db,
  clock: Clock,
  actor: Actor,
  officerId: string,
  ip?: string | null,
): Promise<OfficerView> {
  if (!isUuid(officerId)) throw officerNotFound()
  const now = clock.now()
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(municipalityOfficers)
      .where(eq(municipalityOfficers.id, officerId))
      .for('update')
    if (!before || before.municipalityId === null) throw officerNotFound()
    await tx
      .update(municipalityOfficers)
      .set({ municipalityId: null, grantedAt: null, grantedBy: null })
      .where(eq(municipalityOfficers.id, officerId))
    const sessionsEnded = await revokeSessionsOf(tx, clock, { kind: 'officer', id: officerId })
    await recordAudit(tx, {
      actor,
      action: 'municipality_officer.revoke',
      entity: 'municipality_officer',
      entityId: officerId,
      ip,
      at: now,
      details: {
        before: { municipalityId: before.municipalityId },
        after: { municipalityId: null },
        sessionsEnded,
      },
    })
    return (await viewOf(tx, officerId))!
  })
}

/**
 * Approval (applications.service): the applicant becomes the municipality's officer, in the
 * approval's transaction. An officer of another municipality keeps theirs (nothing changes).
 */
export async function grantOnApproval(
  tx: Db,
  clock: Clock,
  actor: Actor,
  officerId: string,
  municipalityId: string,
  ip?: string | null,
): Promise<boolean> {
  const [before] = await tx
    .select()
    .from(municipalityOfficers)
    .where(eq(municipalityOfficers.id, officerId))
    .for('update')
  if (!before || (before.municipalityId !== null && before.municipalityId !== municipalityId)) {
    return false
  }
  if (before.municipalityId === municipalityId) return true
  const now = clock.now()
  await tx
    .update(municipalityOfficers)
    .set({ municipalityId, grantedAt: now, grantedBy: actorId(actor) })
    .where(eq(municipalityOfficers.id, officerId))
  await recordAudit(tx, {
    actor,
    action: 'municipality_officer.grant',
    entity: 'municipality_officer',
    entityId: officerId,
    ip,
    at: now,
    details: { before: { municipalityId: null }, after: { municipalityId }, onApproval: true },
  })
  return true
}

function actorId(actor: Actor): string | null {
  return actor.kind === 'administrator' ? actor.administratorId : null
}
