import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  Button,
  ErrorSummary,
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatTime,
  Loading,
  Notice,
  Radios,
  RequestStatus,
  useLanguage,
} from '@keplive/ui'
import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '../../i18n'
import { useDaySlots, useMonthAvailability, type AvailabilityScope } from './availability'
import type { Slot } from './booking-answers'
import { addMonths, athensToday, monthOf } from './calendar-dates'
import { MonthCalendar } from './month-calendar'
import { clashes } from './hold-time'
import { BookingFlowMyTimesQuery } from './operations'
import { StepFrame, type StepPosition } from './step-frame'

function requestErrorOf(error: unknown) {
  const read = apiErrorOf(error)
  return read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined
}

/** R1.2: the day, from a month calendar that shows which days have free times. */
export function DateStep({
  scope,
  month: shownMonth,
  onMonthChange,
  date,
  onContinue,
  position,
  onBack,
}: {
  scope: AvailabilityScope
  /** The month the citizen last looked at; undefined at first. */
  month: string | undefined
  onMonthChange: (month: string) => void
  date: string | undefined
  onContinue: (date: string) => void
  position?: StepPosition
  onBack: () => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const id = useId()
  const today = athensToday()
  const firstMonth = monthOf(today)
  const month = shownMonth ?? (date ? monthOf(date) : firstMonth)
  const [chosen, setChosen] = useState(date)
  const [missing, setMissing] = useState(false)
  const { days, lastBookableDate, loading, error, answered } = useMonthAvailability(scope, month)
  // the calendar reaches the field's booking horizon, which the first answer names
  const lastMonth = lastBookableDate ? monthOf(lastBookableDate) : month
  const anyFree = [...days.values()].some((day) => day.freeSlots > 0)

  // At first, a month with no free day left (e.g. its last days) moves on to the next by itself.
  const advanced = useRef(false)
  useEffect(() => {
    if (shownMonth || date || advanced.current || !answered || anyFree) return
    advanced.current = true
    if (month < lastMonth) onMonthChange(addMonths(month, 1))
  }, [shownMonth, date, answered, anyFree, month, lastMonth, onMonthChange])

  return (
    <StepFrame
      position={position}
      onBack={onBack}
      onContinue={() => {
        if (!chosen) setMissing(true)
        else onContinue(chosen)
      }}
    >
      {missing ? (
        <ErrorSummary items={[{ fieldId: id, message: t('booking.date.missing') }]} />
      ) : null}
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.date.question')}
      </h1>
      <p className="govgr-body">{t('booking.date.hint')}</p>
      {missing ? (
        <p className="govgr-error-message" id={`${id}-error`}>
          <span className="govgr-visually-hidden">{t('ui.error.prefix')} </span>
          {t('booking.date.missing')}
        </p>
      ) : null}
      <MonthCalendar
        id={id}
        month={month}
        days={days}
        loading={loading}
        selected={chosen}
        firstMonth={firstMonth}
        lastMonth={lastMonth}
        onMonthChange={onMonthChange}
        onSelect={(day) => {
          setChosen(day)
          setMissing(false)
        }}
      />
      <RequestStatus loading={false} error={requestErrorOf(error)} />
      {answered && !anyFree && !loading ? (
        <p className="govgr-body">
          {month < lastMonth
            ? t('booking.date.noneThisMonth')
            : t('booking.date.noneUntilHorizon', {
                date: formatLocalDate(lastBookableDate ?? today, language),
              })}
        </p>
      ) : null}
      <p className="govgr-body keplive-chosen" aria-live="polite">
        {chosen
          ? t('booking.date.chosen', { date: formatLocalDate(chosen, language) })
          : t('booking.date.noneChosen')}
      </p>
    </StepFrame>
  )
}

/**
 * R1.2: the time, each named with the full date and time. The citizen's own appointments'
 * times are not offered (issue 16 item 2: the server would refuse to hold them).
 */
export function TimeStep({
  scope,
  date,
  slot,
  alternatives,
  problem,
  onContinue,
  onChooseOtherDay,
  position,
  onBack,
  busy,
  ownExcept,
}: {
  scope: AvailabilityScope
  date: string
  slot: Slot | undefined
  /** The chosen time is being held (issue 16 item 1). */
  busy?: boolean
  /** The booking being moved: its own time does not clash with the new one. */
  ownExcept?: string
  /** Offered by the server when the chosen time was taken a moment ago. */
  alternatives: Slot[]
  /** The server's objection to the time, in the page's language. */
  problem?: string
  onContinue: (slot: Slot) => void
  onChooseOtherDay: () => void
  position?: StepPosition
  onBack: () => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const id = useId()
  const { slots, specialHours, loading, error } = useDaySlots(scope, date)
  const [chosen, setChosen] = useState<string | undefined>(slot?.startsAt)
  const [missing, setMissing] = useState(false)
  const mine = useQuery(BookingFlowMyTimesQuery, { fetchPolicy: 'cache-and-network' })
  const own = (mine.data?.myBookings ?? []).filter((b) => b.id !== ownExcept)
  const all: Slot[] = alternatives.length > 0 ? alternatives : slots
  const offered = all.filter((s) => !clashes(s, own))
  const hidden = offered.length < all.length
  const message = missing ? t('booking.time.missing') : problem
  const slotName = (value: Slot) => (
    <>
      <span className="govgr-visually-hidden">{formatDate(value.startsAt, language)}, </span>
      {formatTime(value.startsAt, language)}
    </>
  )
  const alternativeName = (value: Slot) => formatDateTime(value.startsAt, language)

  return (
    <StepFrame
      position={position}
      onBack={onBack}
      busy={busy}
      continueLabel={busy ? t('hold.holding') : undefined}
      onContinue={() => {
        const picked = offered.find((s) => s.startsAt === chosen)
        if (!picked) setMissing(true)
        else onContinue({ startsAt: picked.startsAt, endsAt: picked.endsAt })
      }}
      after={
        <p className="govgr-body keplive-after">
          <Button variant="link" onClick={onChooseOtherDay}>
            {t('booking.time.otherDay')}
          </Button>
        </p>
      }
    >
      {message ? <ErrorSummary items={[{ fieldId: id, message }]} /> : null}
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.time.question')}
      </h1>
      {alternatives.length > 0 ? (
        <Notice title={t('booking.time.takenTitle')} tone="alert">
          <p>{t('booking.time.takenBody')}</p>
        </Notice>
      ) : (
        <p className="govgr-body">
          {t('booking.time.hint', { date: formatLocalDate(date, language) })}
        </p>
      )}
      {specialHours && alternatives.length === 0 ? (
        <Notice title={t('booking.time.specialHoursTitle')}>
          <p>{specialHours}</p>
        </Notice>
      ) : null}
      {hidden ? <p className="govgr-body">{t('hold.ownTimesHidden')}</p> : null}
      {loading && alternatives.length === 0 ? <Loading /> : null}
      <RequestStatus loading={false} error={requestErrorOf(error)} />
      {!loading && offered.length === 0 ? (
        <p className="govgr-body">{t('booking.time.none')}</p>
      ) : null}
      {offered.length > 0 ? (
        <div className={alternatives.length > 0 ? undefined : 'keplive-slots'}>
          <Radios
            id={id}
            name="slot"
            legend={
              alternatives.length > 0
                ? t('booking.time.alternativesLegend')
                : t('booking.time.legend', { date: formatLocalDate(date, language) })
            }
            error={message}
            value={chosen}
            onChange={(value) => {
              setChosen(value)
              setMissing(false)
            }}
            choices={offered.map((s) => ({
              value: s.startsAt,
              label: alternatives.length > 0 ? alternativeName(s) : slotName(s),
            }))}
          />
        </div>
      ) : null}
    </StepFrame>
  )
}
