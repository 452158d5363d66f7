import { and, asc, eq, gt, sql } from 'drizzle-orm'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import {
  serviceCategories,
  serviceCategoryParameters,
  type CategoryCode,
} from '../catalog/index.js'
import {
  addDays,
  engineParams,
  localDateOf,
  nationalFreeSlots,
  parametersInForce,
  versionsOf,
  versionsSql,
  type FieldParameters,
  type LocalDate,
  type ParameterVersion,
  type ScheduledCategory,
} from '../scheduling/index.js'
import {
  settingDefaults,
  settingSql,
  settingValue,
  settings,
  settingVersions,
  type SettingKey,
} from '../settings/index.js'

// Field parameters and settings, versioned with an effective date (issue 13 item 3, R3.3,
// R4.3; ARCHITECTURE "Versions with an effective date"): a new version applies to bookings made
// from its instant on, existing bookings keep their length (occupancy stores their span). Read
// by every administrator, changed by ADMINISTRATORs only (Art. 3.5).

const fieldError = (field: string, reason: string, el: string, en: string): FieldError => ({
  field,
  reason,
  message: { el, en },
})

/** How far ahead a version may be scheduled. */
export const maxDaysAhead = 366

function mayRead(actor: Actor) {
  if (!isAdministrator(actor, 'auditor')) throw forbidden()
}

function mayChange(actor: Actor) {
  if (!isAdministrator(actor, 'administrator')) throw forbidden()
}

/** An instant from now to a year ahead (`null`: now); the field error otherwise. */
function effectiveFromProblem(
  field: string,
  value: Date | null | undefined,
  now: Date,
): FieldError | undefined {
  if (value === null || value === undefined) return undefined
  if (Number.isNaN(value.getTime())) {
    return fieldError(field, 'invalid_format', 'Μη έγκυρη ημερομηνία.', 'Invalid date.')
  }
  if (value.getTime() < now.getTime()) {
    return fieldError(
      field,
      'in_past',
      'Η ημερομηνία έναρξης ισχύος έχει περάσει· μια αλλαγή ισχύει από τώρα και μετά.',
      'The effective date has passed; a change applies from now on.',
    )
  }
  if (value.getTime() > now.getTime() + maxDaysAhead * 86_400_000) {
    return fieldError(
      field,
      'too_far',
      `Ορίστε ημερομηνία έναρξης ισχύος έως ${maxDaysAhead} ημέρες μπροστά.`,
      `Set an effective date at most ${maxDaysAhead} days ahead.`,
    )
  }
  return undefined
}

/** An integer in [min, max] (the database's own checks); the field error otherwise. */
function rangeProblem(
  field: string,
  value: number,
  min: number,
  max: number,
  unit: { el: string; en: string },
): FieldError | undefined {
  if (Number.isInteger(value) && value >= min && value <= max) return undefined
  return fieldError(
    field,
    Number.isInteger(value) ? 'out_of_range' : 'not_an_integer',
    `Ακέραιος αριθμός από ${min} έως ${max} ${unit.el}.`,
    `A whole number from ${min} to ${max} ${unit.en}.`,
  )
}

const minutes = { el: 'λεπτά', en: 'minutes' }
const days = { el: 'ημέρες', en: 'days' }

// ───────────────────────────── field parameters ─────────────────────────────

export interface FieldParametersRow {
  categoryId: string
  code: CategoryCode
  /** In force now; `effectiveFrom` null when they are the field's own (no version yet). */
  inForce: FieldParameters & { effectiveFrom: Date | null; versionId: string | null }
  /** Versions that take effect later, soonest first. */
  scheduled: ParameterVersion[]
}

/** Every field's parameters in force at `now` and those scheduled (one statement). */
async function loadFields(db: Db): Promise<ScheduledCategory[]> {
  const rows = await db
    .select({ category: serviceCategories, versions: versionsSql() })
    .from(serviceCategories)
    .orderBy(asc(serviceCategories.sortOrder), asc(serviceCategories.code))
  return rows.map(({ category, versions }) => ({ ...category, versions: versionsOf(versions) }))
}

function presentField(category: ScheduledCategory, now: Date): FieldParametersRow {
  const past = category.versions.filter((v) => v.effectiveFrom.getTime() <= now.getTime())
  const current = past.at(-1)
  return {
    categoryId: category.id,
    // the column is text; the catalog's codes are the only ones written
    code: category.code as CategoryCode,
    inForce: {
      ...parametersInForce(category, now),
      effectiveFrom: current?.effectiveFrom ?? null,
      versionId: current?.id ?? null,
    },
    scheduled: category.versions.filter((v) => v.effectiveFrom.getTime() > now.getTime()),
  }
}

/**
 * Every field's parameters: in force now and scheduled (any administrator).
 * @throws DomainError FORBIDDEN to anybody else.
 */
export async function fieldParameters(
  db: Db,
  clock: Clock,
  actor: Actor,
): Promise<FieldParametersRow[]> {
  mayRead(actor)
  const now = clock.now()
  return (await loadFields(db)).map((c) => presentField(c, now))
}

export interface ScheduleFieldParametersInput extends FieldParameters {
  category: CategoryCode
  /** From when; null or absent: at once. */
  effectiveFrom?: Date | null
}

export interface SlotDayImpact {
  date: LocalDate
  before: number
  after: number
  difference: number
}

export interface FieldParametersImpact {
  /** The parameters the new version replaces from its instant on. */
  before: FieldParameters
  after: FieldParameters
  /** Next week (Monday to Sunday, Athens): free places nationally, before and after. */
  days: SlotDayImpact[]
  totalBefore: number
  totalAfter: number
}

export interface ScheduleFieldParametersResult {
  impact: FieldParametersImpact
  /** The version written; null for a preview. */
  version: ParameterVersion | null
  field: FieldParametersRow
}

/** The slot grid starts at midnight: a step must divide an hour, or be whole hours of a day. */
const stepFits = (step: number) => 1440 % step === 0 && (60 % step === 0 || step % 60 === 0)

function parameterProblems(input: ScheduleFieldParametersInput, now: Date): FieldError[] {
  const errors: FieldError[] = []
  const push = (e: FieldError | undefined) => {
    if (e) errors.push(e)
  }
  push(effectiveFromProblem('input.effectiveFrom', input.effectiveFrom, now))
  push(rangeProblem('input.callMinutes', input.callMinutes, 5, 240, minutes))
  if (Number.isInteger(input.bufferMinutes) && input.bufferMinutes >= 1440) {
    errors.push(
      fieldError(
        'input.bufferMinutes',
        'longer_than_a_day',
        'Το διάστημα μεταξύ κλήσεων δεν μπορεί να ξεπερνά τη μία ημέρα (έως 120 λεπτά).',
        'The buffer between calls cannot be longer than a day (at most 120 minutes).',
      ),
    )
  } else {
    push(rangeProblem('input.bufferMinutes', input.bufferMinutes, 0, 120, minutes))
  }
  const step = rangeProblem('input.slotStepMinutes', input.slotStepMinutes, 5, 120, minutes)
  push(step)
  if (!step && !stepFits(input.slotStepMinutes)) {
    errors.push(
      fieldError(
        'input.slotStepMinutes',
        'does_not_fit',
        'Το βήμα πρέπει να χωρά ακριβώς στην ώρα (5, 6, 10, 12, 15, 20, 30 ή 60 λεπτά) ή να είναι 120 λεπτά.',
        'The step must fit an hour exactly (5, 6, 10, 12, 15, 20, 30 or 60 minutes) or be 120 minutes.',
      ),
    )
  }
  push(rangeProblem('input.minNoticeMinutes', input.minNoticeMinutes, 0, 43_200, minutes))
  push(rangeProblem('input.horizonDays', input.horizonDays, 1, 366, days))
  return errors
}

/** Monday to Sunday of the week after `now`'s (Athens). */
export function nextWeek(now: Date): LocalDate[] {
  const today = localDateOf(now.getTime())
  const isoWeekday = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1
  const monday = addDays(today, 8 - isoWeekday)
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}

/**
 * Free places per day next week, nationally, under the parameters the new version replaces
 * and under the new ones, with notice and horizon counted from `now` (scheduling's own count,
 * nationalFreeSlots).
 */
async function slotImpact(
  db: Db,
  now: Date,
  before: FieldParameters,
  after: FieldParameters,
): Promise<FieldParametersImpact> {
  const dates = nextWeek(now)
  const counted = await nationalFreeSlots(db, dates, engineParams(before, now))
  const counting = await nationalFreeSlots(db, dates, engineParams(after, now))
  const list = dates.map((date) => {
    const b = counted.get(date) ?? 0
    const a = counting.get(date) ?? 0
    return { date, before: b, after: a, difference: a - b }
  })
  return {
    before,
    after,
    days: list,
    totalBefore: list.reduce((s, d) => s + d.before, 0),
    totalAfter: list.reduce((s, d) => s + d.after, 0),
  }
}

const pick = (p: FieldParameters): FieldParameters => ({
  callMinutes: p.callMinutes,
  bufferMinutes: p.bufferMinutes,
  slotStepMinutes: p.slotStepMinutes,
  minNoticeMinutes: p.minNoticeMinutes,
  horizonDays: p.horizonDays,
})

/**
 * Schedules a new version of a field's parameters from `effectiveFrom` (now when absent), or
 * with `preview` only says what it would do: the free places per day next week before and
 * after. The apply answers the same numbers, computed before the version is written. Bookings
 * are not touched: each keeps the length it was made with.
 * @throws DomainError FORBIDDEN unless ADMINISTRATOR; VALIDATION_FAILED naming each bad field
 *   (nothing written).
 */
export async function scheduleFieldParameters(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: ScheduleFieldParametersInput,
  preview: boolean,
  ip?: string,
): Promise<ScheduleFieldParametersResult> {
  mayChange(actor)
  const now = clock.now()
  const errors = parameterProblems(input, now)
  const category = (await loadFields(db)).find((c) => c.code === input.category)
  if (!category) {
    errors.push(
      fieldError('input.category', 'unknown', 'Άγνωστο θεματικό πεδίο.', 'Unknown thematic field.'),
    )
  }
  const effectiveFrom = input.effectiveFrom ?? now
  if (
    category &&
    category.versions.some((v) => v.effectiveFrom.getTime() === effectiveFrom.getTime())
  ) {
    errors.push(takenProblem())
  }
  if (errors.length > 0) throw validationFailed(errors)

  const before = parametersInForce(category!, effectiveFrom)
  const after = pick(input)
  const impact = await slotImpact(db, now, before, after)
  if (preview) return { impact, version: null, field: presentField(category!, now) }

  const version = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(serviceCategoryParameters)
      .values({
        categoryId: category!.id,
        effectiveFrom,
        ...after,
        createdBy: actor.kind === 'administrator' ? actor.administratorId : null,
      })
      .onConflictDoNothing()
      .returning()
    // scheduled at the same instant meanwhile by another administrator
    if (!row) throw validationFailed([takenProblem()])
    await recordAudit(tx, {
      actor,
      action: 'field_parameters.schedule',
      entity: 'service_category',
      entityId: category!.id,
      ip,
      at: now,
      details: {
        versionId: row.id,
        effectiveFrom: effectiveFrom.toISOString(),
        before,
        after,
      },
    })
    return {
      id: row.id,
      effectiveFrom: row.effectiveFrom,
      ...pick(row),
    }
  })
  const applied = { ...category!, versions: [...category!.versions, version] }
  applied.versions.sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime())
  return { impact, version, field: presentField(applied, now) }
}

const takenProblem = () =>
  fieldError(
    'input.effectiveFrom',
    'taken',
    'Υπάρχει ήδη έκδοση των παραμέτρων από την ίδια στιγμή· ακυρώστε την πρώτα.',
    'A version of the parameters already starts at that instant; cancel it first.',
  )

const versionNotFound = () =>
  notFound({ el: 'Η προγραμματισμένη έκδοση', en: 'The scheduled version' })

/**
 * Cancels a version that has not taken effect yet (one in force, or past, stays: bookings
 * were made under it).
 * @throws DomainError FORBIDDEN unless ADMINISTRATOR; NOT_FOUND for an unknown id;
 *   VALIDATION_FAILED for a version already in force.
 */
export async function cancelScheduledFieldParameters(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string,
): Promise<FieldParametersRow> {
  mayChange(actor)
  if (!isUuid(id)) throw versionNotFound()
  const now = clock.now()
  const categoryId = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(serviceCategoryParameters)
      .where(eq(serviceCategoryParameters.id, id))
      .for('update')
    if (!row) throw versionNotFound()
    if (row.effectiveFrom.getTime() <= now.getTime()) {
      throw validationFailed([
        fieldError(
          'id',
          'in_force',
          'Η έκδοση ισχύει ήδη και δεν ακυρώνεται· προγραμματίστε νέα.',
          'The version is already in force and cannot be cancelled; schedule a new one.',
        ),
      ])
    }
    await tx
      .delete(serviceCategoryParameters)
      .where(
        and(eq(serviceCategoryParameters.id, id), gt(serviceCategoryParameters.effectiveFrom, now)),
      )
    await recordAudit(tx, {
      actor,
      action: 'field_parameters.cancel',
      entity: 'service_category',
      entityId: row.categoryId,
      ip,
      at: now,
      details: {
        versionId: row.id,
        effectiveFrom: row.effectiveFrom.toISOString(),
        before: pick(row),
        after: null,
      },
    })
    return row.categoryId
  })
  const category = (await loadFields(db)).find((c) => c.id === categoryId)!
  return presentField(category, now)
}

// ───────────────────────────── settings ─────────────────────────────

/** The settings administrators schedule (issue 13 item 3): each with its allowed values. */
interface SettingRule {
  /** An integer in [min, max], or a list of such (distinct, at most maxItems). */
  kind: 'integer' | 'integers'
  min: number
  max: number
  maxItems?: number
}

export const settingRules: Record<SettingKey, SettingRule> = {
  'booking.maxFutureBookingsPerCitizen': { kind: 'integer', min: 1, max: 20 },
  'booking.holdMinutes': { kind: 'integer', min: 1, max: 60 },
  'documents.retentionDaysAfterAppointment': { kind: 'integer', min: 1, max: 365 },
  'retention.auditYears': { kind: 'integer', min: 1, max: 20 },
  'notifications.reminderLeadMinutes': { kind: 'integers', min: 5, max: 10_080, maxItems: 5 },
  'calls.noShowGraceMinutes': { kind: 'integer', min: 0, max: 60 },
  'calls.joinOpensMinutesBefore': { kind: 'integer', min: 0, max: 120 },
  'calls.joinClosesMinutesAfterEnd': { kind: 'integer', min: 0, max: 240 },
  // issue 19 item 1: long enough for the KEP to follow a case up, short enough to be minimal
  'retention.invitationDaysAfterAppointment': { kind: 'integer', min: 1, max: 365 },
  'retention.outboxDaysAfterSending': { kind: 'integer', min: 7, max: 730 },
  'retention.bookingPersonalDataMonths': { kind: 'integer', min: 1, max: 120 },
  'retention.inactiveCitizenMonths': { kind: 'integer', min: 1, max: 120 },
}

const settingKeys = Object.keys(settingRules) as SettingKey[]

export type SettingValue = number | number[]

export interface SettingVersionRow {
  effectiveFrom: Date
  value: SettingValue
}

export interface SettingRow {
  key: SettingKey
  /** In force now; `effectiveFrom` null when it is the setting's own value (no version yet). */
  value: SettingValue
  effectiveFrom: Date | null
  scheduled: SettingVersionRow[]
  rule: SettingRule
}

async function loadSettings(db: Db, now: Date): Promise<SettingRow[]> {
  const [base, versions] = await Promise.all([
    db.select({ key: settings.key, value: settings.value }).from(settings),
    db
      .select({
        key: settingVersions.key,
        effectiveFrom: settingVersions.effectiveFrom,
        value: settingVersions.value,
      })
      .from(settingVersions)
      .orderBy(asc(settingVersions.effectiveFrom)),
  ])
  return settingKeys.map((key) => {
    const own = versions.filter((v) => v.key === key)
    const current = own.filter((v) => v.effectiveFrom.getTime() <= now.getTime()).at(-1)
    return {
      key,
      value: settingValue(key, current ? current.value : base.find((b) => b.key === key)?.value),
      effectiveFrom: current?.effectiveFrom ?? null,
      scheduled: own
        .filter((v) => v.effectiveFrom.getTime() > now.getTime())
        .map((v) => ({ effectiveFrom: v.effectiveFrom, value: settingValue(key, v.value) })),
      rule: settingRules[key],
    }
  })
}

/**
 * The settings administrators schedule: in force now and scheduled (any administrator).
 * @throws DomainError FORBIDDEN to anybody else.
 */
export async function settingsList(db: Db, clock: Clock, actor: Actor): Promise<SettingRow[]> {
  mayRead(actor)
  return loadSettings(db, clock.now())
}

export interface ScheduleSettingInput {
  key: string
  /** One whole number; for a list setting (the reminder leads), any number of them. */
  value: number[]
  effectiveFrom?: Date | null
}

export interface ScheduleSettingResult {
  key: SettingKey
  before: SettingValue
  after: SettingValue
  effectiveFrom: Date
  applied: boolean
  setting: SettingRow
}

function settingValueProblem(
  key: SettingKey,
  given: number[],
): { value?: SettingValue; error?: FieldError } {
  const rule = settingRules[key]
  const field = 'input.value'
  const inRange = (n: number) => Number.isInteger(n) && n >= rule.min && n <= rule.max
  if (rule.kind === 'integer') {
    if (given.length === 1 && inRange(given[0]!)) return { value: given[0]! }
    return {
      error: fieldError(
        field,
        given.length === 1 ? 'out_of_range' : 'wrong_type',
        `Ένας ακέραιος αριθμός από ${rule.min} έως ${rule.max}.`,
        `One whole number from ${rule.min} to ${rule.max}.`,
      ),
    }
  }
  if (
    given.length <= rule.maxItems! &&
    given.every(inRange) &&
    new Set(given).size === given.length
  ) {
    return { value: [...given].sort((a, b) => b - a) }
  }
  return {
    error: fieldError(
      field,
      given.length > rule.maxItems! ? 'too_many' : 'out_of_range',
      `Έως ${rule.maxItems} διαφορετικοί ακέραιοι από ${rule.min} έως ${rule.max}, π.χ. 1440, 30.`,
      `Up to ${rule.maxItems} different whole numbers from ${rule.min} to ${rule.max}, e.g. 1440, 30.`,
    ),
  }
}

/**
 * Schedules a new value of a setting from `effectiveFrom` (now when absent), or with
 * `preview` only says what it would replace.
 * @throws DomainError FORBIDDEN unless ADMINISTRATOR; VALIDATION_FAILED naming each bad field
 *   (nothing written).
 */
export async function scheduleSetting(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: ScheduleSettingInput,
  preview: boolean,
  ip?: string,
): Promise<ScheduleSettingResult> {
  mayChange(actor)
  const now = clock.now()
  const errors: FieldError[] = []
  const key = settingKeys.find((k) => k === input.key)
  let value: SettingValue | undefined
  if (!key) {
    errors.push(fieldError('input.key', 'unknown', 'Άγνωστη ρύθμιση.', 'Unknown setting.'))
  } else {
    const checked = settingValueProblem(key, input.value)
    if (checked.error) errors.push(checked.error)
    value = checked.value
  }
  const timing = effectiveFromProblem('input.effectiveFrom', input.effectiveFrom, now)
  if (timing) errors.push(timing)
  const effectiveFrom = input.effectiveFrom ?? now
  const list = await loadSettings(db, now)
  const row = list.find((s) => s.key === key)
  if (row?.scheduled.some((v) => v.effectiveFrom.getTime() === effectiveFrom.getTime())) {
    errors.push(settingTaken())
  }
  if (errors.length > 0) throw validationFailed(errors)

  const [read] = await db
    .select({ value: settingSql(key!, effectiveFrom) })
    .from(sql`(select 1) as asked`)
  const before = settingValue(key!, read?.value)
  const result = { key: key!, before, after: value!, effectiveFrom }
  if (preview) return { ...result, applied: false, setting: row! }

  await db.transaction(async (tx) => {
    // a settings row to hang the versions on (the foreign key), with the default it stands for
    await tx
      .insert(settings)
      .values({ key: key!, value: settingDefaults[key!] })
      .onConflictDoNothing()
    const [written] = await tx
      .insert(settingVersions)
      .values({
        key: key!,
        effectiveFrom,
        value: value!,
        createdBy: actor.kind === 'administrator' ? actor.administratorId : null,
      })
      .onConflictDoNothing()
      .returning({ key: settingVersions.key })
    if (!written) throw validationFailed([settingTaken()])
    await recordAudit(tx, {
      actor,
      action: 'setting.schedule',
      entity: 'setting',
      entityId: null,
      ip,
      at: now,
      details: { key, effectiveFrom: effectiveFrom.toISOString(), before, after: value },
    })
  })
  const setting = (await loadSettings(db, now)).find((s) => s.key === key)!
  return { ...result, applied: true, setting }
}

const settingTaken = () =>
  fieldError(
    'input.effectiveFrom',
    'taken',
    'Υπάρχει ήδη τιμή της ρύθμισης από την ίδια στιγμή.',
    'A value of the setting already starts at that instant.',
  )
