import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf, type ApiError, type BilingualText } from '@keplive/api'
import {
  ErrorSummary,
  formatDateTime,
  Loading,
  Notice,
  Radios,
  RequestStatus,
  SummaryList,
  useErrorMessage,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { useT } from '../../i18n'
import type { Slot } from './booking-answers'
import { athensToday } from './calendar-dates'
import { DateStep, TimeStep } from './date-time-steps'
import {
  BookingFlowKepsQuery,
  BookingFlowMunicipalitiesQuery,
  BookingQuery,
  RescheduleBookingMutation,
} from './operations'
import { alternativesOf } from './review-step'
import { StepFrame } from './step-frame'
import { useStepFocus } from './use-step-focus'

/**
 * Where the new time may be (issue 16 item 3): the same KEP, another KEP of its municipality
 * (`kep:<id>`), or any KEP with a free time (not for the municipal field, R4.4).
 */
type Where = 'same' | 'any' | `kep:${string}`

interface RescheduleAnswers {
  where?: Where
  month?: string
  date?: string
  slot?: Slot
  alternatives: Slot[]
  problem?: BilingualText
}

const steps = ['where', 'date', 'time', 'review'] as const
type RescheduleStep = (typeof steps)[number]

const storageKey = (bookingId: string) => `keplive.reschedule.${bookingId}`

function load(bookingId: string): RescheduleAnswers {
  try {
    const stored = sessionStorage.getItem(storageKey(bookingId))
    if (stored) return { alternatives: [], ...(JSON.parse(stored) as Partial<RescheduleAnswers>) }
  } catch {
    // start afresh
  }
  return { alternatives: [] }
}

function resolve(answers: RescheduleAnswers, requested: string | null): RescheduleStep {
  const open = !answers.where ? 0 : !answers.date ? 1 : !answers.slot ? 2 : 3
  const wanted = steps.indexOf(requested as RescheduleStep)
  return steps[wanted !== -1 && wanted <= open ? wanted : open]!
}

/**
 * R2.4: a new day and time for an existing booking, at the same KEP, another or any (issue 16
 * item 3) — the booking flow's date and time steps.
 */
export function RescheduleFlow({ bookingId }: { bookingId: string }) {
  const t = useT()
  const errorMessage = useErrorMessage()
  const localized = useLocalized()
  const { language } = useLanguage()
  const [, navigate] = useLocation()
  const params = new URLSearchParams(useSearch())
  const { data, loading, error } = useQuery(BookingQuery, { variables: { id: bookingId } })
  const [answers, setAnswers] = useState(() => load(bookingId))
  const [failure, setFailure] = useState<ApiError | null>(null)
  const [reschedule, { loading: saving }] = useMutation(RescheduleBookingMutation)

  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey(bookingId), JSON.stringify(answers))
    } catch {
      // kept while the page is open
    }
  }, [bookingId, answers])

  const step = resolve(answers, params.get('step'))
  useStepFocus(step)
  const base = `/bookings/${encodeURIComponent(bookingId)}`
  const goTo = useCallback(
    (to: RescheduleStep) => navigate(`${base}/reschedule?step=${to}`),
    [navigate, base],
  )
  const booking = data?.booking
  const where = answers.where ?? 'same'
  const scope = useMemo(
    () =>
      booking
        ? {
            category: booking.category.code,
            procedureId: booking.procedure.id,
            municipalityId: where === 'any' ? undefined : booking.kep.municipality.id,
            kepId:
              where === 'any'
                ? undefined
                : where === 'same'
                  ? booking.kep.id
                  : where.slice('kep:'.length),
          }
        : undefined,
    [booking, where],
  )
  const municipalityId = booking?.kep.municipality.id
  const keps = useQuery(BookingFlowKepsQuery, {
    variables: { municipalityId: municipalityId ?? '' },
    skip: !municipalityId,
  })
  const municipalities = useQuery(BookingFlowMunicipalitiesQuery, { skip: !municipalityId })
  const [whereMissing, setWhereMissing] = useState(false)
  // the same KEP unless the citizen chooses otherwise (as before issue 16)
  const [whereChoice, setWhereChoice] = useState<Where | undefined>(answers.where ?? 'same')

  if (loading && !data) return <Loading />
  if (!booking || !scope) {
    const read = apiErrorOf(error)
    return (
      <>
        <h1 className="govgr-heading-l" tabIndex={-1}>
          {t('booking.reschedule.title')}
        </h1>
        <RequestStatus
          loading={false}
          error={read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined}
        />
      </>
    )
  }
  if (!booking.changeable) {
    return (
      <>
        <h1 className="govgr-heading-l" tabIndex={-1}>
          {t('booking.reschedule.title')}
        </h1>
        <p className="govgr-body">{t('booking.reschedule.notChangeable')}</p>
        <Link className="govgr-link" href={base}>
          {t('booking.page.backToBooking')}
        </Link>
      </>
    )
  }

  const position = (name: RescheduleStep) => ({
    current: steps.indexOf(name) + 1,
    total: steps.length,
    label: name === 'where' ? t('reschedule.where') : t(`booking.step.${name}`),
  })
  const back = () => {
    const index = steps.indexOf(step)
    if (index > 0) goTo(steps[index - 1]!)
    else navigate(base)
  }

  const confirm = async () => {
    setFailure(null)
    try {
      const startsAt = answers.slot!.startsAt
      const input =
        where === 'any'
          ? { bookingId, startsAt, anyKep: true }
          : where === 'same'
            ? { bookingId, startsAt }
            : { bookingId, startsAt, kepId: where.slice('kep:'.length) }
      await reschedule({ variables: { input } })
      sessionStorage.removeItem(storageKey(bookingId))
      navigate(`${base}?rescheduled=1`)
    } catch (err) {
      const read = apiErrorOf(err)
      if (read?.code === 'SLOT_UNAVAILABLE') {
        setAnswers((a) => ({ ...a, slot: undefined, alternatives: alternativesOf(read) }))
        goTo('time')
      } else if (read?.code === 'VALIDATION_FAILED' && read.fields.length > 0) {
        setAnswers((a) => ({ ...a, slot: undefined, problem: read.fields[0]!.message }))
        goTo('time')
      } else if (read?.code !== 'UNAUTHENTICATED') {
        setFailure(read ?? null)
      }
    }
  }

  const otherKeps = (keps.data?.keps ?? []).filter((k) => k.id !== booking.kep.id)
  const municipality = municipalities.data?.municipalities.find((m) => m.id === municipalityId)
  const kepName = (k: { name: BilingualText; address: BilingualText; city: BilingualText }) =>
    `${localized(k.name)}, ${localized(k.address)}, ${localized(k.city)}`
  const whereLabel =
    where === 'any'
      ? t('reschedule.where.any')
      : where === 'same'
        ? kepName(booking.kep)
        : (() => {
            const chosen = otherKeps.find((k) => `kep:${k.id}` === where)
            return chosen ? kepName(chosen) : '…'
          })()

  if (step === 'where') {
    const whereId = 'reschedule-where'
    const choices = [
      {
        value: 'same' as Where,
        label: t('reschedule.where.same', { kep: localized(booking.kep.name) }),
      },
      ...otherKeps.map((k) => ({ value: `kep:${k.id}` as Where, label: kepName(k) })),
      ...(booking.category.code === 'MUNICIPAL'
        ? []
        : [{ value: 'any' as Where, label: t('reschedule.where.any') }]),
    ]
    return (
      <StepFrame
        position={position('where')}
        onBack={back}
        onContinue={() => {
          if (!whereChoice) {
            setWhereMissing(true)
            return
          }
          setAnswers((a) =>
            a.where === whereChoice
              ? a
              : { ...a, where: whereChoice, date: undefined, slot: undefined, alternatives: [] },
          )
          goTo('date')
        }}
      >
        {whereMissing ? (
          <ErrorSummary items={[{ fieldId: whereId, message: t('reschedule.where.missing') }]} />
        ) : null}
        <Radios
          id={whereId}
          name="where"
          legend={t('reschedule.where')}
          legendIsHeading
          hint={
            municipality && otherKeps.length > 0
              ? t('reschedule.where.other', { municipality: localized(municipality.name) })
              : undefined
          }
          error={whereMissing ? t('reschedule.where.missing') : undefined}
          value={whereChoice}
          onChange={(value) => {
            setWhereChoice(value)
            setWhereMissing(false)
          }}
          choices={choices}
        />
      </StepFrame>
    )
  }
  if (step === 'date') {
    return (
      <DateStep
        scope={scope}
        month={answers.month}
        onMonthChange={(month) => setAnswers((a) => ({ ...a, month }))}
        date={answers.date}
        position={position('date')}
        onBack={back}
        onContinue={(date) => {
          setAnswers((a) => (a.date === date ? a : { ...a, date, slot: undefined }))
          goTo('time')
        }}
      />
    )
  }
  if (step === 'time') {
    return (
      <TimeStep
        key={answers.date}
        scope={scope}
        date={answers.date!}
        slot={answers.slot}
        ownExcept={booking.id}
        alternatives={answers.alternatives}
        problem={answers.problem ? localized(answers.problem) : undefined}
        position={position('time')}
        onBack={back}
        onChooseOtherDay={() => {
          setAnswers((a) => ({ ...a, alternatives: [] }))
          goTo('date')
        }}
        onContinue={(slot) => {
          setAnswers((a) => ({
            ...a,
            slot,
            date: athensToday(new Date(slot.startsAt)),
            alternatives: [],
            problem: undefined,
          }))
          goTo('review')
        }}
      />
    )
  }
  return (
    <StepFrame
      position={position('review')}
      onBack={back}
      onContinue={() => void confirm()}
      continueLabel={saving ? t('booking.review.booking') : t('booking.reschedule.confirm')}
      busy={saving}
    >
      {failure ? (
        <Notice title={t('booking.review.failed')} tone="alert">
          <p>{errorMessage(failure)}</p>
        </Notice>
      ) : null}
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.reschedule.reviewQuestion')}
      </h1>
      <SummaryList
        rows={[
          { key: t('booking.review.reference'), value: booking.reference },
          { key: t('booking.review.procedure'), value: localized(booking.procedure.title) },
          {
            key: t('booking.review.kep'),
            value: whereLabel,
            change: {
              label: t('booking.review.change', { what: t('booking.review.kep') }),
              onClick: () => goTo('where'),
            },
          },
          {
            key: t('booking.reschedule.oldTime'),
            value: formatDateTime(booking.startsAt, language),
          },
          {
            key: t('booking.reschedule.newTime'),
            value: formatDateTime(answers.slot!.startsAt, language),
            change: {
              label: t('booking.review.change', { what: t('booking.reschedule.newTime') }),
              onClick: () => goTo('date'),
            },
          },
        ]}
      />
      <p className="govgr-body">{t('booking.reschedule.emailNote', { email: booking.email })}</p>
    </StepFrame>
  )
}
