import type { Language } from './i18n/i18n'

/** The service's time zone: every date and time a person reads is Athens time. */
export const serviceTimeZone = 'Europe/Athens'

const locales: Record<Language, string> = { el: 'el-GR', en: 'en-GB' }

function parts(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value
}

/** "Τρίτη 12 Ιανουαρίου 2027" / "Tuesday, 12 January 2027", in Athens time. */
export function formatDate(value: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: serviceTimeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(parts(value))
}

/** "10:30", 24-hour, in Athens time. */
export function formatTime(value: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: serviceTimeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(parts(value))
}

/** "Τρίτη 12 Ιανουαρίου 2027, 10:30": a moment written out in full, as people say it. */
export function formatDateTime(value: string | Date, language: Language): string {
  return `${formatDate(value, language)}, ${formatTime(value, language)}`
}

/**
 * A calendar day (`2027-01-12`, no time) written out in full. Noon UTC is the same date in
 * Athens whatever the season, so the day never shifts.
 */
export function formatLocalDate(date: string, language: Language): string {
  return formatDate(new Date(`${date}T12:00:00Z`), language)
}

/**
 * A calendar day (`1958-04-17`) written out without its weekday, as a date of birth reads:
 * "17 Απριλίου 1958" / "17 April 1958". Read in UTC, so no time zone moves the day.
 */
export function formatLongDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`))
}

/** Today's calendar date in Athens (`2027-01-12`) at an instant (now by default). */
export function localToday(now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', { timeZone: serviceTimeZone }).format(now)
}

/** A calendar date `days` later (earlier when negative); noon UTC, so no season shifts it. */
export function addLocalDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
