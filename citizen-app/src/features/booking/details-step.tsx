import { useQuery } from '@apollo/client/react'
import {
  Button,
  ErrorSummary,
  Radios,
  TextField,
  useLocalized,
  type ErrorSummaryItem,
} from '@keplive/ui'
import { useEffect, useState } from 'react'
import type { DeliveryMethod } from '../../gql/graphql'
import { useT, type MessageKey } from '../../i18n'
import { bookingField, isMunicipal, type BookingAnswers, type Details } from './booking-answers'
import { useChosenProcedure } from './choice-steps'
import { ContactFields } from './contact-fields'
import { DocumentUpload } from './document-upload'
import { SpecialNeedsFields } from './special-needs-fields'
import type { FlowControls } from './flow-controls'
import { BookingFlowPreviousContactQuery } from './operations'
import { StepFrame } from './step-frame'

/** The element of this page that a server field problem belongs to. */
export function elementOfField(problemField: string): string {
  const field = bookingField(problemField)
  if (field === 'business.name') return 'businessName'
  if (field === 'business.taxId') return 'businessTaxId'
  if (field === 'specialRequirements.other') return 'otherText'
  if (field.startsWith('documentIds')) return 'documents'
  return field
}

type Field = keyof typeof missingMessages

const missingMessages = {
  fullName: 'booking.details.fullName.missing',
  email: 'booking.details.email.missing',
  phone: 'booking.details.phone.missing',
  postalAddress: 'booking.details.postalAddress.missing',
  forBusiness: 'booking.details.business.missing',
  businessName: 'booking.details.businessName.missing',
  businessTaxId: 'booking.details.businessTaxId.missing',
  otherText: 'booking.details.otherText.missing',
  deliveryMethod: 'booking.details.delivery.missing',
} satisfies Record<string, MessageKey>

/**
 * What must be answered before the review; the server judges the rest (formats, tax number).
 * Only the business field asks whether it is for a business (issue 16 item 4).
 */
function missingFields(details: Details, municipal: boolean, businessField: boolean): Field[] {
  const missing: Field[] = []
  if (!details.fullName.trim()) missing.push('fullName')
  if (!details.email.trim()) missing.push('email')
  if (!details.phone.trim()) missing.push('phone')
  if (!details.postalAddress.trim()) missing.push('postalAddress')
  if (businessField && !details.forBusiness) missing.push('forBusiness')
  if (details.forBusiness === 'yes') {
    if (!details.businessName.trim()) missing.push('businessName')
    if (!details.businessTaxId.trim()) missing.push('businessTaxId')
  }
  if (details.otherNeeds && !details.otherText.trim()) missing.push('otherText')
  if (!details.deliveryMethod || (details.deliveryMethod === 'PICKUP' && !municipal)) {
    missing.push('deliveryMethod')
  }
  return missing
}

/** R2.2 (a)–(g) for the person who takes part in the call, and the business if any. */
export function DetailsStep({
  flow,
  me,
}: {
  flow: FlowControls
  me: { firstName?: string | null; lastName?: string | null }
}) {
  const t = useT()
  const localized = useLocalized()
  const { answers } = flow
  const details = answers.details
  const municipal = isMunicipal(answers)
  const businessField = answers.category === 'BUSINESS'
  const procedure = useChosenProcedure(answers)
  const [shownMissing, setShownMissing] = useState<Field[]>([])
  const previous = useQuery(BookingFlowPreviousContactQuery, { skip: details.prefilled })

  // Prefilled once from the login (name) and the contact details the citizen keeps in "My data"
  // (issue 19 item 3; their last booking's when they keep none), never over typing.
  useEffect(() => {
    if (details.prefilled || previous.loading) return
    const contact = previous.data?.myData.contact
    const name = [me.firstName, me.lastName].filter(Boolean).join(' ')
    // issue 16 item 4: a legal representative's business, from their last booking for one
    // (the login carries no business: GSIS's userinfo names the person only)
    const business = [...(previous.data?.myBookings ?? [])]
      .filter((b) => b.business)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.business
    flow.update((a) => {
      const fillBusiness = Boolean(business) && !a.details.businessName && !a.details.businessTaxId
      return {
        ...a,
        details: {
          ...a.details,
          fullName: a.details.fullName || name,
          email: a.details.email || contact?.email || '',
          phone: a.details.phone || contact?.phone || '',
          postalAddress: a.details.postalAddress || contact?.postalAddress || '',
          ...(fillBusiness && business
            ? {
                businessName: business.name,
                businessTaxId: business.taxId,
                businessFromLast: true,
                // in the business field the answer is theirs to confirm; elsewhere it stays behind the link
                forBusiness:
                  a.category === 'BUSINESS'
                    ? (a.details.forBusiness ?? 'yes')
                    : a.details.forBusiness,
              }
            : {}),
          prefilled: true,
        },
      }
    })
  }, [details.prefilled, previous.loading, previous.data, me, flow])

  const set = (change: Partial<Details>) =>
    flow.update((a: BookingAnswers) => ({ ...a, details: { ...a.details, ...change } }))

  const serverMessage = (element: string) => {
    const problem = answers.problems.find((p) => elementOfField(p.field) === element)
    return problem ? localized(problem.message) : undefined
  }
  const errorOf = (field: Field | 'documents') =>
    (field !== 'documents' && shownMissing.includes(field)
      ? t(missingMessages[field])
      : undefined) ?? serverMessage(field)

  const summary: ErrorSummaryItem[] = [
    ...shownMissing.map((field) => ({ fieldId: field, message: t(missingMessages[field]) })),
    ...answers.problems
      .filter((p) => !shownMissing.includes(elementOfField(p.field) as Field))
      .map((p) => ({ fieldId: elementOfField(p.field), message: localized(p.message) })),
  ]

  const deliveryChoices: { value: DeliveryMethod; label: string; hint?: string }[] = [
    { value: 'EMAIL', label: t('booking.details.delivery.email') },
    { value: 'POST', label: t('booking.details.delivery.post') },
    ...(municipal
      ? [
          {
            value: 'PICKUP' as const,
            label: t('booking.details.delivery.pickup'),
            hint: t('booking.details.delivery.pickupHint'),
          },
        ]
      : []),
  ]

  return (
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => {
        const missing = missingFields(details, municipal, businessField)
        setShownMissing(missing)
        if (missing.length > 0) return
        flow.advance('details', (a) => ({ ...a, detailsDone: true, problems: [] }))
      }}
    >
      <ErrorSummary items={summary} />
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.details.question')}
      </h1>
      <p className="govgr-body">{t('booking.details.hint')}</p>
      {me.firstName ? <p className="govgr-hint">{t('booking.details.prefilled')}</p> : null}

      <TextField
        id="fullName"
        label={t('booking.details.fullName')}
        autoComplete="name"
        value={details.fullName}
        onChange={(event) => set({ fullName: event.target.value })}
        error={errorOf('fullName')}
      />
      <ContactFields
        values={details}
        labels={{
          email: t('booking.details.email'),
          emailHint: t('booking.details.emailHint'),
          phone: t('booking.details.phone'),
          phoneHint: t('booking.details.phoneHint'),
          postalAddress: t('booking.details.postalAddress'),
          postalAddressHint: t('booking.details.postalAddressHint'),
        }}
        onChange={set}
        errorOf={errorOf}
      />

      {businessField ? (
        <Radios
          id="forBusiness"
          name="forBusiness"
          legend={t('booking.details.business.question')}
          hint={t('booking.details.business.hint')}
          value={details.forBusiness}
          onChange={(value) => set({ forBusiness: value })}
          error={errorOf('forBusiness')}
          choices={[
            { value: 'no', label: t('booking.details.business.no') },
            { value: 'yes', label: t('booking.details.business.yes') },
          ]}
        />
      ) : (
        // issue 16 item 4: outside the business field, optional behind a link
        <p className="govgr-body">
          <Button
            variant="link"
            id="forBusiness"
            aria-expanded={details.forBusiness === 'yes'}
            aria-controls={details.forBusiness === 'yes' ? 'business-details' : undefined}
            onClick={() => set({ forBusiness: details.forBusiness === 'yes' ? 'no' : 'yes' })}
          >
            {details.forBusiness === 'yes'
              ? t('booking.details.business.unlink')
              : t('booking.details.business.link')}
          </Button>
        </p>
      )}
      {details.forBusiness === 'yes' ? (
        <div
          id="business-details"
          className="govgr-radios__conditional keplive-conditional"
          role="group"
          aria-labelledby="business-details-title"
        >
          <h2 id="business-details-title" className="govgr-heading-s">
            {t('booking.details.business.title')}
          </h2>
          {details.businessFromLast ? (
            <p className="govgr-hint">{t('booking.details.business.fromLast')}</p>
          ) : null}
          <TextField
            id="businessName"
            label={t('booking.details.businessName')}
            autoComplete="organization"
            value={details.businessName}
            onChange={(event) => set({ businessName: event.target.value })}
            error={errorOf('businessName')}
          />
          <TextField
            id="businessTaxId"
            label={t('booking.details.businessTaxId')}
            hint={t('booking.details.businessTaxIdHint')}
            inputMode="numeric"
            autoComplete="off"
            className="govgr-input--width-10"
            value={details.businessTaxId}
            onChange={(event) => set({ businessTaxId: event.target.value })}
            error={errorOf('businessTaxId')}
          />
        </div>
      ) : null}

      <DocumentUpload
        id="documents"
        procedure={procedure}
        documents={details.documents}
        onChange={(documents) => set({ documents })}
        serverError={serverMessage('documents')}
      />

      <SpecialNeedsFields value={details} onChange={set} errorOf={errorOf} />

      <Radios
        id="deliveryMethod"
        name="deliveryMethod"
        legend={t('booking.details.delivery.question')}
        hint={municipal ? undefined : t('booking.details.delivery.noPickup')}
        value={details.deliveryMethod}
        onChange={(value) => set({ deliveryMethod: value })}
        error={errorOf('deliveryMethod')}
        choices={deliveryChoices}
      />
    </StepFrame>
  )
}
