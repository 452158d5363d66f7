import { Button, useLanguage, useLocalized } from '@keplive/ui'
import { useId, useRef, useState } from 'react'
import { useT } from '../../i18n'
import { DocumentsByKind, type ProcedureDocumentItem } from '../call/required-documents'
import type { UploadedDocument } from './booking-answers'
import { loginHref } from './login-required'
import { maxDocumentBytes, maxDocuments, uploadDocument } from './upload'

function sizeText(bytes: number, language: 'el' | 'en'): string {
  const format = new Intl.NumberFormat(language === 'el' ? 'el-GR' : 'en-GB', {
    maximumFractionDigits: 1,
  })
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / (1024 * 1024))} MB`
    : `${format.format(Math.max(1, Math.round(bytes / 1024)))} kB`
}

/**
 * R2.2 (e): legitimising documents, uploaded one by one as soon as they are chosen, with their
 * progress; a wrong type or size is said plainly under the field, and nothing else is lost.
 */
export function DocumentUpload({
  id,
  documents,
  onChange,
  serverError,
  procedure,
}: {
  id: string
  /** Issue 16 item 2: the chosen procedure, whose documents the step names. */
  procedure?: { title: { el: string; en: string }; documents: readonly ProcedureDocumentItem[] }
  documents: UploadedDocument[]
  onChange: (documents: UploadedDocument[]) => void
  /** The booking's objection to the documents (e.g. one no longer found). */
  serverError?: string
}) {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const input = useRef<HTMLInputElement>(null)
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null)
  const [problem, setProblem] = useState<{ text: string; login?: boolean } | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const hintId = useId()
  const error = problem?.text ?? serverError
  const full = documents.length >= maxDocuments

  const upload = async (file: File) => {
    setProblem(null)
    if (file.size > maxDocumentBytes) {
      setProblem({ text: t('booking.documents.tooLarge', { name: file.name }) })
      return
    }
    if (file.size === 0) {
      setProblem({ text: t('booking.documents.empty', { name: file.name }) })
      return
    }
    setProgress({ name: file.name, fraction: 0 })
    setAnnouncement(t('booking.documents.uploading', { name: file.name }))
    const result = await uploadDocument(file, language, (fraction) =>
      setProgress({ name: file.name, fraction }),
    )
    setProgress(null)
    if (input.current) input.current.value = ''
    if (result.ok) {
      onChange([...documents, result.document])
      setAnnouncement(t('booking.documents.uploaded', { name: result.document.fileName }))
      return
    }
    setAnnouncement('')
    if (result.code === 'UNAUTHENTICATED') {
      setProblem({ text: t('booking.documents.loggedOut'), login: true })
    } else if (result.code === 'NETWORK') {
      setProblem({ text: t('ui.error.network') })
    } else {
      setProblem({
        text: result.message
          ? `${file.name}: ${localized(result.message)}`
          : t('booking.documents.failed', { name: file.name }),
      })
    }
  }

  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <fieldset className="govgr-fieldset" aria-describedby={hintId}>
        <legend className="govgr-fieldset__legend govgr-heading-m">
          <h2 className="govgr-heading-m">{t('booking.documents.title')}</h2>
        </legend>
        <div className="govgr-hint" id={hintId}>
          {t('booking.documents.hint', { count: maxDocuments })}
        </div>
        {procedure ? (
          <div className="keplive-procedure-documents">
            <p className="govgr-body keplive-named-documents__title">
              {t('booking.documents.forProcedure', { procedure: localized(procedure.title) })}
            </p>
            <DocumentsByKind id={`${id}-required`} documents={procedure.documents} />
          </div>
        ) : null}
        {documents.length > 0 ? (
          <ul className="govgr-list keplive-documents">
            {documents.map((document) => (
              <li key={document.id} className="keplive-documents__item">
                <span>
                  {document.fileName}{' '}
                  <span className="keplive-secondary">
                    ({sizeText(document.sizeBytes, language)})
                  </span>
                </span>
                <Button
                  variant="link"
                  onClick={() => {
                    onChange(documents.filter((d) => d.id !== document.id))
                    setAnnouncement(t('booking.documents.removed', { name: document.fileName }))
                  }}
                >
                  {t('booking.documents.remove')}
                  <span className="govgr-visually-hidden"> {document.fileName}</span>
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govgr-body">{t('booking.documents.noneYet')}</p>
        )}
        {full ? (
          <p className="govgr-body">{t('booking.documents.full', { count: maxDocuments })}</p>
        ) : (
          <>
            <label className="govgr-label" htmlFor={id}>
              {documents.length > 0
                ? t('booking.documents.addAnother')
                : t('booking.documents.add')}
            </label>
            {error ? (
              <p className="govgr-error-message" id={`${id}-error`}>
                <span className="govgr-visually-hidden">{t('ui.error.prefix')} </span>
                {error}
                {problem?.login ? (
                  <>
                    {' '}
                    <a className="govgr-link" href={loginHref()}>
                      {t('booking.login.again')}
                    </a>
                  </>
                ) : null}
              </p>
            ) : null}
            <input
              ref={input}
              id={id}
              type="file"
              className="govgr-file-upload keplive-file-input"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              aria-describedby={error ? `${hintId} ${id}-error` : hintId}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                const file = event.target.files?.[0]
                if (file && !progress) void upload(file)
              }}
            />
          </>
        )}
        {progress ? (
          <div className="keplive-upload-progress">
            <label htmlFor={`${id}-progress`}>
              {t('booking.documents.progress', { name: progress.name })}
            </label>
            <progress
              id={`${id}-progress`}
              max={100}
              value={Math.round(progress.fraction * 100)}
              aria-valuetext={`${Math.round(progress.fraction * 100)}%`}
            />
          </div>
        ) : null}
        <p className="govgr-visually-hidden" role="status">
          {announcement}
        </p>
      </fieldset>
    </div>
  )
}
