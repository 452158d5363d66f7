import { useMutation } from '@apollo/client/react'
import { Button, ConfirmStep, Notice, TextArea, useLanguage } from '@keplive/ui'
import { Fragment, useState, type ChangeEvent } from 'react'
import { Link } from 'wouter'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import '../../features/employees/employees.css'
import { importEmployeesCsvMutation } from '../../features/employees/operations'
import type { ImportEmployeesCsvMutation } from '../../gql/graphql'
import { useT } from '../../i18n'

type Result = ImportEmployeesCsvMutation['importEmployeesCsv']

/** The header the server reads (employees.csv.ts), in its order. */
const csvColumns = ['afm', 'full_name', 'email', 'kep_code', 'role'] as const

/**
 * Employees from a CSV file (OPERATOR, ADMINISTRATOR): the file or its pasted text is checked
 * row by row (nothing written), then, with no row in error, added all at once after a
 * confirmation.
 */
export function ImportEmployeesPage() {
  const t = useT()
  const { language } = useLanguage()
  const number = new Intl.NumberFormat(language)
  const [csv, setCsv] = useState('')
  const [empty, setEmpty] = useState(false)
  const [preview, setPreview] = useState<Result | undefined>()
  const [done, setDone] = useState<Result | undefined>()
  const [confirming, setConfirming] = useState(false)
  const [run, { loading, error }] = useMutation(importEmployeesCsvMutation)
  const errors = useFormErrors(error, { 'input.csv': 'csv-text' }, 'csv-text')

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) setCsv(await file.text())
  }
  const check = async () => {
    setEmpty(csv.trim() === '')
    setDone(undefined)
    setPreview(undefined)
    if (csv.trim() === '') return
    try {
      const { data } = await run({ variables: { input: { csv, apply: false } } })
      setPreview(data?.importEmployeesCsv)
    } catch {
      // shown by the error summary
    }
  }
  const apply = async () => {
    try {
      const { data } = await run({ variables: { input: { csv, apply: true } } })
      setDone(data?.importEmployeesCsv)
      setPreview(undefined)
      setConfirming(false)
    } catch {
      setConfirming(false)
    }
  }
  const shown = done ?? preview
  return (
    <>
      <p>
        <Link className="govgr-back-link" href="/employees">
          {t('employee.back')}
        </Link>
      </p>
      <h1>{t('import.title')}</h1>
      <FormErrorSummary
        errors={errors}
        extra={empty ? [{ fieldId: 'csv-file', message: t('import.empty') }] : []}
      />
      {done ? (
        <Notice tone="success" title={t('import.done', { count: number.format(done.valid) })} />
      ) : null}
      <p>{t('import.format')}</p>
      <p>
        {t('import.header')}{' '}
        <code>
          {csvColumns.map((column, i) => (
            <Fragment key={column}>
              {i > 0 ? (
                <>
                  ,<wbr />
                </>
              ) : null}
              {column}
            </Fragment>
          ))}
        </code>
      </p>
      {confirming && preview ? (
        <ConfirmStep
          title={t('import.confirmTitle', { count: number.format(preview.valid) })}
          confirmLabel={t('import.confirm')}
          busy={loading}
          onConfirm={() => void apply()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void check()
          }}
          noValidate
        >
          <div className="govgr-field">
            <label className="govgr-label" htmlFor="csv-file">
              {t('import.file')}
            </label>
            <input
              id="csv-file"
              className="govgr-file-upload employees-file-input"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void readFile(e)}
            />
          </div>
          <TextArea
            id="csv-text"
            label={t('import.text')}
            rows={8}
            spellCheck={false}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            error={errors.field('input.csv')}
          />
          <p className="admin-actions">
            <Button type="submit" variant="secondary" disabled={loading}>
              {loading ? t('import.previewing') : t('import.preview')}
            </Button>
            {preview && preview.invalid === 0 ? (
              <Button onClick={() => setConfirming(true)}>{t('import.confirm')}</Button>
            ) : null}
          </p>
        </form>
      )}
      {shown ? (
        <section aria-labelledby="import-result-title">
          <h2 className="govgr-heading-m" id="import-result-title">
            {t('import.summary', {
              valid: number.format(shown.valid),
              invalid: number.format(shown.invalid),
            })}
          </h2>
          {shown.invalid > 0 ? <p>{t('import.fixFirst')}</p> : null}
          <div
            className="keplive-table-scroll"
            role="region"
            aria-labelledby="import-caption"
            tabIndex={0}
          >
            <table className="data-table">
              <caption id="import-caption">{t('import.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('employees.form.taxId')}</th>
                  <th scope="col">{t('employees.form.fullName')}</th>
                  <th scope="col">{t('employees.form.kep')}</th>
                  <th scope="col">{t('employees.form.role')}</th>
                  <th scope="col">{t('import.result')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{row.line}</th>
                    <td>{row.afm}</td>
                    <td>{row.fullName}</td>
                    <td>{row.kepCode}</td>
                    <td>{row.role}</td>
                    <td>
                      {t(`import.outcome.${row.outcome}`)}
                      {row.errors.length > 0 ? (
                        <ul className="govgr-list">
                          {row.errors.map((e) => (
                            <li key={e.column}>
                              {e.column}: {language === 'el' ? e.messageEl : e.messageEn}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  )
}
