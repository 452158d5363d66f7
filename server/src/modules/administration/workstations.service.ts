import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { keps } from '../catalog/index.js'
import {
  addDays,
  employeeAvailability,
  localDateOf,
  workstations,
  type LocalDate,
} from '../scheduling/index.js'
import { changeWithImpact } from './impact.service.js'
import type { Impact, ImpactInput } from './impact.types.js'
import { assertKepChanger, isKepManager } from './kep-reach.policy.js'
import { duplicateLabel, futureBookingsOf, kepStatusToday, labelProblem } from './keps.service.js'

// A KEP's workstations (issue 14 item 8): added, renamed and retired by the ministry's OPERATORs
// and ADMINISTRATORs for any KEP and by a KEP's manager for their own, in one change through the
// impact preview (ARCHITECTURE "Operators' changes"). Retiring a desk ends the availability
// windows at it; the bookings held there stay with their employee at another free desk of the
// KEP, else go to a free colleague, else follow the uncovered choice (kept and listed, moved,
// or cancelled with one email). Labels are unique per KEP (regardless of case), 1 to 40
// characters once trimmed; an active KEP keeps at least one active desk.

export type WorkstationChangeKind = 'add' | 'rename' | 'retire'

export interface WorkstationChange {
  kind: WorkstationChangeKind
  /** rename, retire: which desk. */
  id?: string | null
  /** add, rename: its label. */
  label?: string | null
}

export interface ChangeWorkstationsInput {
  kepId: string
  changes: WorkstationChange[]
}

export interface KepWorkstation {
  id: string
  label: string
  active: boolean
  /** Booked appointments from now on held at this desk. */
  futureBookings: number
}

export const maxChangesAtOnce = 50

const kepNotFound = () => notFound({ el: 'Το ΚΕΠ', en: 'The KEP' })

/** What citizens are told in the one email of a booking moved or cancelled by a desk retired. */
const desksChanged = {
  el: 'Το ΚΕΠ άλλαξε τις θέσεις εργασίας του και δεν μπορεί να σας εξυπηρετήσει την ώρα αυτή.',
  en: 'The KEP has changed its workstations and can no longer serve you at that time.',
}

/**
 * A KEP's workstations (retired ones included), by label, each with the bookings it holds from
 * now on: any of the ministry's administrators, or the KEP's manager.
 * @throws DomainError FORBIDDEN, NOT_FOUND (an unknown KEP; another KEP's, to a manager).
 */
export async function kepWorkstations(
  db: Db,
  clock: Clock,
  actor: Actor,
  kepId: string,
): Promise<KepWorkstation[]> {
  const manager = isKepManager(actor)
  if (!isAdministrator(actor, 'auditor') && !manager) throw forbidden()
  if (!isUuid(kepId) || (manager && actor.kepId !== kepId)) throw kepNotFound()
  const [kep] = await db.select({ id: keps.id }).from(keps).where(eq(keps.id, kepId))
  if (!kep) throw kepNotFound()
  return listOf(db, clock, kepId)
}

async function listOf(db: Db, clock: Clock, kepId: string): Promise<KepWorkstation[]> {
  const [desks, future] = await Promise.all([
    db
      .select()
      .from(workstations)
      .where(eq(workstations.kepId, kepId))
      .orderBy(asc(workstations.label)),
    futureBookingsOf(db, clock, kepId),
  ])
  return desks.map((w) => ({
    id: w.id,
    label: w.label,
    active: w.active,
    futureBookings: future.byWorkstation.get(w.id) ?? 0,
  }))
}

/** The problems of the changes' shape (before any desk is read), field by field. */
function shapeProblems(changes: readonly WorkstationChange[]): FieldError[] {
  if (changes.length === 0) {
    return [
      fieldError(
        'input.changes',
        'required',
        'Δώστε τουλάχιστον μία αλλαγή.',
        'Give at least one change.',
      ),
    ]
  }
  if (changes.length > maxChangesAtOnce) {
    return [
      fieldError(
        'input.changes',
        'too_many',
        `Έως ${maxChangesAtOnce} αλλαγές τη φορά.`,
        `At most ${maxChangesAtOnce} changes at a time.`,
      ),
    ]
  }
  const errors: FieldError[] = []
  changes.forEach((c, i) => {
    const at = `input.changes[${i}]`
    if (c.kind !== 'add' && (c.id == null || c.id === '')) {
      errors.push(
        fieldError(`${at}.id`, 'required', 'Επιλέξτε θέση εργασίας.', 'Choose a workstation.'),
      )
    }
    if (c.kind === 'add' && c.id != null) {
      errors.push(
        fieldError(
          `${at}.id`,
          'not_allowed',
          'Μια νέα θέση εργασίας δεν έχει ακόμη αναγνωριστικό.',
          'A new workstation has no id yet.',
        ),
      )
    }
    if (c.kind !== 'retire') {
      const problem = labelProblem(`${at}.label`, c.label ?? '')
      if (problem) errors.push(problem)
    }
  })
  return errors
}

const unknownDesk = (field: string) =>
  fieldError(
    field,
    'unknown',
    'Η θέση εργασίας δεν ανήκει σε αυτό το ΚΕΠ.',
    'The workstation is not one of this KEP’s.',
  )

type DeskRow = typeof workstations.$inferSelect

/**
 * What the changes make of the KEP's desks as locked now, or every problem field by field (a
 * desk unknown, retired already or named twice; a label taken; the last active desk of an
 * active KEP retired).
 */
function planOf(
  desks: readonly DeskRow[],
  changes: readonly WorkstationChange[],
  kepActive: boolean,
): {
  errors: FieldError[]
  after: Map<string, { label: string; active: boolean }>
  added: string[]
} {
  const errors: FieldError[] = []
  const after = new Map(desks.map((w) => [w.id, { label: w.label, active: w.active }]))
  const added: string[] = []
  const named = new Set<string>()
  changes.forEach((c, i) => {
    const at = `input.changes[${i}]`
    if (c.kind === 'add') return void added.push(c.label!.trim())
    const desk = isUuid(c.id!) ? desks.find((w) => w.id === c.id) : undefined
    if (!desk) return void errors.push(unknownDesk(`${at}.id`))
    if (named.has(desk.id)) {
      return void errors.push(
        fieldError(
          `${at}.id`,
          'duplicate',
          'Η θέση εργασίας αλλάζει μία φορά σε κάθε αλλαγή.',
          'A workstation is changed once per change.',
        ),
      )
    }
    named.add(desk.id)
    if (!desk.active) {
      return void errors.push(
        fieldError(
          `${at}.id`,
          'retired',
          'Η θέση εργασίας έχει ήδη καταργηθεί.',
          'The workstation has already been retired.',
        ),
      )
    }
    if (c.kind === 'rename') after.set(desk.id, { label: c.label!.trim(), active: true })
    else after.set(desk.id, { label: desk.label, active: false })
  })
  if (errors.length > 0) return { errors, after, added }

  // labels as they will be: the unchanged ones first, then the changes' in the order given
  const changedLabels = new Map<number, string>()
  changes.forEach((c, i) => {
    if (c.kind !== 'retire') changedLabels.set(i, c.label!.trim().toLowerCase())
  })
  const renamed = new Set(changes.filter((c) => c.kind === 'rename').map((c) => c.id))
  const seen = new Set<string>()
  for (const [id, w] of after) if (!renamed.has(id)) seen.add(w.label.toLowerCase())
  for (const [i, label] of changedLabels) {
    if (seen.has(label)) errors.push(duplicateLabel(`input.changes[${i}].label`))
    seen.add(label)
  }
  const active = [...after.values()].filter((w) => w.active).length + added.length
  if (kepActive && active === 0) {
    const i = changes.findIndex((c) => c.kind === 'retire')
    errors.push(
      fieldError(
        `input.changes[${i}].id`,
        'last_active',
        'Είναι η τελευταία ενεργή θέση εργασίας του ΚΕΠ: προσθέστε πρώτα άλλη.',
        'It is the KEP’s last active workstation: add another first.',
      ),
    )
  }
  return { errors, after, added }
}

/**
 * Ends the availability windows at retired desks: those begun before `today` end yesterday,
 * later ones are removed. Returns how many windows changed.
 */
async function endWindowsAt(tx: Db, deskIds: string[], today: LocalDate): Promise<number> {
  if (deskIds.length === 0) return 0
  const atDesks = inArray(employeeAvailability.workstationId, deskIds)
  const removed = await tx
    .delete(employeeAvailability)
    .where(and(atDesks, gte(employeeAvailability.validFrom, today)))
    .returning({ id: employeeAvailability.id })
  const ended = await tx
    .update(employeeAvailability)
    .set({ validTo: addDays(today, -1) })
    .where(
      and(
        atDesks,
        lt(employeeAvailability.validFrom, today),
        or(isNull(employeeAvailability.validTo), gte(employeeAvailability.validTo, today)),
      ),
    )
    .returning({ id: employeeAvailability.id })
  return removed.length + ended.length
}

/**
 * Adds, renames and retires a KEP's workstations in one change (issue 14 item 8), previewed
 * first: the bookings held at a retired desk are listed with their fate (kept by their employee
 * at another free desk, given to a free colleague, or per `impact.uncovered`), and applied with
 * the preview's token. OPERATORs and ADMINISTRATORs for any KEP, a KEP's manager for their own.
 * `workstations`: the KEP's desks after the call (unchanged by a preview). Audited.
 * @throws DomainError FORBIDDEN, NOT_FOUND (the KEP; another KEP's, to a manager),
 * VALIDATION_FAILED per field (nothing written), STALE_PREVIEW.
 */
export async function changeKepWorkstations(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: ChangeWorkstationsInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; workstations: KepWorkstation[] }> {
  assertKepChanger(actor, input.kepId)
  const [kep] = await db.select({ id: keps.id }).from(keps).where(eq(keps.id, input.kepId))
  if (!kep) throw kepNotFound()
  const shape = shapeProblems(input.changes)
  if (shape.length > 0) throw validationFailed(shape)
  const changes = input.changes.map((c) => ({
    kind: c.kind,
    id: c.id ?? null,
    label: c.kind === 'retire' ? null : c.label!.trim(),
  }))
  const retiring = changes.flatMap((c) => (c.kind === 'retire' && isUuid(c.id!) ? [c.id!] : []))
  const today = localDateOf(clock.now().getTime())

  const { impact: outcome } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      // only the bookings held at the desks retired (none when nothing is retired)
      watch: { workstationIds: retiring },
      reason: desksChanged,
      subject: { workstations: { kepId: input.kepId, changes } },
    },
    async (tx) => {
      // the KEP's desks locked: two changes of one KEP at once run one after the other, and
      // the second is checked against what the first made
      const desks = await tx
        .select()
        .from(workstations)
        .where(eq(workstations.kepId, input.kepId))
        .orderBy(asc(workstations.id))
        .for('update')
      const status = await kepStatusToday(tx, input.kepId, today)
      const plan = planOf(desks, changes, status === 'active')
      if (plan.errors.length > 0) throw validationFailed(plan.errors)

      const changed = desks.filter((w) => {
        const next = plan.after.get(w.id)!
        return next.label !== w.label || next.active !== w.active
      })
      // labels are unique per KEP: park the renamed ones first so two may swap their labels
      const relabelled = changed.filter((w) => plan.after.get(w.id)!.label !== w.label)
      if (relabelled.length > 0) {
        await tx
          .update(workstations)
          .set({ label: sql`${workstations.label} || ' ' || ${workstations.id}` })
          .where(
            inArray(
              workstations.id,
              relabelled.map((w) => w.id),
            ),
          )
      }
      for (const w of changed) {
        await tx.update(workstations).set(plan.after.get(w.id)!).where(eq(workstations.id, w.id))
      }
      const inserted = plan.added.length
        ? await tx
            .insert(workstations)
            .values(plan.added.map((label) => ({ kepId: input.kepId, label })))
            .returning({ id: workstations.id, label: workstations.label })
        : []
      const retired = changed.filter((w) => w.active && !plan.after.get(w.id)!.active)
      const endedWindows = await endWindowsAt(
        tx,
        retired.map((w) => w.id),
        today,
      )
      await recordAudit(tx, {
        actor,
        action: 'kep.workstations.change',
        entity: 'kep',
        entityId: input.kepId,
        ip,
        at: clock.now(),
        details: {
          before: changed.map(({ id, label, active }) => ({ id, label, active })),
          after: [
            ...changed.map((w) => ({ id: w.id, ...plan.after.get(w.id)! })),
            ...inserted.map((w) => ({ ...w, active: true })),
          ],
          endedAvailabilityWindows: endedWindows,
        },
      })
    },
  )
  return { impact: outcome, workstations: await listOf(db, clock, input.kepId) }
}
