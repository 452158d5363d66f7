import { useMutation } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  Button,
  formatDateTime,
  formatTime,
  SelectField,
  TextField,
  useLanguage,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import type {
  CheckIdentityDocumentMutation,
  IdentityDocumentType,
  StaffCall_CallFragment,
} from '../../gql/graphql'
import { useT } from '../../i18n'
import {
  checkIdentityDocumentMutation,
  confirmIdentityMutation,
  requestIdentityDocumentMutation,
} from './call-operations'

const documentTypes: IdentityDocumentType[] = [
  'ID_CARD',
  'PASSPORT',
  'DRIVING_LICENCE',
  'RESIDENCE_PERMIT',
]

/**
 * The identity check at the start of the call (R1.3, R6.2, R7.1): the employee asks the citizen
 * to hold the document to the camera (their page shows a frame and says so), types its type and
 * number, KED confirms the data, and the employee records the result. No image is taken: the
 * employee only looks.
 */
export function IdentityCheck({
  call,
  onCall,
}: {
  call: StaffCall_CallFragment
  onCall: (call: StaffCall_CallFragment) => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [documentType, setDocumentType] = useState<IdentityDocumentType>('ID_CARD')
  const [documentNumber, setDocumentNumber] = useState('')
  const [numberError, setNumberError] = useState<string>()
  const [result, setResult] = useState<CheckIdentityDocumentMutation['checkIdentityDocument']>()
  const [check, checking] = useMutation(checkIdentityDocumentMutation)
  const [confirm, confirming] = useMutation(confirmIdentityMutation)
  const [request, requesting] = useMutation(requestIdentityDocumentMutation)
  const [failure, setFailure] = useState<string>()

  const errorText = (error: unknown) => {
    const read = apiErrorOf(error)
    return read?.messages?.[language] ?? t('console.error.generic')
  }

  if (call.identityCheck) {
    return (
      <section aria-labelledby="identity-title">
        <h2 id="identity-title">{t('identity.title')}</h2>
        <p data-testid="identity-recorded">
          {call.identityCheck.verified
            ? t('identity.recorded.verified')
            : t('identity.recorded.not')}{' '}
          {t('identity.recorded.detail', {
            type: t(`identity.type.${call.identityCheck.documentType}`),
            at: formatDateTime(call.identityCheck.checkedAt, language),
          })}
        </p>
      </section>
    )
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(undefined)
    if (!documentNumber.trim()) {
      setNumberError(t('identity.number.required'))
      return
    }
    setNumberError(undefined)
    try {
      const { data } = await check({
        variables: { input: { callId: call.id, documentType, documentNumber } },
      })
      setResult(data?.checkIdentityDocument)
    } catch (error) {
      setFailure(errorText(error))
    }
  }

  const askForDocument = async () => {
    setFailure(undefined)
    try {
      const { data } = await request({ variables: { input: { callId: call.id } } })
      if (data) onCall(data.requestIdentityDocument.call)
    } catch (error) {
      setFailure(errorText(error))
    }
  }

  const record = async (verified: boolean) => {
    setFailure(undefined)
    try {
      const { data } = await confirm({
        variables: { input: { callId: call.id, documentType, documentNumber, verified } },
      })
      if (data) onCall(data.confirmIdentity.call)
    } catch (error) {
      setFailure(errorText(error))
    }
  }

  return (
    <section aria-labelledby="identity-title">
      <h2 id="identity-title">{t('identity.title')}</h2>
      <p>{t('identity.intro')}</p>
      <p>
        <Button
          variant="secondary"
          onClick={() => void askForDocument()}
          disabled={requesting.loading}
        >
          {call.identityDocumentRequestedAt ? t('identity.requestAgain') : t('identity.request')}
        </Button>
      </p>
      <p role="status" data-testid="document-requested">
        {call.identityDocumentRequestedAt
          ? t('identity.requested', { at: formatTime(call.identityDocumentRequestedAt, language) })
          : ''}
      </p>
      <form onSubmit={submit} noValidate>
        <SelectField
          label={t('identity.type.label')}
          value={documentType}
          onChange={(e) => {
            setDocumentType(e.target.value as IdentityDocumentType)
            setResult(undefined)
          }}
          options={documentTypes.map((type) => ({
            value: type,
            label: t(`identity.type.${type}`),
          }))}
        />
        <TextField
          label={t('identity.number.label')}
          hint={t('identity.number.hint')}
          value={documentNumber}
          error={numberError}
          autoComplete="off"
          onChange={(e) => {
            setDocumentNumber(e.target.value)
            setResult(undefined)
          }}
        />
        <Button type="submit" disabled={checking.loading}>
          {t('identity.check')}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {result ? (
          <div data-testid="ked-result">
            <h3>{t(`identity.status.${result.status}`)}</h3>
            {result.holder ? (
              <dl className="govgr-summary-list">
                <div className="govgr-summary-list__row">
                  <dt className="govgr-summary-list__key">{t('identity.holder.name')}</dt>
                  <dd className="govgr-summary-list__value">
                    {result.holder.firstName} {result.holder.lastName}
                  </dd>
                </div>
                {result.holder.fatherName ? (
                  <div className="govgr-summary-list__row">
                    <dt className="govgr-summary-list__key">{t('identity.holder.father')}</dt>
                    <dd className="govgr-summary-list__value">{result.holder.fatherName}</dd>
                  </div>
                ) : null}
                <div className="govgr-summary-list__row">
                  <dt className="govgr-summary-list__key">{t('identity.holder.birthDate')}</dt>
                  <dd className="govgr-summary-list__value">{result.holder.birthDate}</dd>
                </div>
              </dl>
            ) : null}
            {result.matchesBooking === true ? <p>{t('identity.matches')}</p> : null}
            {result.matchesBooking === false ? (
              <p>
                <strong>{t('identity.mismatch')}</strong>
              </p>
            ) : null}
          </div>
        ) : null}
        {failure ? <p className="govgr-error-message">{failure}</p> : null}
      </div>
      {result ? (
        <div className="call-controls">
          {result.status === 'VALID' ? (
            <Button onClick={() => void record(true)} disabled={confirming.loading}>
              {t('identity.confirm')}
            </Button>
          ) : null}
          <Button
            variant="secondary"
            onClick={() => void record(false)}
            disabled={confirming.loading}
          >
            {t('identity.reject')}
          </Button>
        </div>
      ) : null}
    </section>
  )
}
