import { useLanguage } from '@keplive/ui'
import type { EmployeeDetail_EmployeeFragment } from '../gql/graphql'
import { useT } from '../i18n'
import { todayInAthens } from './dates'

type Employee = Pick<EmployeeDetail_EmployeeFragment, 'availability' | 'absences'>

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const

/** YYYY-MM-DD plus `days`. */
const plusDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The date in Athens of an instant. */
const athensDate = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date(instant))

/**
 * The Monday to Sunday of the week of `today`, each with the employee's windows in force that
 * day and whether an absence touches it.
 */
export function weekOf(employee: Employee, today: string) {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay() || 7
  const monday = plusDays(today, 1 - weekday)
  return weekdays.map((day, i) => {
    const date = plusDays(monday, i)
    const windows = employee.availability
      .filter(
        (a) =>
          a.weekday === i + 1 && a.validFrom <= date && (a.validTo === null || date <= a.validTo),
      )
      .map((a) => `${a.startsAt}–${a.endsAt}`)
    // [startsAt, endsAt): an absence ending at midnight does not touch the next day
    const absent = employee.absences.some(
      (a) =>
        athensDate(a.startsAt) <= date &&
        date <= athensDate(new Date(Date.parse(a.endsAt) - 1).toISOString()),
    )
    return { day, date, windows, absent }
  })
}

/**
 * An employee's week at a glance (issue 14 item 6): for each day, their hours or "—", and
 * "absent" on a day an absence touches.
 */
export function WeekAtAGlance({ employee, label }: { employee: Employee; label: string }) {
  const t = useT()
  const { language } = useLanguage()
  const days = weekOf(employee, todayInAthens())
  const list = new Intl.ListFormat(language, { type: 'conjunction' })
  return (
    <ul className="govgr-list" aria-label={label}>
      {days.map(({ day, windows, absent }) => (
        <li key={day}>
          <strong>{t(`weekday.short.${day}`)}</strong>{' '}
          {windows.length === 0 ? t('week.off') : list.format(windows)}
          {absent ? <strong> — {t('week.absent')}</strong> : null}
        </li>
      ))}
    </ul>
  )
}
