import { formatLocalDate, useLanguage } from '@keplive/ui'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../../i18n'
import { addDays, addMonths, lastDayOf, monthOf, weekdayOf, weeksOf } from './calendar-dates'

export interface CalendarDay {
  freeSlots: number
  closed: boolean
  holiday?: string
  /** Why the KEP keeps extraordinary hours that day (it may open on a holiday). */
  specialHours?: string
}

export interface MonthCalendarProps {
  /** `YYYY-MM` */
  month: string
  /** What availability says about each day of the month it answered for. */
  days: ReadonlyMap<string, CalendarDay>
  loading: boolean
  selected: string | undefined
  /** The first and last month the calendar may show. */
  firstMonth: string
  lastMonth: string
  onSelect: (date: string) => void
  onMonthChange: (month: string) => void
  /** The id the error summary links to. */
  id: string
}

const locales = { el: 'el-GR', en: 'en-GB' } as const

/**
 * A month of days as a table of buttons, operable by keyboard like the ARIA date-picker grid:
 * Tab reaches one day, the arrow keys move by a day or a week, Home/End to the week's ends,
 * Page Up/Down by a month, Enter or Space chooses. Each day's name is the full date and whether it
 * has free times; days without any stay reachable (so a screen reader hears why) but cannot be
 * chosen.
 */
export function MonthCalendar({
  month,
  days,
  loading,
  selected,
  firstMonth,
  lastMonth,
  onSelect,
  onMonthChange,
  id,
}: MonthCalendarProps) {
  const t = useT()
  const { language } = useLanguage()
  const captionId = useId()
  const grid = useRef<HTMLTableElement>(null)
  const firstFree = [...days.entries()].find(
    ([date, day]) => monthOf(date) === month && day.freeSlots > 0,
  )?.[0]
  const [focused, setFocused] = useState<string | undefined>(undefined)
  const moved = useRef(false)

  // the day that takes Tab: the one in focus, else the chosen one, else the first free one
  const inMonth = (date: string | undefined) => (date && monthOf(date) === month ? date : undefined)
  const tabDay = inMonth(focused) ?? inMonth(selected) ?? firstFree ?? `${month}-01`

  useEffect(() => {
    if (!moved.current) return
    moved.current = false
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${tabDay}"]`)?.focus()
  }, [tabDay, month])

  const moveTo = (date: string) => {
    const target = monthOf(date)
    if (target < firstMonth || target > lastMonth) return
    moved.current = true
    setFocused(date)
    if (target !== month) onMonthChange(target)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const weekday = weekdayOf(date)
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(date, -1),
      ArrowRight: () => addDays(date, 1),
      ArrowUp: () => addDays(date, -7),
      ArrowDown: () => addDays(date, 7),
      Home: () => addDays(date, 1 - weekday),
      End: () => addDays(date, 7 - weekday),
      PageUp: () => {
        const target = addMonths(monthOf(date), -1)
        const day = `${target}-${date.slice(8)}`
        return day > lastDayOf(target) ? lastDayOf(target) : day
      },
      PageDown: () => {
        const target = addMonths(monthOf(date), 1)
        const day = `${target}-${date.slice(8)}`
        return day > lastDayOf(target) ? lastDayOf(target) : day
      },
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    moveTo(move())
  }

  const weekdays = weeksOf('2027-02')[0]!.map((date) => ({
    long: new Intl.DateTimeFormat(locales[language], { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(`${date!}T12:00:00Z`),
    ),
    short: new Intl.DateTimeFormat(locales[language], { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${date!}T12:00:00Z`),
    ),
  }))
  const monthName = new Intl.DateTimeFormat(locales[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`))

  const dayName = (date: string, day: CalendarDay | undefined) => {
    const full = formatLocalDate(date, language)
    if (!day) return t('booking.date.dayUnavailable', { date: full })
    if (day.freeSlots === 0) {
      if (day.holiday) return t('booking.date.dayHoliday', { date: full, holiday: day.holiday })
      if (day.closed) return t('booking.date.dayClosed', { date: full })
      return t('booking.date.dayFull', { date: full })
    }
    const free =
      day.freeSlots === 1
        ? t('booking.date.dayOneFree', { date: full })
        : t('booking.date.dayFree', { date: full, count: day.freeSlots })
    return day.specialHours
      ? t('booking.date.daySpecialHours', { day: free, reason: day.specialHours })
      : free
  }

  return (
    <div className="keplive-calendar" id={id} tabIndex={-1}>
      <div className="keplive-calendar__header">
        <button
          type="button"
          className="govgr-btn govgr-btn-secondary keplive-calendar__nav"
          onClick={() => onMonthChange(addMonths(month, -1))}
          disabled={month <= firstMonth}
        >
          <span aria-hidden="true">‹ </span>
          {t('booking.date.previousMonth')}
        </button>
        <h2 className="govgr-heading-m keplive-calendar__month" id={captionId} aria-live="polite">
          {monthName}
        </h2>
        <button
          type="button"
          className="govgr-btn govgr-btn-secondary keplive-calendar__nav"
          onClick={() => onMonthChange(addMonths(month, 1))}
          disabled={month >= lastMonth}
        >
          {t('booking.date.nextMonth')}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <p className="govgr-hint keplive-keyboard-hint" id={`${captionId}-help`}>
        {t('booking.date.keyboardHelp')}
      </p>
      {loading ? (
        <p className="keplive-loading" role="status">
          {t('booking.date.loading')}
        </p>
      ) : null}
      <table
        className="keplive-calendar__grid"
        ref={grid}
        aria-labelledby={captionId}
        aria-describedby={`${captionId}-help`}
        aria-busy={loading}
      >
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th scope="col" key={weekday.long} abbr={weekday.long}>
                {weekday.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week, row) => (
            <tr key={row}>
              {week.map((date, column) =>
                date ? (
                  <td key={date}>
                    <DayButton
                      date={date}
                      day={days.get(date)}
                      name={dayName(date, days.get(date))}
                      selected={selected === date}
                      tabbable={date === tabDay}
                      onSelect={onSelect}
                      onFocus={() => setFocused(date)}
                      onKeyDown={(event) => onKeyDown(event, date)}
                    />
                  </td>
                ) : (
                  <td key={`empty-${column}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function DayButton({
  date,
  day,
  name,
  selected,
  tabbable,
  onSelect,
  onFocus,
  onKeyDown,
}: {
  date: string
  day: CalendarDay | undefined
  name: string
  selected: boolean
  tabbable: boolean
  onSelect: (date: string) => void
  onFocus: () => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void
}) {
  const free = (day?.freeSlots ?? 0) > 0
  const classes = [
    'keplive-calendar__day',
    free ? 'keplive-calendar__day--free' : 'keplive-calendar__day--none',
    selected ? 'keplive-calendar__day--selected' : '',
  ]
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      data-date={date}
      aria-label={name}
      aria-pressed={selected}
      aria-disabled={!free}
      tabIndex={tabbable ? 0 : -1}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      onClick={() => {
        if (free) onSelect(date)
      }}
    >
      {Number(date.slice(8))}
    </button>
  )
}
