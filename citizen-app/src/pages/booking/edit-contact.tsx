import { useMutation } from '@apollo/client/react'
import { apiErrorOf, type ApiError } from '@keplive/api'
import { BackLink, Button, ErrorSummary, Notice, useErrorMessage, usePageTitle } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { ContactFields } from '../../features/booking/contact-fields'
import { useFieldProblems } from '../../features/booking/field-problems'
import { useLocation } from 'wouter'
import { SpecialNeedsFields } from '../../features/booking/special-needs-fields'
import { UpdateBookingContactMutation } from '../../features/booking/upfront-operations'
import type { BookingQuery as BookingQueryData } from '../../gql/graphql'
import { useT } from '../../i18n'

type Booking = BookingQueryData['booking']

/** Special requirements change only this long before the start (the server's rule, said ahead). */
const requirementsCutoffMs = 24 * 3_600_000

/** The form's element a server field problem belongs to. */
function elementOf(field: string): string {
  const name = field.replace(/^input\./, '')
  if (name === 'specialRequirements.other') return 'otherText'
  if (name === 'specialRequirements') return 'needs'
  return name
}

/**
 * Issue 16 item 5: an upcoming booking's email, phone, address and (until 24 h before) special
 * requirements, changed on its page; the server checks each field and emails the change once.
 */
export function EditContact({ booking, onBack }: { booking: Booking; onBack: () => void }) {
  const t = useT()
  const errorMessage = useErrorMessage()
  const [, navigate] = useLocation()
  usePageTitle(t('booking.contact.title'), 'step')
  const [save, { loading }] = useMutation(UpdateBookingContactMutation)
  const [failure, setFailure] = useState<ApiError | null>(null)
  // the page's own moment, once: the rule does not flip while the citizen types
  const [openedAt] = useState(() => Date.now())
  const requirementsOpen = new Date(booking.startsAt).getTime() - openedAt > requirementsCutoffMs
  const current = booking.specialRequirements
  const [form, setForm] = useState({
    email: booking.email,
    phone: booking.phone,
    postalAddress: booking.postalAddress,
    signLanguage: current.signLanguage,
    lipReading: current.lipReading,
    otherNeeds: Boolean(current.other),
    otherText: current.other ?? '',
  })
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }))

  const { errorOf, summary } = useFieldProblems(failure, elementOf)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (loading) return
    setFailure(null)
    try {
      await save({
        variables: {
          input: {
            bookingId: booking.id,
            email: form.email,
            phone: form.phone,
            postalAddress: form.postalAddress,
            specialRequirements: {
              signLanguage: form.signLanguage,
              lipReading: form.lipReading,
              other: form.otherNeeds ? form.otherText : null,
            },
          },
        },
      })
      navigate(`/bookings/${booking.id}?contactChanged=1`, { replace: true })
    } catch (error) {
      const read = apiErrorOf(error)
      if (read?.code !== 'UNAUTHENTICATED') setFailure(read ?? null)
    }
  }

  const currentNeeds = [
    current.signLanguage ? t('booking.details.needs.signLanguage') : null,
    current.lipReading ? t('booking.details.needs.lipReading') : null,
    current.other ? `${t('booking.details.needs.other')}: ${current.other}` : null,
  ].filter((need): need is string => need !== null)

  return (
    <>
      <BackLink onClick={onBack} />
      <ErrorSummary items={summary} />
      {failure && failure.code !== 'VALIDATION_FAILED' ? (
        <Notice title={t('booking.contact.failed')} tone="alert">
          <p>{errorMessage(failure)}</p>
        </Notice>
      ) : null}
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.contact.title')}
      </h1>
      <p className="govgr-body">{t('booking.contact.hint')}</p>
      <form noValidate onSubmit={(event) => void submit(event)} className="keplive-step">
        <ContactFields
          values={form}
          labels={{
            email: t('booking.details.email'),
            phone: t('booking.details.phone'),
            phoneHint: t('booking.details.phoneHint'),
            postalAddress: t('booking.details.postalAddress'),
          }}
          onChange={set}
          errorOf={errorOf}
        />
        {requirementsOpen ? (
          <>
            <SpecialNeedsFields
              value={form}
              onChange={set}
              errorOf={errorOf}
              needsError={errorOf('needs')}
            />
          </>
        ) : (
          <>
            <h2 className="govgr-heading-s">{t('booking.review.needs')}</h2>
            <p className="govgr-body">
              {currentNeeds.length > 0 ? currentNeeds.join(' · ') : t('booking.review.noNeeds')}
            </p>
            <p className="govgr-hint" id="needs">
              {t('booking.contact.needsLocked')}
            </p>
          </>
        )}
        <div className="keplive-actions">
          <Button type="submit" disabled={loading} aria-disabled={loading}>
            {loading ? t('booking.contact.saving') : t('booking.contact.save')}
          </Button>
          <Button variant="secondary" onClick={onBack}>
            {t('booking.contact.back')}
          </Button>
        </div>
      </form>
    </>
  )
}
