import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf, fieldMessage } from '@keplive/api'
import {
  Button,
  ErrorSummary,
  Loading,
  Notice,
  SelectField,
  TextArea,
  useLanguage,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { useT } from '../../i18n'
import { freeColleaguesQuery, handOverBookingMutation } from './call-operations'

/** The select's value for "the next free colleague, by the fair order". */
const anyone = ''

/**
 * Issue 14 item 2, "I can't take this one": the employee running the call (or the manager)
 * hands the booking to a colleague of the KEP free at that time — one they pick, or the next by
 * scheduling's fair order — after a confirmation step; then the result. The time does not
 * change, so the citizen is not told.
 */
export function HandOver({
  bookingId,
  onHandedOver,
}: {
  bookingId: string
  /** After the handover: the console becomes read-only for this employee. */
  onHandedOver: (assignedToName: string) => void
}) {
  const t = useT()
  const [confirming, setConfirming] = useState(false)
  return (
    <section aria-labelledby="handover-title">
      <h2 id="handover-title">{t('handover.title')}</h2>
      <p>{t('handover.intro')}</p>
      {confirming ? (
        <HandOverConfirmation
          bookingId={bookingId}
          onCancel={() => setConfirming(false)}
          onHandedOver={onHandedOver}
        />
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('handover.start')}
        </Button>
      )}
    </section>
  )
}

function HandOverConfirmation({
  bookingId,
  onCancel,
  onHandedOver,
}: {
  bookingId: string
  onCancel: () => void
  onHandedOver: (assignedToName: string) => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const free = useQuery(freeColleaguesQuery, {
    variables: { bookingId },
    fetchPolicy: 'network-only',
  })
  const [handOver, handing] = useMutation(handOverBookingMutation)
  const [toEmployeeId, setToEmployeeId] = useState(anyone)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<string>()

  if (free.loading && !free.data) return <Loading />
  const colleagues = free.data?.freeColleagues ?? []

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(undefined)
    setErrors({})
    try {
      const { data } = await handOver({
        variables: {
          input: { bookingId, toEmployeeId: toEmployeeId || null, reason: reason.trim() || null },
        },
      })
      if (data) onHandedOver(data.handOverBooking.assignedToName)
    } catch (error) {
      const read = apiErrorOf(error)
      const fields: Record<string, string> = {}
      for (const name of ['toEmployeeId', 'reason']) {
        const message = fieldMessage(read, `input.${name}`)
        if (message) fields[name] = message[language]
      }
      setErrors(fields)
      const general = fieldMessage(read, 'input.bookingId') ?? read?.messages
      setFailure(general?.[language] ?? t('console.error.generic'))
      void free.refetch()
    }
  }

  const summary = Object.entries(errors).map(([field, message]) => ({
    fieldId: `handover-${field}`,
    message,
  }))

  return (
    <>
      {summary.length ? <ErrorSummary items={summary} /> : null}
      {free.error ? (
        <Notice
          title={apiErrorOf(free.error)?.messages?.[language] ?? t('console.error.generic')}
          tone="alert"
        />
      ) : null}
      {colleagues.length === 0 && !free.error ? <Notice title={t('handover.nobodyFree')} /> : null}
      <form onSubmit={submit} noValidate>
        <SelectField
          id="handover-toEmployeeId"
          label={t('handover.colleague.label')}
          hint={t('handover.colleague.hint')}
          value={toEmployeeId}
          error={errors.toEmployeeId}
          onChange={(e) => setToEmployeeId(e.target.value)}
          options={[
            { value: anyone, label: t('handover.colleague.any') },
            ...colleagues.map((c) => ({ value: c.id, label: c.displayName })),
          ]}
        />
        <TextArea
          id="handover-reason"
          label={t('handover.reason.label')}
          value={reason}
          error={errors.reason}
          rows={2}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="call-controls">
          <Button type="submit" variant="warning" disabled={handing.loading}>
            {t('handover.confirm')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('handover.cancel')}
          </Button>
        </div>
      </form>
      <div role="alert">{failure ? <p className="govgr-error-message">{failure}</p> : null}</div>
    </>
  )
}
