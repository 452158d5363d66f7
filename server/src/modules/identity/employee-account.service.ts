import { and, eq, isNull } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import {
  DomainError,
  fieldError,
  validationFailed,
  type FieldError,
} from '../../platform/errors.js'
import { recordAudit } from '../audit/index.js'
import { employees } from './identity.table.js'

// Issue 14 items 4 and 5: what an employee (staff or manager) sets for themselves — the
// acceptable-use notice of Art. 7.2 acknowledged once, the morning summary, their emails'
// language. Nobody sets these for someone else.

/**
 * The root fields an employee may call before acknowledging the notice (with the public reads,
 * see app/server.ts): who they are, the acknowledgement itself, and logging out.
 */
export const acceptableUseOperations = [
  'me',
  'acknowledgeAcceptableUse',
  'logout',
  'logoutEverywhere',
] as const

export interface EmployeeAccount {
  employeeId: string
  acceptableUseAcknowledgedAt: Date | null
  morningSummary: boolean
  emailLocale: 'el' | 'en'
}

const employeesOnly = () =>
  new DomainError('FORBIDDEN', {
    el: 'Μόνο οι υπάλληλοι και οι προϊστάμενοι των ΚΕΠ έχουν αυτές τις ρυθμίσεις.',
    en: 'Only KEP employees and managers have these settings.',
  })

type EmployeeActor = Extract<Actor, { kind: 'employee' }>

function assertEmployee(actor: Actor): asserts actor is EmployeeActor {
  if (actor.kind !== 'employee') throw employeesOnly()
}

const accountColumns = {
  employeeId: employees.id,
  acceptableUseAcknowledgedAt: employees.acceptableUseAcknowledgedAt,
  morningSummary: employees.morningSummary,
  emailLocale: employees.locale,
}

const asAccount = (row: {
  employeeId: string
  acceptableUseAcknowledgedAt: Date | null
  morningSummary: boolean
  emailLocale: string
}): EmployeeAccount => ({ ...row, emailLocale: row.emailLocale === 'en' ? 'en' : 'el' })

/** The logged-in employee's own settings. @throws FORBIDDEN for anyone but an employee. */
export async function employeeAccount(db: Db, actor: Actor): Promise<EmployeeAccount> {
  assertEmployee(actor)
  const [row] = await db
    .select(accountColumns)
    .from(employees)
    .where(eq(employees.id, actor.employeeId))
  // the session was read from this row a moment ago; gone since, they are no longer an employee
  if (!row) throw employeesOnly()
  return asAccount(row)
}

/**
 * Records that the logged-in employee acknowledged the acceptable-use notice (Art. 7.2), with an
 * audit entry, once: a second call keeps the first time and writes nothing.
 * @throws FORBIDDEN for anyone but an employee.
 */
export async function acknowledgeAcceptableUse(
  db: Db,
  clock: Clock,
  actor: Actor,
  ip: string | undefined,
): Promise<EmployeeAccount> {
  assertEmployee(actor)
  return db.transaction(async (tx) => {
    const at = clock.now()
    // only the first acknowledgement writes (two tabs at once: one of them)
    const [first] = await tx
      .update(employees)
      .set({ acceptableUseAcknowledgedAt: at })
      .where(and(eq(employees.id, actor.employeeId), isNull(employees.acceptableUseAcknowledgedAt)))
      .returning({ id: employees.id })
    if (first) {
      await recordAudit(tx, {
        actor,
        action: 'acceptable_use.acknowledge',
        entity: 'employee',
        entityId: actor.employeeId,
        ip,
        at,
        details: { article: '7.2' },
      })
    }
    return employeeAccount(tx, actor)
  })
}

export interface EmployeeSettingsInput {
  morningSummary?: boolean | null
  emailLocale?: string | null
}

/**
 * Changes the logged-in employee's own settings (only the fields given), audited.
 * @throws FORBIDDEN for anyone but an employee; VALIDATION_FAILED (`input.emailLocale`).
 */
export async function updateEmployeeSettings(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: EmployeeSettingsInput,
  ip: string | undefined,
): Promise<EmployeeAccount> {
  assertEmployee(actor)
  const problems: FieldError[] = []
  const locale = input.emailLocale
  if (locale != null && locale !== 'el' && locale !== 'en') {
    problems.push(
      fieldError(
        'input.emailLocale',
        'invalid_value',
        'Η γλώσσα των μηνυμάτων είναι «el» (Ελληνικά) ή «en» (Αγγλικά).',
        'The language of the emails is "el" (Greek) or "en" (English).',
      ),
    )
  }
  if (problems.length > 0) throw validationFailed(problems)
  const changes: Partial<{ morningSummary: boolean; locale: string }> = {}
  if (input.morningSummary != null) changes.morningSummary = input.morningSummary
  if (locale != null) changes.locale = locale
  return db.transaction(async (tx) => {
    if (Object.keys(changes).length > 0) {
      await tx.update(employees).set(changes).where(eq(employees.id, actor.employeeId))
      await recordAudit(tx, {
        actor,
        action: 'employee_settings.update',
        entity: 'employee',
        entityId: actor.employeeId,
        ip,
        at: clock.now(),
        details: changes,
      })
    }
    return employeeAccount(tx, actor)
  })
}
