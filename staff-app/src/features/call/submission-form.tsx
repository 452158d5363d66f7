import { useMutation } from '@apollo/client/react'
import { apiErrorOf, fieldMessage } from '@keplive/api'
import { Button, ErrorSummary, SelectField, TextArea, TextField, useLanguage } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import type { DeliveryMethod, StaffCall_CallFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { recordSubmissionMutation } from './call-operations'

const deliveryMethods: DeliveryMethod[] = ['EMAIL', 'POST', 'PICKUP']

/**
 * The "successful submission form" (R7.3): the one record the call leaves — the protocol
 * number the application was filed under, what was filed, how the document is delivered.
 * Recording it ends the call and completes the booking.
 */
export function SubmissionForm({
  call,
  defaultDelivery,
  onCall,
}: {
  call: StaffCall_CallFragment
  defaultDelivery: DeliveryMethod
  onCall: (call: StaffCall_CallFragment) => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [protocolNumber, setProtocolNumber] = useState('')
  const [filedDescription, setFiledDescription] = useState('')
  const [deliveryMethod, setDeliveryMethod] = useState<DeliveryMethod>(defaultDelivery)
  const [notes, setNotes] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<string>()
  const [record, recording] = useMutation(recordSubmissionMutation)

  if (call.submission) {
    return (
      <section aria-labelledby="submission-title">
        <h3 id="submission-title">{t('submission.title')}</h3>
        <p data-testid="submission-recorded">
          {t('submission.recorded', { protocol: call.submission.protocolNumber })}
        </p>
      </section>
    )
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(undefined)
    const missing: Record<string, string> = {}
    if (!protocolNumber.trim()) missing.protocolNumber = t('submission.protocol.required')
    if (!filedDescription.trim()) missing.filedDescription = t('submission.filed.required')
    setErrors(missing)
    if (Object.keys(missing).length > 0) return
    try {
      const { data } = await record({
        variables: {
          input: {
            callId: call.id,
            protocolNumber: protocolNumber.trim(),
            filedDescription: filedDescription.trim(),
            deliveryMethod,
            notes: notes.trim() || null,
          },
        },
      })
      if (data) onCall(data.recordSubmission.call)
    } catch (error) {
      const read = apiErrorOf(error)
      const fields: Record<string, string> = {}
      for (const name of ['protocolNumber', 'filedDescription', 'notes']) {
        const message = fieldMessage(read, `input.${name}`)
        if (message) fields[name] = message[language]
      }
      setErrors(fields)
      setFailure(read?.messages?.[language] ?? t('console.error.generic'))
    }
  }

  const summary = Object.entries(errors).map(([field, message]) => ({
    fieldId: `submission-${field}`,
    message,
  }))

  return (
    <section aria-labelledby="submission-title">
      <h3 id="submission-title">{t('submission.title')}</h3>
      <p>{t('submission.intro')}</p>
      {summary.length ? <ErrorSummary items={summary} /> : null}
      <form onSubmit={submit} noValidate>
        <TextField
          id="submission-protocolNumber"
          label={t('submission.protocol.label')}
          hint={t('submission.protocol.hint')}
          value={protocolNumber}
          error={errors.protocolNumber}
          autoComplete="off"
          onChange={(e) => setProtocolNumber(e.target.value)}
        />
        <TextArea
          id="submission-filedDescription"
          label={t('submission.filed.label')}
          value={filedDescription}
          error={errors.filedDescription}
          rows={3}
          onChange={(e) => setFiledDescription(e.target.value)}
        />
        <SelectField
          id="submission-deliveryMethod"
          label={t('submission.delivery.label')}
          value={deliveryMethod}
          onChange={(e) => setDeliveryMethod(e.target.value as DeliveryMethod)}
          options={deliveryMethods.map((m) => ({ value: m, label: t(`console.delivery.${m}`) }))}
        />
        <TextArea
          id="submission-notes"
          label={t('submission.notes.label')}
          value={notes}
          error={errors.notes}
          rows={3}
          onChange={(e) => setNotes(e.target.value)}
        />
        <Button type="submit" disabled={recording.loading}>
          {t('submission.submit')}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {failure ? <p className="govgr-error-message">{failure}</p> : null}
      </div>
    </section>
  )
}
