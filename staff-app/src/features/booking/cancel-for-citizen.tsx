import { useMutation } from '@apollo/client/react'
import {
  Button,
  ConfirmStep,
  ErrorSummary,
  formatDateTime,
  Notice,
  SummaryList,
  TextArea,
  useLanguage,
} from '@keplive/ui'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useT } from '../../i18n'
import { cancelForCitizenMutation } from './booking-operations'
import { serverProblems, type ServerProblems } from './server-problems'

const reasonId = 'cancel-reason'
const fieldIds = { 'input.reason': reasonId }

/**
 * Issue 14 item 3, "Ακύρωση για τον πολίτη": the reason (said in the citizen's email), a
 * confirmation step, and the server's answer: done, or its field errors in an error summary.
 */
export function CancelForCitizen({
  booking,
  onDone,
  onClose,
}: {
  booking: { id: string; version: number; startsAt: string; fullName: string }
  onDone: () => void
  onClose: () => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [cancel, cancelling] = useMutation(cancelForCitizenMutation)
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

  const proceed = (event: FormEvent) => {
    event.preventDefault()
    setProblems(undefined)
    setConfirming(true)
  }

  const confirm = async () => {
    try {
      await cancel({
        variables: { input: { bookingId: booking.id, reason, version: booking.version } },
      })
      setConfirming(false)
      onDone()
    } catch (error) {
      setConfirming(false)
      setProblems(serverProblems(error, language, fieldIds, t('booking.error.generic')))
    }
  }

  if (confirming) {
    return (
      <ConfirmStep
        title={t('booking.cancel.confirm.title')}
        summary={
          <SummaryList
            rows={[
              { key: t('booking.reschedule.confirm.citizen'), value: booking.fullName },
              {
                key: t('booking.cancel.confirm.when'),
                value: formatDateTime(booking.startsAt, language),
              },
              { key: t('booking.reason.label'), value: reason.trim() || t('booking.none') },
            ]}
          />
        }
        warning={t('booking.cancel.confirm.warning')}
        confirmLabel={t('booking.cancel.confirm.yes')}
        tone="warning"
        busy={cancelling.loading}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    )
  }

  return (
    <section aria-labelledby="cancel-title" className="keplive-confirm">
      <h2 id="cancel-title" tabIndex={-1} ref={heading}>
        {t('booking.cancel.title')}
      </h2>
      {problems?.items.length ? (
        <ErrorSummary title={t('booking.error.title')} items={problems.items} />
      ) : null}
      {problems?.general ? <Notice title={problems.general} tone="alert" /> : null}
      <form onSubmit={proceed} noValidate>
        <TextArea
          id={reasonId}
          label={t('booking.reason.label')}
          hint={t('booking.reason.hint')}
          error={problems?.byField[reasonId]}
          value={reason}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="keplive-actions">
          <Button type="submit" variant="warning">
            {t('booking.cancel.continue')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('booking.close')}
          </Button>
        </div>
      </form>
    </section>
  )
}
