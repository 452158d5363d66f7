import { useMutation } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Button, formatTime, SelectField, TextField, useLanguage } from '@keplive/ui'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { IdentityDocumentType, StaffCall_CallFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import {
  checkIdentityDocumentMutation,
  confirmIdentityMutation,
  requestIdentityDocumentMutation,
} from './call-operations'
import { isConfirmable, KedResult, type KedAnswer } from './ked-result'

const documentTypes: IdentityDocumentType[] = [
  'ID_CARD',
  'PASSPORT',
  'DRIVING_LICENCE',
  'RESIDENCE_PERMIT',
]

/**
 * Step 1 of the call, the identity check (R1.3, R6.2, R7.1): the employee asks the citizen to
 * hold the document to the camera (their page shows a frame and says so), types its type and
 * number, KED answers, and the employee records the result. Only a VALID document of the
 * booking's person can be recorded as verified (the server insists too). No image is taken:
 * the employee only looks. The step's heading and region are the stepper's.
 */
export function IdentityCheck({
  call,
  bookedName,
  onCall,
  onRecorded,
}: {
  call: StaffCall_CallFragment
  /** The booking's person, named when a document turns out to be someone else's. */
  bookedName: string
  onCall: (call: StaffCall_CallFragment) => void
  /** The result is on the call: the console moves on to the next step. */
  onRecorded: (verified: boolean) => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [documentType, setDocumentType] = useState<IdentityDocumentType>('ID_CARD')
  const [documentNumber, setDocumentNumber] = useState('')
  const [numberError, setNumberError] = useState<string>()
  const [result, setResult] = useState<KedAnswer>()
  const [check, checking] = useMutation(checkIdentityDocumentMutation)
  const [confirm, confirming] = useMutation(confirmIdentityMutation)
  const [request, requesting] = useMutation(requestIdentityDocumentMutation)
  const [failure, setFailure] = useState<string>()
  const resultHeading = useRef<HTMLHeadingElement>(null)

  // KED's answer is what the employee acts on next: the keyboard and the screen reader go there,
  // and the whole panel (holder, what to do next) scrolls into the side panel's view
  useEffect(() => {
    const heading = resultHeading.current
    if (!result || !heading) return
    heading.focus({ preventScroll: true })
    heading.parentElement?.scrollIntoView({ block: 'start' })
  }, [result])

  const errorText = (error: unknown) => {
    const read = apiErrorOf(error)
    return read?.messages?.[language] ?? t('console.error.generic')
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
      if (data) setResult({ ...data.checkIdentityDocument, documentType, documentNumber })
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
    if (!result) return
    setFailure(undefined)
    try {
      const { data } = await confirm({
        variables: {
          input: {
            callId: call.id,
            documentType: result.documentType,
            documentNumber: result.documentNumber,
            verified,
          },
        },
      })
      if (data) {
        onCall(data.confirmIdentity.call)
        onRecorded(verified)
      }
    } catch (error) {
      setFailure(errorText(error))
    }
  }

  const checkAnother = () => {
    setResult(undefined)
    setDocumentNumber('')
    document.getElementById('identity-documentType')?.focus()
  }

  const admitted = call.status === 'IN_CALL'
  if (!admitted) return <p>{t('identity.waitingForCitizen')}</p>

  return (
    <>
      <h3 className="staff-console__substep">{t('identity.ask.title')}</h3>
      <p>{t('identity.intro')}</p>
      <Button
        variant="secondary"
        onClick={() => void askForDocument()}
        disabled={requesting.loading}
      >
        {call.identityDocumentRequestedAt ? t('identity.requestAgain') : t('identity.request')}
      </Button>
      <p role="status" data-testid="document-requested">
        {call.identityDocumentRequestedAt
          ? t('identity.requested', { at: formatTime(call.identityDocumentRequestedAt, language) })
          : ''}
      </p>
      <h3 className="staff-console__substep">{t('identity.ked.title')}</h3>
      <form onSubmit={submit} noValidate>
        <SelectField
          id="identity-documentType"
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
          id="identity-documentNumber"
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
      {result ? (
        <>
          <KedResult result={result} bookedName={bookedName} headingRef={resultHeading} />
          <div className="staff-console__actions">
            {isConfirmable(result) ? (
              <Button onClick={() => void record(true)} disabled={confirming.loading}>
                {t('identity.confirm')}
              </Button>
            ) : (
              <Button variant="secondary" onClick={checkAnother}>
                {t('identity.checkAnother')}
              </Button>
            )}
            <Button
              variant={isConfirmable(result) ? 'secondary' : 'warning'}
              onClick={() => void record(false)}
              disabled={confirming.loading}
            >
              {t('identity.reject')}
            </Button>
          </div>
        </>
      ) : null}
      <div role="alert">{failure ? <p className="govgr-error-message">{failure}</p> : null}</div>
    </>
  )
}
