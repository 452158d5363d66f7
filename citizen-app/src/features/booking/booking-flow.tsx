import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Loading, useLocalized } from '@keplive/ui'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLocation, useSearch } from 'wouter'
import type { ServiceCategoryCode } from '../../gql/graphql'
import { useT, type MessageKey } from '../../i18n'
import {
  categoryCodes,
  chooseDate,
  forgetAnswers,
  freshAnswers,
  isMunicipal,
  loadAnswers,
  resolveStep,
  saveAnswers,
  stepAfter,
  stepBefore,
  stepsFor,
  type BookingAnswers,
  type HeldSlot,
  type Slot,
  type StepName,
} from './booking-answers'
import { athensToday } from './calendar-dates'
import { CategoryStep, KepModeStep, KepStep, MunicipalityStep, ProcedureStep } from './choice-steps'
import { DateStep, TimeStep } from './date-time-steps'
import { DetailsStep } from './details-step'
import type { FlowControls } from './flow-controls'
import { HoldCountdown } from './hold-countdown'
import { BookingFlowProceduresQuery, HoldSlotMutation, ReleaseHoldMutation } from './operations'
import { alternativesOf, ReviewStep } from './review-step'
import { useStepFocus } from './use-step-focus'

const stepLabels = {
  category: 'booking.step.category',
  municipality: 'booking.step.municipality',
  procedure: 'booking.step.procedure',
  kepMode: 'booking.step.kepMode',
  kep: 'booking.step.kep',
  date: 'booking.step.date',
  time: 'booking.step.time',
  details: 'booking.step.details',
  review: 'booking.step.review',
} as const satisfies Record<StepName, MessageKey>

/**
 * The answers to start from: a deep link from the national portal (`?category=MUNICIPAL&
 * procedure=…`, R2.1) starts a booking of that procedure; `?new` starts afresh; otherwise the
 * answers of this tab (kept through reloads and the login).
 */
function startingAnswers(params: URLSearchParams): BookingAnswers {
  if (params.has('new')) return freshAnswers()
  const stored = loadAnswers()
  const category = params.get('category')?.toUpperCase() as ServiceCategoryCode | undefined
  if (!category || !categoryCodes.includes(category)) return stored
  const procedureId = params.get('procedure') || undefined
  if (stored.category === category && (!procedureId || stored.procedureId === procedureId)) {
    return stored
  }
  return { ...freshAnswers(), category, procedureId }
}

/** A municipal deep link names the procedure; its municipality comes from the procedure. */
function MunicipalityOfProcedure({ flow }: { flow: FlowControls }) {
  const { data, error } = useQuery(BookingFlowProceduresQuery, {
    variables: { category: 'MUNICIPAL' },
  })
  const { update } = flow
  const procedureId = flow.answers.procedureId
  useEffect(() => {
    if (!data && !error) return
    const municipalityId = data?.procedures.find((p) => p.id === procedureId)?.municipality?.id
    update((a) => (municipalityId ? { ...a, municipalityId } : { ...a, procedureId: undefined }))
  }, [data, error, procedureId, update])
  return <Loading />
}

/** The booking flow: one question per step, the step in the address (so the browser's Back works). */
export function BookingFlow({
  me,
}: {
  me: { firstName?: string | null; lastName?: string | null }
}) {
  const t = useT()
  const localized = useLocalized()
  const [, navigate] = useLocation()
  const search = useSearch()
  const params = useMemo(() => new URLSearchParams(search), [search])
  const [answers, setAnswers] = useState(() => startingAnswers(params))
  // a restart (`?new`) lets the previous answers' hold go
  const [abandoned] = useState(() => (params.has('new') ? loadAnswers().hold : undefined))
  const [holdTime, { loading: holding }] = useMutation(HoldSlotMutation)
  const [releaseHold] = useMutation(ReleaseHoldMutation)
  const release = useCallback(
    (hold: HeldSlot) => {
      // best effort: a hold not let go ends by itself at its expiry
      releaseHold({ variables: { holdId: hold.id } }).catch(() => undefined)
    },
    [releaseHold],
  )

  useEffect(() => saveAnswers(answers), [answers])
  useEffect(() => {
    if (abandoned) release(abandoned)
  }, [abandoned, release])

  // Leaving the flow (another page of the app) lets the hold go; booking keeps it (it is the
  // booking's now), as does a reload (the answers, the hold with them, are kept in this tab).
  const liveHold = useRef(answers.hold)
  liveHold.current = answers.hold
  const booked = useRef(false)
  useEffect(
    () => () => {
      if (liveHold.current && !booked.current) release(liveHold.current)
    },
    [release],
  )

  // the deep link has been taken in: the address leads to the first open question
  useEffect(() => {
    if (params.has('category') || params.has('procedure') || params.has('new')) {
      navigate('/book', { replace: true })
    }
  }, [params, navigate])

  const step = resolveStep(answers, params.get('step'))
  useStepFocus(step)

  const steps = stepsFor(answers)

  // Gone back to the time (or before it), or the time changed: the hold is let go (issue 16
  // item 1); continuing from the time step holds it again.
  const stepIndex = steps.indexOf(step)
  const timeIndex = steps.indexOf('time')
  const previousIndex = useRef(stepIndex)
  const { hold, slot } = answers
  useEffect(() => {
    const wentBack = previousIndex.current > timeIndex && stepIndex <= timeIndex
    previousIndex.current = stepIndex
    if (hold && (wentBack || slot?.startsAt !== hold.startsAt)) {
      release(hold)
      setAnswers((a) => (a.hold?.id === hold.id ? { ...a, hold: undefined } : a))
    }
  }, [hold, slot, stepIndex, timeIndex, release])

  const goTo = useCallback((to: StepName) => navigate(`/book?step=${to}`), [navigate])
  const update = useCallback(
    (change: (a: BookingAnswers) => BookingAnswers) => setAnswers(change),
    [],
  )
  const flow: FlowControls = {
    answers,
    position: {
      current: steps.indexOf(step) + 1,
      total: steps.length,
      label: t(stepLabels[step]),
    },
    update,
    goTo,
    advance: (from, change) => {
      const next = change(answers)
      setAnswers(next)
      goTo(stepAfter(next, from))
    },
    back: () => {
      const previous = stepBefore(answers, step)
      if (previous) goTo(previous)
      else navigate('/')
    },
  }

  if (isMunicipal(answers) && answers.procedureId && !answers.municipalityId) {
    return <MunicipalityOfProcedure flow={flow} />
  }

  const scope = {
    category: answers.category!,
    procedureId: answers.procedureId!,
    municipalityId: answers.municipalityId,
    kepId: answers.kepId,
  }
  const timeProblem = answers.problems.find((p) => p.field === 'startsAt' || p.field === 'holdId')

  /** Choosing a time holds it (issue 16 item 1); refused, the time step says why. */
  const holdAndContinue = async (chosen: Slot) => {
    try {
      const { data } = await holdTime({
        variables: {
          input: {
            category: scope.category,
            procedureId: scope.procedureId,
            municipalityId: scope.municipalityId ?? null,
            kepId: scope.kepId ?? null,
            startsAt: chosen.startsAt,
          },
        },
      })
      const held = data?.holdSlot.hold
      if (!held) return
      const lasts = Date.parse(held.expiresAt) - Date.parse(held.heldAt)
      flow.advance('time', (a) => ({
        ...a,
        date: athensToday(new Date(chosen.startsAt)),
        slot: chosen,
        hold: {
          id: held.id,
          startsAt: chosen.startsAt,
          deadline: Date.now() + lasts,
          kep: { name: held.kep.name, municipality: held.kep.municipality.name },
        },
        alternatives: [],
        problems: a.problems.filter((p) => p.field !== 'startsAt' && p.field !== 'holdId'),
      }))
    } catch (error) {
      const read = apiErrorOf(error)
      if (read?.code === 'SLOT_UNAVAILABLE') {
        update((a) => ({ ...a, slot: undefined, alternatives: alternativesOf(read) }))
        return
      }
      const problems =
        read?.code === 'VALIDATION_FAILED' && read.fields.length > 0
          ? read.fields
          : read?.messages
            ? [{ field: 'startsAt', reason: read.code ?? 'failed', message: read.messages }]
            : []
      // UNAUTHENTICATED: the app's notice offers to log in again; the answers are kept
      if (read?.code !== 'UNAUTHENTICATED') update((a) => ({ ...a, problems }))
    }
  }
  const countdown = answers.hold ? <HoldCountdown deadline={answers.hold.deadline} /> : null

  switch (step) {
    case 'category':
      return <CategoryStep flow={flow} />
    case 'municipality':
      return <MunicipalityStep flow={flow} />
    case 'procedure':
      return <ProcedureStep flow={flow} />
    case 'kepMode':
      return <KepModeStep flow={flow} />
    case 'kep':
      return <KepStep flow={flow} />
    case 'date':
      return (
        <DateStep
          scope={scope}
          month={answers.month}
          onMonthChange={(month) => update((a) => ({ ...a, month }))}
          date={answers.date}
          position={flow.position}
          onBack={flow.back}
          onContinue={(date) => flow.advance('date', (a) => chooseDate(a, date))}
        />
      )
    case 'time':
      return (
        <TimeStep
          key={answers.date}
          scope={scope}
          date={answers.date!}
          slot={answers.slot}
          alternatives={answers.alternatives}
          problem={timeProblem ? localized(timeProblem.message) : undefined}
          position={flow.position}
          onBack={flow.back}
          busy={holding}
          onChooseOtherDay={() => {
            update((a) => ({ ...a, alternatives: [] }))
            goTo('date')
          }}
          onContinue={(chosen) => void holdAndContinue(chosen)}
        />
      )
    case 'details':
      return (
        <>
          {countdown}
          <DetailsStep flow={flow} me={me} />
        </>
      )
    case 'review':
      return (
        <ReviewStep
          flow={flow}
          countdown={countdown}
          onBooked={(bookingId) => {
            // the hold is the booking's now: nothing to let go
            booked.current = true
            forgetAnswers()
            navigate(`/book?done=${encodeURIComponent(bookingId)}`)
          }}
        />
      )
  }
}
