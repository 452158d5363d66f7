import { and, asc, eq, gte, lte } from 'drizzle-orm'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { keps } from '../catalog/index.js'
import { addDays, localDateOf, minutesOf, type LocalDate } from './calendar.js'
import { kepSpecialHours } from './scheduling.table.js'
import { dateRangeProblems, fieldError } from './scheduling.service.js'

// Extraordinary hours (R3.4, R3.5): a KEP's hours on one date instead of its weekly ones, even
// on a public holiday. Set by the ministry's administrators for any KEP and by a KEP's manager
// for their own, always through the administration's impact preview (which calls the writes
// below inside its transaction); public to read, as opening hours are.

export interface TimeWindow {
  /** HH:MM, Europe/Athens. */
  opensAt: string
  closesAt: string
}

export interface SpecialHoursDay {
  kepId: string
  date: LocalDate
  windows: TimeWindow[]
  reason: { el: string; en: string }
}

export interface SetSpecialHoursInput {
  kepId: string
  date: string
  windows: TimeWindow[]
  reasonEl: string
  reasonEn: string
}

export const maxWindowsPerDay = 4
export const maxDaysAhead = 366
const maxReasonLength = 200
const isoDate = /^\d{4}-\d{2}-\d{2}$/
const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/

const kepNotFound = () => notFound({ el: 'Το ΚΕΠ', en: 'The KEP' })

/**
 * The KEP whose hours the actor may change: any KEP for an ADMINISTRATOR or OPERATOR, their own for a
 * manager; another KEP is NOT_FOUND to a manager, so ids reveal nothing.
 */
async function kepInReach(db: Db, actor: Actor, kepId: string): Promise<void> {
  const manager = actor.kind === 'employee' && actor.role === 'manager'
  if (!isAdministrator(actor, 'operator') && !manager) throw forbidden()
  if (!isUuid(kepId) || (manager && actor.kepId !== kepId)) throw kepNotFound()
  const [kep] = await db.select({ id: keps.id }).from(keps).where(eq(keps.id, kepId))
  if (!kep) throw kepNotFound()
}

/** A date from today (Athens) to a year ahead; the field error otherwise. */
function dateProblem(field: string, date: string, now: Date): FieldError | undefined {
  if (
    !isoDate.test(date) ||
    Number.isNaN(Date.parse(date)) ||
    localDateOf(Date.parse(date)) !== date
  ) {
    return fieldError(field, 'invalid_format', 'Μη έγκυρη ημερομηνία.', 'Invalid date.')
  }
  const today = localDateOf(now.getTime())
  if (date < today) {
    return fieldError(field, 'in_past', 'Η ημερομηνία έχει περάσει.', 'The date has passed.')
  }
  if (date > addDays(today, maxDaysAhead)) {
    return fieldError(
      field,
      'too_far',
      `Ορίστε έκτακτο ωράριο έως ${maxDaysAhead} ημέρες μπροστά.`,
      `Set extraordinary hours at most ${maxDaysAhead} days ahead.`,
    )
  }
  return undefined
}

/**
 * The problems of one day's opening windows, named under `at` (`input` → `input.windows[1].
 * closesAt`): each HH:MM, closing after opening, at most maxWindowsPerDay, none overlapping;
 * with `required`, at least one. Extraordinary hours and weekly hours (administration) alike.
 */
export function timeWindowProblems(
  at: string,
  windows: readonly TimeWindow[],
  { required }: { required: boolean },
): FieldError[] {
  if (required && windows.length === 0) {
    return [
      fieldError(
        `${at}.windows`,
        'required',
        'Δώστε τουλάχιστον ένα διάστημα λειτουργίας (για να κλείσει το ΚΕΠ, καταχωρίστε κλείσιμο).',
        'Give at least one opening window (to close the KEP, record a closure).',
      ),
    ]
  }
  if (windows.length > maxWindowsPerDay) {
    return [
      fieldError(
        `${at}.windows`,
        'too_many',
        `Έως ${maxWindowsPerDay} διαστήματα την ημέρα.`,
        `At most ${maxWindowsPerDay} windows a day.`,
      ),
    ]
  }
  const errors: FieldError[] = []
  windows.forEach((w, i) => {
    const here = `${at}.windows[${i}]`
    const opensOk = clockTime.test(w.opensAt)
    const closesOk = clockTime.test(w.closesAt)
    if (!opensOk) {
      errors.push(
        fieldError(
          `${here}.opensAt`,
          'invalid_format',
          'Ώρα ΩΩ:ΛΛ, π.χ. 08:00.',
          'A time HH:MM, e.g. 08:00.',
        ),
      )
    }
    if (!closesOk) {
      errors.push(
        fieldError(
          `${here}.closesAt`,
          'invalid_format',
          'Ώρα ΩΩ:ΛΛ, π.χ. 14:30.',
          'A time HH:MM, e.g. 14:30.',
        ),
      )
    }
    if (opensOk && closesOk && w.closesAt <= w.opensAt) {
      errors.push(
        fieldError(
          `${here}.closesAt`,
          'before_opening',
          'Η ώρα λήξης πρέπει να είναι μετά την ώρα έναρξης.',
          'The closing time must be after the opening time.',
        ),
      )
    }
  })
  if (errors.length > 0) return errors
  const order = windows
    .map((w, i) => ({ ...w, i }))
    .sort((a, b) => (a.opensAt < b.opensAt ? -1 : 1))
  for (let k = 1; k < order.length; k++) {
    if (order[k]!.opensAt < order[k - 1]!.closesAt) {
      errors.push(
        fieldError(
          `${at}.windows[${order[k]!.i}].opensAt`,
          'overlaps',
          'Τα διαστήματα δεν πρέπει να επικαλύπτονται.',
          'The windows must not overlap.',
        ),
      )
    }
  }
  return errors
}

function reasonProblems(input: SetSpecialHoursInput): FieldError[] {
  const errors: FieldError[] = []
  for (const [field, value] of [
    ['input.reasonEl', input.reasonEl],
    ['input.reasonEn', input.reasonEn],
  ] as const) {
    const text = value.trim()
    if (text === '') {
      errors.push(
        fieldError(
          field,
          'required',
          'Γράψτε τον λόγο, όπως θα τον δουν οι πολίτες.',
          'Give the reason, as citizens will see it.',
        ),
      )
    } else if (text.length > maxReasonLength) {
      errors.push(
        fieldError(
          field,
          'too_long',
          `Έως ${maxReasonLength} χαρακτήρες.`,
          `At most ${maxReasonLength} characters.`,
        ),
      )
    }
  }
  return errors
}

const hhmm = (t: string) => t.slice(0, 5)

/**
 * Every problem of extraordinary hours to set, field by field: the date (today to a year
 * ahead), the windows, the reasons. The administration checks with it before it opens its
 * impact preview; setting checks again.
 */
export function specialHoursProblems(input: SetSpecialHoursInput, now: Date): FieldError[] {
  return [
    ...specialDateProblems(input.date, now),
    ...timeWindowProblems('input', input.windows, { required: true }),
    ...reasonProblems(input),
  ]
}

/** The problem of the date of extraordinary hours to remove (`input.date`), if any. */
export function specialDateProblems(date: string, now: Date): FieldError[] {
  return [dateProblem('input.date', date, now)].filter((e) => e !== undefined)
}

type SpecialHoursRow = typeof kepSpecialHours.$inferSelect

/** A KEP's extraordinary hours on a date as stored, locked until the change commits. */
async function lockedDay(tx: Db, kepId: string, date: LocalDate): Promise<SpecialHoursRow[]> {
  return tx
    .select()
    .from(kepSpecialHours)
    .where(and(eq(kepSpecialHours.kepId, kepId), eq(kepSpecialHours.onDate, date)))
    .orderBy(asc(kepSpecialHours.opensAt))
    .for('update')
}

/** The day's hours and reason for the audit trail; null when the KEP had none that day. */
function auditedDay(rows: SpecialHoursRow[]) {
  if (rows.length === 0) return null
  return {
    windows: rows.map((r) => ({ opensAt: hhmm(r.opensAt), closesAt: hhmm(r.closesAt) })),
    reason: { el: rows[0]!.reasonEl, en: rows[0]!.reasonEn },
  }
}

/**
 * Writes a KEP's extraordinary hours on a date, replacing any it had that day, with one audit
 * entry (before and after). In a transaction of its own, nested in the caller's when `db` is
 * one (the administration's impact preview); no count of the bookings left outside.
 * @throws DomainError FORBIDDEN, NOT_FOUND (a KEP out of reach), VALIDATION_FAILED per field.
 */
export async function writeKepSpecialHours(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: SetSpecialHoursInput,
  ip?: string | null,
): Promise<SpecialHoursDay> {
  await kepInReach(db, actor, input.kepId)
  const errors = specialHoursProblems(input, clock.now())
  if (errors.length > 0) throw validationFailed(errors)

  const windows = [...input.windows].sort((a, b) => minutesOf(a.opensAt) - minutesOf(b.opensAt))
  const reason = { el: input.reasonEl.trim(), en: input.reasonEn.trim() }
  await db.transaction(async (tx) => {
    const before = auditedDay(await lockedDay(tx, input.kepId, input.date))
    await tx
      .delete(kepSpecialHours)
      .where(and(eq(kepSpecialHours.kepId, input.kepId), eq(kepSpecialHours.onDate, input.date)))
    await tx.insert(kepSpecialHours).values(
      windows.map((w) => ({
        kepId: input.kepId,
        onDate: input.date,
        opensAt: w.opensAt,
        closesAt: w.closesAt,
        reasonEl: reason.el,
        reasonEn: reason.en,
      })),
    )
    await recordAudit(tx, {
      actor,
      action: 'kep.special_hours.set',
      entity: 'kep',
      entityId: input.kepId,
      ip,
      at: clock.now(),
      details: { date: input.date, before, after: { windows, reason } },
    })
  })
  return { kepId: input.kepId, date: input.date, windows, reason }
}

/**
 * Deletes a KEP's extraordinary hours on a date (its weekly hours, or a holiday's closure,
 * apply again), with one audit entry (before and after) when it had some. Nested in the
 * caller's transaction when `db` is one; no count of the bookings left outside.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED for a bad or past date.
 */
export async function deleteKepSpecialHours(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { kepId: string; date: string },
  ip?: string | null,
): Promise<boolean> {
  await kepInReach(db, actor, input.kepId)
  const errors = specialDateProblems(input.date, clock.now())
  if (errors.length > 0) throw validationFailed(errors)
  return db.transaction(async (tx) => {
    const before = auditedDay(await lockedDay(tx, input.kepId, input.date))
    if (before === null) return false
    await tx
      .delete(kepSpecialHours)
      .where(and(eq(kepSpecialHours.kepId, input.kepId), eq(kepSpecialHours.onDate, input.date)))
    await recordAudit(tx, {
      actor,
      action: 'kep.special_hours.remove',
      entity: 'kep',
      entityId: input.kepId,
      ip,
      at: clock.now(),
      details: { date: input.date, before, after: null },
    })
    return true
  })
}

/**
 * A KEP's extraordinary hours in [from, to] (public, like its weekly hours).
 * @throws DomainError NOT_FOUND for an unknown KEP, VALIDATION_FAILED for a bad range.
 */
export async function listKepSpecialHours(
  db: Db,
  kepId: string,
  from: string,
  to: string,
): Promise<SpecialHoursDay[]> {
  const errors = dateRangeProblems(from, to, maxDaysAhead + 1)
  if (errors.length > 0) throw validationFailed(errors)
  if (!isUuid(kepId)) throw kepNotFound()
  const [kep] = await db.select({ id: keps.id }).from(keps).where(eq(keps.id, kepId))
  if (!kep) throw kepNotFound()
  const rows = await db
    .select()
    .from(kepSpecialHours)
    .where(
      and(
        eq(kepSpecialHours.kepId, kepId),
        gte(kepSpecialHours.onDate, from),
        lte(kepSpecialHours.onDate, to),
      ),
    )
    .orderBy(asc(kepSpecialHours.onDate), asc(kepSpecialHours.opensAt))
  const days: SpecialHoursDay[] = []
  for (const r of rows) {
    let day = days.at(-1)
    if (!day || day.date !== r.onDate) {
      day = { kepId, date: r.onDate, windows: [], reason: { el: r.reasonEl, en: r.reasonEn } }
      days.push(day)
    }
    day.windows.push({ opensAt: hhmm(r.opensAt), closesAt: hhmm(r.closesAt) })
  }
  return days
}
