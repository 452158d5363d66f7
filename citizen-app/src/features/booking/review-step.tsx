import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf, type ApiError } from '@keplive/api'
import {
  formatDateTime,
  Notice,
  SummaryList,
  useErrorMessage,
  useLanguage,
  useLocalized,
  type SummaryRow,
} from '@keplive/ui'
import { useState, type ReactNode } from 'react'
import type { BookAppointmentInput, DeliveryMethod } from '../../gql/graphql'
import { useT } from '../../i18n'
import {
  isMunicipal,
  stepOfField,
  type BookingAnswers,
  type Slot,
  type StepName,
} from './booking-answers'
import type { FlowControls } from './flow-controls'
import {
  BookAppointmentMutation,
  BookingFlowCategoriesQuery,
  BookingFlowKepsQuery,
  BookingFlowMunicipalitiesQuery,
  BookingFlowProceduresQuery,
} from './operations'
import { StepFrame } from './step-frame'

export const deliveryKeys = {
  EMAIL: 'booking.details.delivery.email',
  POST: 'booking.details.delivery.post',
  PICKUP: 'booking.details.delivery.pickup',
} as const satisfies Record<DeliveryMethod, string>

/** The mutation's input from the answers: texts as typed, the server trims and judges them. */
export function bookingInput(answers: BookingAnswers, language: 'el' | 'en'): BookAppointmentInput {
  const { details } = answers
  const needs = details.signLanguage || details.lipReading || details.otherNeeds
  return {
    category: answers.category!,
    procedureId: answers.procedureId!,
    municipalityId: answers.municipalityId ?? null,
    kepId: answers.kepId ?? null,
    startsAt: answers.slot!.startsAt,
    fullName: details.fullName,
    email: details.email,
    phone: details.phone,
    postalAddress: details.postalAddress,
    documentIds: details.documents.map((d) => d.id),
    specialRequirements: needs
      ? {
          signLanguage: details.signLanguage,
          lipReading: details.lipReading,
          other: details.otherNeeds ? details.otherText : null,
        }
      : null,
    deliveryMethod: details.deliveryMethod!,
    business:
      details.forBusiness === 'yes'
        ? { name: details.businessName, taxId: details.businessTaxId }
        : null,
    idempotencyKey: answers.idempotencyKey,
    locale: language === 'en' ? 'EN' : 'EL',
    holdId: answers.hold?.id ?? null,
  }
}

/** The alternatives of SLOT_UNAVAILABLE, as far as they are well-formed. */
export function alternativesOf(error: ApiError): Slot[] {
  const list = error.details.alternatives
  if (!Array.isArray(list)) return []
  return list.filter(
    (item): item is Slot =>
      typeof (item as Slot | null)?.startsAt === 'string' &&
      typeof (item as Slot).endsAt === 'string',
  )
}

/** Every answer with a "Change" that goes to its question and comes back here; then booking. */
export function ReviewStep({
  flow,
  onBooked,
  countdown,
}: {
  flow: FlowControls
  onBooked: (bookingId: string) => void
  /** The time left on the hold (issue 16 item 1). */
  countdown?: ReactNode
}) {
  const t = useT()
  const errorMessage = useErrorMessage()
  const localized = useLocalized()
  const { language } = useLanguage()
  const { answers } = flow
  const { details } = answers
  const municipal = isMunicipal(answers)
  const [failure, setFailure] = useState<ApiError | null>(null)
  const [book, { loading: booking }] = useMutation(BookAppointmentMutation)

  const categories = useQuery(BookingFlowCategoriesQuery)
  const procedures = useQuery(BookingFlowProceduresQuery, {
    variables: {
      category: answers.category!,
      municipalityId: municipal ? answers.municipalityId : null,
    },
  })
  const municipalities = useQuery(BookingFlowMunicipalitiesQuery, {
    skip: !answers.municipalityId,
  })
  const keps = useQuery(BookingFlowKepsQuery, {
    variables: { municipalityId: answers.municipalityId ?? '' },
    skip: !answers.municipalityId,
  })
  const category = categories.data?.serviceCategories.find((c) => c.code === answers.category)
  const procedure = procedures.data?.procedures.find((p) => p.id === answers.procedureId)
  const municipality = municipalities.data?.municipalities.find(
    (m) => m.id === answers.municipalityId,
  )
  const kep = keps.data?.keps.find((k) => k.id === answers.kepId)

  const change = (step: StepName, what: string) => ({
    label: t('booking.review.change', { what }),
    onClick: () => {
      flow.update((a) => ({ ...a, returnToReview: true }))
      flow.goTo(step)
    },
  })
  const text = (value: string | undefined) => value ?? '…'
  const needs = [
    details.signLanguage ? t('booking.details.needs.signLanguage') : null,
    details.lipReading ? t('booking.details.needs.lipReading') : null,
    details.otherNeeds ? `${t('booking.details.needs.other')}: ${details.otherText}` : null,
  ].filter((need): need is string => need !== null)

  const rows: SummaryRow[] = [
    {
      key: t('booking.review.category'),
      value: text(category && localized(category.name)),
      change: change('category', t('booking.review.category')),
    },
    ...(municipal
      ? [
          {
            key: t('booking.review.municipality'),
            value: text(municipality && localized(municipality.name)),
            change: change('municipality', t('booking.review.municipality')),
          },
        ]
      : []),
    {
      key: t('booking.review.procedure'),
      value: text(procedure && localized(procedure.title)),
      change: change('procedure', t('booking.review.procedure')),
    },
    {
      key: t('booking.review.kep'),
      // any KEP is named before confirming: the one the hold chose (issue 16 item 3)
      value: answers.kepId
        ? text(kep && `${localized(kep.name)}, ${localized(kep.address)}, ${localized(kep.city)}`)
        : answers.hold
          ? t('hold.kepChosen', {
              kep: localized(answers.hold.kep.name),
              municipality: localized(answers.hold.kep.municipality),
            })
          : t('booking.kepMode.any'),
      change: change(municipal ? 'kep' : 'kepMode', t('booking.review.kep')),
    },
    {
      key: t('booking.review.when'),
      value: answers.slot ? formatDateTime(answers.slot.startsAt, language) : '…',
      change: change('date', t('booking.review.when')),
    },
    {
      key: t('booking.details.fullName'),
      value: details.fullName,
      change: change('details', t('booking.details.fullName')),
    },
    {
      key: t('booking.details.email'),
      value: details.email,
      change: change('details', t('booking.details.email')),
    },
    {
      key: t('booking.details.phone'),
      value: details.phone,
      change: change('details', t('booking.details.phone')),
    },
    {
      key: t('booking.details.postalAddress'),
      value: details.postalAddress,
      change: change('details', t('booking.details.postalAddress')),
    },
    ...(details.forBusiness === 'yes'
      ? [
          {
            key: t('booking.review.business'),
            value: `${details.businessName} (${t('booking.review.taxId')} ${details.businessTaxId})`,
            change: change('details', t('booking.review.business')),
          },
        ]
      : []),
    {
      key: t('booking.documents.title'),
      value:
        details.documents.length > 0 ? (
          <ul className="govgr-list">
            {details.documents.map((d) => (
              <li key={d.id}>{d.fileName}</li>
            ))}
          </ul>
        ) : (
          t('booking.review.noDocuments')
        ),
      change: change('details', t('booking.documents.title')),
    },
    {
      key: t('booking.review.needs'),
      value: needs.length > 0 ? needs.join(' · ') : t('booking.review.noNeeds'),
      change: change('details', t('booking.review.needs')),
    },
    {
      key: t('booking.review.delivery'),
      value: details.deliveryMethod ? t(deliveryKeys[details.deliveryMethod]) : '…',
      change: change('details', t('booking.review.delivery')),
    },
  ]

  const confirm = async () => {
    setFailure(null)
    try {
      const { data } = await book({ variables: { input: bookingInput(answers, language) } })
      if (data) onBooked(data.bookAppointment.booking.id)
    } catch (error) {
      const read = apiErrorOf(error)
      if (read?.code === 'VALIDATION_FAILED' && read.fields.length > 0) {
        // back to the first question the server objects to, with every objection kept
        const first = stepOfField(read.fields[0]!.field)
        flow.update((a) => ({
          ...a,
          problems: read.fields,
          returnToReview: true,
          detailsDone: first === 'details' ? false : a.detailsDone,
        }))
        flow.goTo(first)
        return
      }
      if (read?.code === 'SLOT_UNAVAILABLE') {
        const alternatives = alternativesOf(read)
        flow.update((a) => ({ ...a, slot: undefined, alternatives, returnToReview: true }))
        flow.goTo('time')
        return
      }
      // UNAUTHENTICATED: the app's notice offers to log in again; the answers are kept
      if (read?.code !== 'UNAUTHENTICATED') setFailure(read ?? null)
    }
  }

  return (
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => void confirm()}
      continueLabel={booking ? t('booking.review.booking') : t('booking.review.confirm')}
      busy={booking}
    >
      {failure ? (
        <Notice title={t('booking.review.failed')} tone="alert">
          <p>{errorMessage(failure)}</p>
        </Notice>
      ) : null}
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.review.question')}
      </h1>
      {countdown}
      <p className="govgr-body">{t('booking.review.hint')}</p>
      <SummaryList rows={rows} />
      <h2 className="govgr-heading-m">{t('booking.review.nowTitle')}</h2>
      <p className="govgr-body">{t('booking.review.nowBody')}</p>
    </StepFrame>
  )
}
