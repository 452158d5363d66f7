import { useMutation, useQuery } from '@apollo/client/react'
import {
  Button,
  ConfirmStep,
  ErrorSummary,
  formatDateTime,
  formatLocalDate,
  Loading,
  Notice,
  SelectField,
  SummaryList,
  TextArea,
  useLanguage,
} from '@keplive/ui'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ServiceCategoryCode } from '../../gql/graphql'
import { useT } from '../../i18n'
import { addDays, todayInAthens } from '../agenda/agenda-view'
import { freeTimesQuery, rescheduleForCitizenMutation } from './booking-operations'
import { serverProblems, type ServerProblems } from './server-problems'

/** The days from `first` to `last` (the field's horizon), as the day list offers them. */
function datesUntil(first: string, last: string | undefined): string[] {
  const days: string[] = []
  // the horizon is a few months at most; the bound only guards against a wrong answer
  for (let d = first; last !== undefined && d <= last && days.length < 400; d = addDays(d, 1)) {
    days.push(d)
  }
  return days
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

const ids = { date: 'reschedule-date', time: 'reschedule-time', reason: 'reschedule-reason' }
/** The server's fields and the inputs that answer them. */
const fieldIds = { 'input.startsAt': ids.time, 'input.reason': ids.reason }

export interface ReschedulableBooking {
  id: string
  version: number
  startsAt: string
  fullName: string
  procedureId: string
  categoryCode: ServiceCategoryCode
  kepId: string
}

/**
 * Issue 14 item 3, "Αλλαγή ώρας για τον πολίτη": a date with free times at the booking's KEP,
 * a time, the reason (said in the citizen's email), a confirmation step, and the server's
 * answer: done, or its field errors in an error summary.
 */
export function RescheduleForCitizen({
  booking,
  onDone,
  onClose,
}: {
  booking: ReschedulableBooking
  onDone: (startsAt: string) => void
  onClose: () => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const today = todayInAthens()
  const [date, setDate] = useState('')
  // one day's free times; before a day is chosen, today's (for the last day one may choose)
  const day = isDate(date) ? date : today
  const free = useQuery(freeTimesQuery, {
    variables: {
      input: {
        category: booking.categoryCode,
        procedureId: booking.procedureId,
        kepId: booking.kepId,
        from: day,
        to: day,
      },
    },
    fetchPolicy: 'network-only',
  })
  const [reschedule, rescheduling] = useMutation(rescheduleForCitizenMutation)
  const [startsAt, setStartsAt] = useState('')
  const [reason, setReason] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [problems, setProblems] = useState<ServerProblems>()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // the form's heading when it opens or comes back from the confirmation step, unless the
    // error summary took the focus to say what to correct
    if (!confirming && !problems?.items.length) heading.current?.focus()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening and closing the step only
  }, [confirming])

  // the field's horizon, kept while another day's times load (it is the same for every day)
  const [lastDate, setLastDate] = useState<string>()
  const horizon = free.data?.availability.lastBookableDate
  useEffect(() => {
    if (horizon) setLastDate(horizon)
  }, [horizon])
  const slots = isDate(date)
    ? (free.data?.availability.days.find((d) => d.date === date)?.slots ?? [])
    : []
  const shown = isDate(date) && free.data !== undefined && !free.loading

  const proceed = (event: FormEvent) => {
    event.preventDefault()
    if (!startsAt) {
      // a choice from the list, not a rule: the server checks the time itself when asked
      const message = t('booking.reschedule.timeRequired')
      setProblems({ items: [{ fieldId: ids.time, message }], byField: { [ids.time]: message } })
      return
    }
    setProblems(undefined)
    setConfirming(true)
  }

  const confirm = async () => {
    try {
      const { data } = await reschedule({
        variables: {
          input: { bookingId: booking.id, startsAt, reason, version: booking.version },
        },
      })
      setConfirming(false)
      if (data) onDone(data.rescheduleBookingForCitizen.booking.startsAt)
    } catch (error) {
      setConfirming(false)
      setProblems(serverProblems(error, language, fieldIds, t('booking.error.generic')))
      // the times may have changed (a time just taken): ask again
      void free.refetch()
    }
  }

  if (confirming) {
    return (
      <ConfirmStep
        title={t('booking.reschedule.confirm.title')}
        summary={
          <SummaryList
            rows={[
              { key: t('booking.reschedule.confirm.citizen'), value: booking.fullName },
              {
                key: t('booking.reschedule.confirm.from'),
                value: formatDateTime(booking.startsAt, language),
              },
              {
                key: t('booking.reschedule.confirm.to'),
                value: formatDateTime(startsAt, language),
              },
              { key: t('booking.reason.label'), value: reason.trim() || t('booking.none') },
            ]}
          />
        }
        warning={t('booking.reschedule.confirm.warning')}
        confirmLabel={t('booking.reschedule.confirm.yes')}
        busy={rescheduling.loading}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    )
  }

  return (
    <section aria-labelledby="reschedule-title" className="keplive-confirm">
      <h2 id="reschedule-title" tabIndex={-1} ref={heading}>
        {t('booking.reschedule.title')}
      </h2>
      {problems?.items.length ? (
        <ErrorSummary title={t('booking.error.title')} items={problems.items} />
      ) : null}
      {problems?.general ? <Notice title={problems.general} tone="alert" /> : null}
      <p>{t('booking.reschedule.intro', { when: formatDateTime(booking.startsAt, language) })}</p>
      <form onSubmit={proceed} noValidate>
        <SelectField
          id={ids.date}
          label={t('booking.reschedule.date')}
          hint={
            lastDate
              ? t('booking.reschedule.dateHint', { last: formatLocalDate(lastDate, language) })
              : undefined
          }
          value={date}
          onChange={(e) => {
            setDate(e.target.value)
            setStartsAt('')
          }}
          options={[
            { value: '', label: t('booking.reschedule.chooseDate') },
            ...datesUntil(today, lastDate).map((d) => ({
              value: d,
              label: formatLocalDate(d, language),
            })),
          ]}
        />
        <div role="status" aria-live="polite">
          {free.loading ? <Loading /> : null}
          {free.error ? (
            <p className="govgr-error-message">{t('booking.reschedule.noTimes')}</p>
          ) : null}
          {shown && slots.length === 0 ? (
            <p>{t('booking.reschedule.noFreeTimes', { date: formatLocalDate(date, language) })}</p>
          ) : null}
          {shown && slots.length > 0 ? (
            <p>
              {t('booking.reschedule.freeTimes', {
                date: formatLocalDate(date, language),
                count: slots.length,
              })}
            </p>
          ) : null}
        </div>
        <SelectField
          id={ids.time}
          label={t('booking.reschedule.time')}
          error={problems?.byField[ids.time]}
          value={startsAt}
          disabled={slots.length === 0}
          onChange={(e) => setStartsAt(e.target.value)}
          options={[
            { value: '', label: t('booking.reschedule.chooseTime') },
            ...slots.map((s) => ({ value: s.startsAt, label: s.localTime })),
          ]}
        />
        <TextArea
          id={ids.reason}
          label={t('booking.reason.label')}
          hint={t('booking.reason.hint')}
          error={problems?.byField[ids.reason]}
          value={reason}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="keplive-actions">
          <Button type="submit">{t('booking.reschedule.continue')}</Button>
          <Button variant="secondary" onClick={onClose}>
            {t('booking.close')}
          </Button>
        </div>
      </form>
    </section>
  )
}
