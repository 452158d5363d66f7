import { useMutation } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Button, Checkboxes, ErrorSummary, Notice, useLanguage, usePageTitle } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import {
  acknowledgeAcceptableUseMutation,
  staffAccountQuery,
} from '../../features/account/account-operations'
import { useT } from '../../i18n'

const checkboxId = 'acceptable-use'

/**
 * Issue 14 item 5: the acceptable-use notice of Art. 7.2, in front of every page of the app
 * until the employee acknowledges it (once; the server records when, audited). The address
 * does not change meanwhile: acknowledged, the page they were going to shows.
 */
export function AcceptableUsePage() {
  const t = useT()
  const { language } = useLanguage()
  usePageTitle(t('notice.title'))
  const [agreed, setAgreed] = useState(false)
  const [error, setError] = useState<string>()
  const [failure, setFailure] = useState<string>()
  const [acknowledge, { loading }] = useMutation(acknowledgeAcceptableUseMutation, {
    refetchQueries: [staffAccountQuery],
    awaitRefetchQueries: true,
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(undefined)
    if (!agreed) {
      setError(t('notice.required'))
      return
    }
    setError(undefined)
    try {
      await acknowledge()
    } catch (err) {
      setFailure(apiErrorOf(err)?.messages?.[language] ?? t('notice.failed'))
    }
  }

  return (
    <>
      {error ? <ErrorSummary items={[{ fieldId: checkboxId, message: error }]} /> : null}
      {failure ? <Notice title={failure} tone="alert" /> : null}
      <h1>{t('notice.title')}</h1>
      <p className="govgr-body-l">{t('notice.lead')}</p>
      <div className="govgr-inset-text">
        <p className="govgr-body-s">{t('notice.source')}</p>
        <p>{t('notice.purpose')}</p>
        <p>{t('notice.measures')}</p>
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Checkboxes
          id={checkboxId}
          name="acceptableUse"
          legend={t('notice.legend')}
          choices={[{ value: 'agreed', label: t('notice.checkbox') }]}
          values={agreed ? ['agreed'] : []}
          error={error}
          onChange={(values) => {
            setAgreed(values.includes('agreed'))
            if (values.includes('agreed')) setError(undefined)
          }}
        />
        <Button type="submit" disabled={loading}>
          {t('notice.submit')}
        </Button>
      </form>
    </>
  )
}
