import { asc, desc, eq } from 'drizzle-orm'
import { isAdministrator, type Actor, type AdministratorRole } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { pgErrorOf, type Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { administrators, isValidAfm, revokeSessionsOf } from '../identity/index.js'

// The ministry's administrators and their roles (Art. 3.5): any administrator reads the list;
// only an ADMINISTRATOR adds one, changes a role or deactivates one, never their own. The
// database keeps one active ADMINISTRATOR whatever runs at once (trigger
// administrators_last_administrator, migration 0013); here its refusal becomes a field error.

type AdministratorRow = typeof administrators.$inferSelect

export interface AdministratorView {
  id: string
  fullName: string
  email: string
  taxId: string | null
  role: AdministratorRole
  active: boolean
  awaitingFirstLogin: boolean
  /** The administrator asking: the screens offer no change of oneself. */
  you: boolean
  createdAt: Date
}

export interface AddAdministratorInput {
  taxId: string
  fullName: string
  email: string
  role: AdministratorRole
}

const maxNameLength = 200
const maxEmailLength = 254
const emailFormat = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function toView(row: AdministratorRow, actor: Actor): AdministratorView {
  return {
    id: row.id,
    fullName: row.fullName,
    email: row.email,
    taxId: row.taxId,
    role: row.role,
    active: row.active,
    awaitingFirstLogin: row.gsisUserId === null,
    you: actor.kind === 'administrator' && actor.administratorId === row.id,
    createdAt: row.createdAt,
  }
}

const administratorNotFound = () => notFound({ el: 'Ο διαχειριστής', en: 'The administrator' })

const lastAdministrator = (field: string) =>
  validationFailed([
    fieldError(
      field,
      'last_administrator',
      'Πρέπει να μείνει τουλάχιστον ένας ενεργός διαχειριστής με ρόλο «Διαχειριστής». Ορίστε πρώτα άλλον.',
      'At least one active administrator with the ADMINISTRATOR role must remain. Appoint another first.',
    ),
  ])

const notOneself = (field: string, el: string, en: string) =>
  validationFailed([fieldError(field, 'self', el, en)])

function isLastAdministratorRefusal(err: unknown): boolean {
  const { code, constraint } = pgErrorOf(err)
  return code === '23514' && constraint === 'administrators_last_administrator'
}

/**
 * Every administrator, active first, by name.
 * @throws DomainError FORBIDDEN for anyone but the ministry's administrators.
 */
export async function listAdministrators(db: Db, actor: Actor): Promise<AdministratorView[]> {
  if (!isAdministrator(actor, 'auditor')) throw forbidden()
  const rows = await db
    .select()
    .from(administrators)
    .orderBy(desc(administrators.active), asc(administrators.fullName), asc(administrators.id))
  return rows.map((row) => toView(row, actor))
}

function addProblems(input: AddAdministratorInput): FieldError[] {
  const errors: FieldError[] = []
  const taxId = input.taxId.trim()
  if (taxId === '') {
    errors.push(fieldError('input.taxId', 'required', 'Γράψτε τον ΑΦΜ.', 'Enter the tax number.'))
  } else if (!isValidAfm(taxId)) {
    errors.push(
      fieldError(
        'input.taxId',
        'invalid_format',
        'Ο ΑΦΜ έχει 9 ψηφία και το τελευταίο είναι ψηφίο ελέγχου: ελέγξτε τον.',
        'A tax number has 9 digits, the last a check digit: please check it.',
      ),
    )
  }
  const fullName = input.fullName.trim()
  if (fullName === '') {
    errors.push(
      fieldError('input.fullName', 'required', 'Γράψτε το ονοματεπώνυμο.', 'Enter the full name.'),
    )
  } else if (fullName.length > maxNameLength) {
    errors.push(
      fieldError(
        'input.fullName',
        'too_long',
        `Έως ${maxNameLength} χαρακτήρες.`,
        `At most ${maxNameLength} characters.`,
      ),
    )
  }
  const email = input.email.trim()
  if (email === '') {
    errors.push(fieldError('input.email', 'required', 'Γράψτε το email.', 'Enter the email.'))
  } else if (email.length > maxEmailLength || !emailFormat.test(email)) {
    errors.push(
      fieldError(
        'input.email',
        'invalid_format',
        'Γράψτε ένα έγκυρο email, π.χ. onoma@mindigital.gr.',
        'Enter a valid email, e.g. name@mindigital.gr.',
      ),
    )
  }
  return errors
}

const duplicateTaxId = () =>
  validationFailed([
    fieldError(
      'input.taxId',
      'duplicate',
      'Υπάρχει ήδη διαχειριστής με αυτόν τον ΑΦΜ.',
      'There is already an administrator with this tax number.',
    ),
  ])

/**
 * Registers an administrator by tax number, with a role; their first login through GSIS finds
 * them by it (Art. 3.5).
 * @throws DomainError FORBIDDEN (not an ADMINISTRATOR), VALIDATION_FAILED per field (a tax
 * number already registered included).
 */
export async function addAdministrator(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: AddAdministratorInput,
  ip?: string | null,
): Promise<AdministratorView> {
  if (!isAdministrator(actor, 'administrator')) throw forbidden()
  const errors = addProblems(input)
  if (errors.length > 0) throw validationFailed(errors)
  const taxId = input.taxId.trim()
  const [taken] = await db
    .select({ id: administrators.id })
    .from(administrators)
    .where(eq(administrators.taxId, taxId))
  if (taken) throw duplicateTaxId()
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(administrators)
        .values({
          taxId,
          fullName: input.fullName.trim(),
          email: input.email.trim(),
          role: input.role,
        })
        .returning()
      await recordAudit(tx, {
        actor,
        action: 'administrator.add',
        entity: 'administrator',
        entityId: row!.id,
        ip,
        at: clock.now(),
        details: { after: { role: row!.role, active: true } },
      })
      return toView(row!, actor)
    })
  } catch (err) {
    // the same tax number added at the same moment by another request
    if (pgErrorOf(err).code === '23505') throw duplicateTaxId()
    throw err
  }
}

/** The target of a role change or deactivation: never oneself, never unknown. */
async function target(
  db: Db,
  actor: Actor,
  administratorId: string,
  self: { el: string; en: string },
): Promise<AdministratorRow> {
  if (!isAdministrator(actor, 'administrator')) throw forbidden()
  if (!isUuid(administratorId)) throw administratorNotFound()
  if (actor.administratorId === administratorId) {
    throw notOneself('input.administratorId', self.el, self.en)
  }
  const [row] = await db.select().from(administrators).where(eq(administrators.id, administratorId))
  if (!row) throw administratorNotFound()
  return row
}

/**
 * Gives an administrator another role (Art. 3.5); the same role changes nothing.
 * @throws DomainError FORBIDDEN (not an ADMINISTRATOR), NOT_FOUND, VALIDATION_FAILED (oneself,
 * a deactivated administrator, or the last active ADMINISTRATOR).
 */
export async function setAdministratorRole(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { administratorId: string; role: AdministratorRole },
  ip?: string | null,
): Promise<AdministratorView> {
  const before = await target(db, actor, input.administratorId, {
    el: 'Δεν μπορείτε να αλλάξετε τον δικό σας ρόλο: ζητήστε το από άλλον διαχειριστή.',
    en: 'You cannot change your own role: ask another administrator.',
  })
  if (!before.active) {
    throw validationFailed([
      fieldError(
        'input.administratorId',
        'inactive',
        'Ο διαχειριστής έχει απενεργοποιηθεί.',
        'The administrator has been deactivated.',
      ),
    ])
  }
  if (before.role === input.role) return toView(before, actor)
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(administrators)
        .set({ role: input.role })
        .where(eq(administrators.id, before.id))
        .returning()
      await recordAudit(tx, {
        actor,
        action: 'administrator.role.set',
        entity: 'administrator',
        entityId: before.id,
        ip,
        at: clock.now(),
        details: { before: { role: before.role }, after: { role: row!.role } },
      })
      return toView(row!, actor)
    })
  } catch (err) {
    if (isLastAdministratorRefusal(err)) throw lastAdministrator('input.role')
    throw err
  }
}

/**
 * Deactivates an administrator: they can no longer log in, and their open sessions end at
 * once. Deactivating one already inactive changes nothing.
 * @throws DomainError FORBIDDEN (not an ADMINISTRATOR), NOT_FOUND, VALIDATION_FAILED (oneself,
 * or the last active ADMINISTRATOR).
 */
export async function deactivateAdministrator(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { administratorId: string },
  ip?: string | null,
): Promise<AdministratorView> {
  const before = await target(db, actor, input.administratorId, {
    el: 'Δεν μπορείτε να απενεργοποιήσετε τον εαυτό σας.',
    en: 'You cannot deactivate yourself.',
  })
  if (!before.active) return toView(before, actor)
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(administrators)
        .set({ active: false })
        .where(eq(administrators.id, before.id))
        .returning()
      const sessionsEnded = await revokeSessionsOf(tx, clock, {
        kind: 'administrator',
        id: before.id,
      })
      await recordAudit(tx, {
        actor,
        action: 'administrator.deactivate',
        entity: 'administrator',
        entityId: before.id,
        ip,
        at: clock.now(),
        details: {
          before: { role: before.role, active: true },
          after: { role: row!.role, active: false },
          sessionsEnded,
        },
      })
      return toView(row!, actor)
    })
  } catch (err) {
    if (isLastAdministratorRefusal(err)) throw lastAdministrator('input.administratorId')
    throw err
  }
}
