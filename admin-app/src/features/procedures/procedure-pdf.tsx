import { useMutation } from '@apollo/client/react'
import { Button, ConfirmStep, ErrorSummary, Notice, useLanguage } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { useT } from '../../i18n'
import { maxFormBytes, uploadProcedureForm } from './form-upload'
import { removeProcedureFormMutation } from './procedure-operations'
import './procedures.css'

const fileInputId = 'procedure-pdf-file'

/**
 * A procedure's form as a PDF (Art. 4 "with their forms"): the one uploaded, with a link to it;
 * for ADMINISTRATORs an upload that replaces it and a removal behind a confirmation step.
 */
export function ProcedurePdf({
  procedureId,
  form,
  canChange,
  onChanged,
}: {
  procedureId: string
  form: { fileName: string; sizeBytes: number; url: string } | null | undefined
  canChange: boolean
  onChanged: () => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [file, setFile] = useState<File | null>(null)
  const [problem, setProblem] = useState<string | undefined>()
  const [uploading, setUploading] = useState(false)
  const [done, setDone] = useState<'uploaded' | 'removed' | undefined>()
  const [confirming, setConfirming] = useState(false)
  const [remove, removal] = useMutation(removeProcedureFormMutation)
  const removeErrors = useFormErrors(removal.error, {})
  const size = (bytes: number) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`

  const upload = async (event: FormEvent) => {
    event.preventDefault()
    setDone(undefined)
    if (!file) return setProblem(t('procedure.pdf.choose'))
    if (file.size > maxFormBytes) return setProblem(t('procedure.pdf.tooLarge'))
    setUploading(true)
    const result = await uploadProcedureForm(procedureId, file, language)
    setUploading(false)
    if (!result.ok) return setProblem(result.message?.[language] ?? t('procedure.pdf.failed'))
    setProblem(undefined)
    setFile(null)
    setDone('uploaded')
    onChanged()
  }

  const confirmRemove = async () => {
    const res = await remove({ variables: { id: procedureId } }).catch(() => undefined)
    if (!res?.data) return
    setConfirming(false)
    setDone('removed')
    onChanged()
  }

  return (
    <section aria-labelledby="procedure-pdf-title">
      <h2 className="govgr-heading-m" id="procedure-pdf-title">
        {t('procedure.pdf.title')}
      </h2>
      {done ? (
        <Notice
          tone="success"
          title={t(done === 'uploaded' ? 'procedure.pdf.uploaded' : 'procedure.pdf.removed')}
        />
      ) : null}
      {form ? (
        <p>
          {t('procedure.pdf.current', { name: form.fileName, size: size(form.sizeBytes) })}{' '}
          <a className="govgr-link" href={form.url} target="_blank" rel="noreferrer">
            {t('procedure.pdf.open')}
          </a>
        </p>
      ) : (
        <p>{t('procedure.pdf.none')}</p>
      )}
      {canChange && confirming ? (
        <ConfirmStep
          title={t('procedure.pdf.remove.title')}
          summary={<p>{t('procedure.pdf.remove.summary')}</p>}
          confirmLabel={t('procedure.pdf.remove')}
          tone="warning"
          busy={removal.loading}
          error={<FormErrorSummary errors={removeErrors} />}
          onConfirm={() => void confirmRemove()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {canChange && !confirming ? (
        <>
          <form onSubmit={(e) => void upload(e)} noValidate>
            {problem ? <ErrorSummary items={[{ fieldId: fileInputId, message: problem }]} /> : null}
            <div className={problem ? 'govgr-field govgr-field__error' : 'govgr-field'}>
              <label className="govgr-label" htmlFor={fileInputId}>
                {t('procedure.pdf.file')}
              </label>
              <div className="govgr-hint" id={`${fileInputId}-hint`}>
                {t('procedure.pdf.file.hint')}
              </div>
              {problem ? (
                <p className="govgr-error-message" id={`${fileInputId}-error`}>
                  <span className="govgr-visually-hidden">{t('ui.error.prefix')} </span>
                  {problem}
                </p>
              ) : null}
              <input
                id={fileInputId}
                className="govgr-file procedure-file"
                type="file"
                accept="application/pdf,.pdf"
                aria-describedby={`${fileInputId}-hint${problem ? ` ${fileInputId}-error` : ''}`}
                aria-invalid={problem ? true : undefined}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            <div className="admin-actions">
              <Button type="submit" disabled={uploading} aria-busy={uploading || undefined}>
                {uploading ? t('procedure.pdf.uploading') : t('procedure.pdf.upload')}
              </Button>
              {form ? (
                <Button variant="warning" onClick={() => setConfirming(true)}>
                  {t('procedure.pdf.remove')}
                </Button>
              ) : null}
            </div>
          </form>
        </>
      ) : null}
    </section>
  )
}
