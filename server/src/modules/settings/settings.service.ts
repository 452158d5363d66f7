import { eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { settings } from './settings.table.js'

/** The platform parameters, with the default used when a row is missing. */
export const settingDefaults = {
  'booking.maxFutureBookingsPerCitizen': 3,
  'documents.retentionDaysAfterAppointment': 30,
  'notifications.reminderLeadMinutes': [1440, 30] as number[],
  'calls.noShowGraceMinutes': 10,
  /** The join window (issue 11 defect 9): read by calls/call-window.ts, the only rule. */
  'calls.joinOpensMinutesBefore': 15,
  'calls.joinClosesMinutesAfterEnd': 30,
}

export type SettingKey = keyof typeof settingDefaults

/** Reads a parameter; falls back to its default when unset or of the wrong type. */
export async function getSetting<K extends SettingKey>(
  db: Db,
  key: K,
): Promise<(typeof settingDefaults)[K]> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key))
  return settingValue(key, row?.value)
}

/**
 * A parameter's stored value as a scalar subquery, for a caller that reads it in a statement
 * of its own with other things (issue 12: one round trip); give what it returns to
 * settingValue.
 */
export function settingSql(key: SettingKey): SQL<unknown> {
  return sql`(select ${settings.value} from ${settings} where ${settings.key} = ${key})`.mapWith(
    settings.value,
  )
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
