import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { settings, settingVersions } from './settings.table.js'

/** The platform parameters, with the default used when a row is missing. */
export const settingDefaults = {
  'booking.maxFutureBookingsPerCitizen': 3,
  /** How long a chosen time is held for the citizen before it is free again (issue 16 item 1). */
  'booking.holdMinutes': 10,
  'documents.retentionDaysAfterAppointment': 30,
  /** Issue 19 item 1: whole months of the audit trail older than this are dropped, after a checkpoint. */
  'retention.auditYears': 5,
  'notifications.reminderLeadMinutes': [1440, 30] as number[],
  'calls.noShowGraceMinutes': 10,
  /** The join window (issue 11 defect 9): read by calls/call-window.ts, the only rule. */
  'calls.joinOpensMinutesBefore': 15,
  'calls.joinClosesMinutesAfterEnd': 30,
  // Issue 19 item 1: how long personal data are kept; the retention jobs (app/jobs.ts) enforce
  // them and README's "Personal data" table documents them
  /** Interpreters' invitations (their email) and join links, after the appointment's end. */
  'retention.invitationDaysAfterAppointment': 30,
  /** Emails (address and text) after sending, or after an administrator handled a failed one. */
  'retention.outboxDaysAfterSending': 90,
  /** A booking's personal data are pseudonymised this long after the appointment's end. */
  'retention.bookingPersonalDataMonths': 24,
  /** A citizen with no booking left to keep and no login for this long is forgotten. */
  'retention.inactiveCitizenMonths': 24,
}

export type SettingKey = keyof typeof settingDefaults

/**
 * Reads a parameter in force at `at` (settingSql); falls back to its default when unset or of
 * the wrong type.
 */
export async function getSetting<K extends SettingKey>(
  db: Db,
  key: K,
  at?: Date,
): Promise<(typeof settingDefaults)[K]> {
  const [row] = await db.select({ value: settingSql(key, at) }).from(sql`(select 1) as asked`)
  return settingValue(key, row?.value)
}

/**
 * A parameter's value in force at `at` as a scalar subquery, for a caller that reads it in a
 * statement of its own with other things (issue 12: one round trip); give what it returns to
 * settingValue. In force: the newest version whose effective_from has come (ARCHITECTURE
 * "Versions with an effective date"), else the settings row's value. Without `at`, the
 * statement's own transaction time (for the readers that are given no clock).
 */
export function settingSql(key: SettingKey, at?: Date): SQL<unknown> {
  const instant = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`
  return sql`coalesce(
    (select v.value from ${settingVersions} v
      where v.key = ${key} and v.effective_from <= ${instant}
      order by v.effective_from desc limit 1),
    (select s.value from ${settings} s where s.key = ${key}))`.mapWith(settings.value)
}

/** A stored value (or none) as the parameter: its default when unset or of the wrong type. */
export function settingValue<K extends SettingKey>(
  key: K,
  value: unknown,
): (typeof settingDefaults)[K] {
  const fallback = settingDefaults[key]
  return (
    value !== null &&
    value !== undefined &&
    typeof value === typeof fallback &&
    Array.isArray(value) === Array.isArray(fallback)
      ? value
      : fallback
  ) as (typeof settingDefaults)[K]
}
