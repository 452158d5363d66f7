import { useMutation } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Button, useLanguage } from '@keplive/ui'
import { useState } from 'react'
import type { StaffCall_CallFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { endCallMutation } from './call-operations'

/**
 * Ends the call when nothing is filed (the citizen only asked for information, or their
 * identity could not be confirmed): the booking is completed without a submission form.
 */
export function EndCall({
  callId,
  onCall,
}: {
  callId: string
  onCall: (call: StaffCall_CallFragment) => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [confirming, setConfirming] = useState(false)
  const [failure, setFailure] = useState<string>()
  const [endCall, ending] = useMutation(endCallMutation)

  const end = async () => {
    setFailure(undefined)
    try {
      const { data } = await endCall({ variables: { input: { callId } } })
      if (data) onCall(data.endCall.call)
    } catch (error) {
      setFailure(apiErrorOf(error)?.messages?.[language] ?? t('console.error.generic'))
    }
  }

  return (
    <section aria-labelledby="end-call-title">
      <h3 id="end-call-title">{t('submission.endWithout.title')}</h3>
      <p>{t('submission.endWithout.intro')}</p>
      {confirming ? (
        <div className="call-controls">
          <Button variant="warning" onClick={() => void end()} disabled={ending.loading}>
            {t('submission.endWithout.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('submission.endWithout.cancel')}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('submission.endWithout.button')}
        </Button>
      )}
      <div role="alert">{failure ? <p className="govgr-error-message">{failure}</p> : null}</div>
    </section>
  )
}
