import { useMutation, useQuery } from '@apollo/client/react'
import {
  Button,
  ConfirmStep,
  formatDateTime,
  formatLocalDate,
  Loading,
  Notice,
  RequestStatus,
  TextField,
  useLanguage,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import type { AdminFieldParametersQuery, ServiceCategoryCode } from '../../gql/graphql'
import { useT, type MessageKey } from '../../i18n'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { athensInstant } from './athens-time'
import {
  CancelScheduledFieldParametersMutation,
  FieldParametersQuery,
  ScheduleFieldParametersMutation,
} from './operations'

type Field = AdminFieldParametersQuery['fieldParameters'][number]

const parameterNames = [
  'callMinutes',
  'bufferMinutes',
  'slotStepMinutes',
  'minNoticeMinutes',
  'horizonDays',
] as const
type ParameterName = (typeof parameterNames)[number]

const categoryKey = (code: ServiceCategoryCode) =>
  `parameters.category.${code.toLowerCase()}` as MessageKey

/**
 * Every field's parameters in force and scheduled (R3.3); for an ADMINISTRATOR a form per field
 * to schedule a new version, with the impact preview then a confirmation step.
 */
export function FieldParametersPanel({ canChange }: { canChange: boolean }) {
  const t = useT()
  const { data, loading, error, refetch } = useQuery(FieldParametersQuery)
  const [editing, setEditing] = useState<ServiceCategoryCode | null>(null)
  const [done, setDone] = useState<string | null>(null)
  if (loading && !data) return <Loading />
  if (error || !data) return <RequestStatus error={{ kind: 'server' }} loading={false} />
  return (
    <section aria-labelledby="field-parameters-title">
      <h2 className="govgr-heading-l" id="field-parameters-title">
        {t('parameters.fields.title')}
      </h2>
      {done ? <Notice tone="success" title={done} /> : null}
      {data.fieldParameters.map((field) => (
        <FieldCard
          key={field.categoryId}
          field={field}
          canChange={canChange}
          editing={editing === field.category}
          onEdit={() => {
            setDone(null)
            setEditing(field.category)
          }}
          onClose={(message) => {
            setEditing(null)
            if (message) setDone(message)
            void refetch()
          }}
        />
      ))}
    </section>
  )
}

function FieldCard({
  field,
  canChange,
  editing,
  onEdit,
  onClose,
}: {
  field: Field
  canChange: boolean
  editing: boolean
  onEdit: () => void
  onClose: (message?: string) => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const name = t(categoryKey(field.category))
  const [cancel, cancelling] = useMutation(CancelScheduledFieldParametersMutation)
  const headingId = `field-${field.category.toLowerCase()}`
  return (
    <article className="admin-card" aria-labelledby={headingId} data-field={field.category}>
      <h3 className="govgr-heading-m" id={headingId}>
        {name}
      </h3>
      <div
        className="keplive-table-scroll"
        role="region"
        aria-labelledby={`${headingId}-caption`}
        tabIndex={0}
      >
        <table className="govgr-table">
          <caption className="govgr-visually-hidden" id={`${headingId}-caption`}>
            {name}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('parameters.inForce')}</th>
              {parameterNames.map((p) => (
                <th scope="col" key={p}>
                  {t(`parameters.${p}`)}
                </th>
              ))}
              {canChange ? <td /> : null}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                {field.inForce.effectiveFrom
                  ? t('parameters.inForceSince', {
                      date: formatDateTime(field.inForce.effectiveFrom as string, language),
                    })
                  : t('parameters.inForceOwn')}
              </th>
              {parameterNames.map((p) => (
                <td key={p} data-parameter={p}>
                  {field.inForce[p]}
                </td>
              ))}
              {canChange ? <td /> : null}
            </tr>
            {field.scheduled.map((version) => {
              const date = formatDateTime(version.effectiveFrom as string, language)
              return (
                <tr key={version.id}>
                  <th scope="row">{t('parameters.from', { date })}</th>
                  {parameterNames.map((p) => (
                    <td key={p}>{version[p]}</td>
                  ))}
                  {canChange ? (
                    <td>
                      <Button
                        variant="secondary"
                        disabled={cancelling.loading}
                        onClick={async () => {
                          await cancel({ variables: { id: version.id } })
                          onClose(t('parameters.cancelled'))
                        }}
                      >
                        {t('parameters.cancel', { date })}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {field.scheduled.length === 0 ? <p>{t('parameters.scheduledNone')}</p> : null}
      {canChange && !editing ? (
        <Button variant="secondary" onClick={onEdit}>
          {t('parameters.changeOf', { field: name })}
        </Button>
      ) : null}
      {canChange && editing ? <ScheduleForm field={field} name={name} onClose={onClose} /> : null}
    </article>
  )
}

type Values = Record<ParameterName, string> & { effectiveFrom: string }

const fieldIds = (category: string): Record<string, string> => {
  const prefix = `params-${category.toLowerCase()}`
  return Object.fromEntries(
    [...parameterNames, 'effectiveFrom'].map((p) => [`input.${p}`, `${prefix}-${p}`]),
  )
}

function ScheduleForm({
  field,
  name,
  onClose,
}: {
  field: Field
  name: string
  onClose: (message?: string) => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const ids = fieldIds(field.category)
  const [values, setValues] = useState<Values>({
    effectiveFrom: '',
    callMinutes: String(field.inForce.callMinutes),
    bufferMinutes: String(field.inForce.bufferMinutes),
    slotStepMinutes: String(field.inForce.slotStepMinutes),
    minNoticeMinutes: String(field.inForce.minNoticeMinutes),
    horizonDays: String(field.inForce.horizonDays),
  })
  const [local, setLocal] = useState<{ fieldId: string; message: string }[]>([])
  const [schedule, state] = useMutation(ScheduleFieldParametersMutation)
  const [preview, setPreview] = useState<{
    input: ReturnType<typeof toInput> & object
    result: NonNullable<Awaited<ReturnType<typeof schedule>>['data']>['scheduleFieldParameters']
  } | null>(null)
  const errors = useFormErrors(state.error, ids, ids['input.callMinutes'])

  function toInput() {
    const problems: { fieldId: string; message: string }[] = []
    const numbers = {} as Record<ParameterName, number>
    for (const p of parameterNames) {
      const n = Number(values[p])
      if (values[p].trim() === '' || !Number.isInteger(n)) {
        problems.push({ fieldId: ids[`input.${p}`]!, message: t('parameters.error.number') })
      }
      numbers[p] = n
    }
    let effectiveFrom: Date | undefined
    if (values.effectiveFrom !== '') {
      effectiveFrom = athensInstant(values.effectiveFrom)
      if (!effectiveFrom) {
        problems.push({ fieldId: ids['input.effectiveFrom']!, message: t('parameters.error.date') })
      }
    }
    setLocal(problems)
    if (problems.length > 0) return null
    return {
      category: field.category,
      ...numbers,
      effectiveFrom: effectiveFrom?.toISOString() ?? null,
    }
  }

  async function onPreview(event: FormEvent) {
    event.preventDefault()
    const input = toInput()
    if (!input) return
    try {
      const { data } = await schedule({ variables: { input, preview: true } })
      if (data) setPreview({ input, result: data.scheduleFieldParameters })
    } catch {
      // shown by the error summary (state.error)
    }
  }

  async function onConfirm() {
    if (!preview) return
    try {
      const { data } = await schedule({ variables: { input: preview.input, preview: false } })
      const from = data?.scheduleFieldParameters.version?.effectiveFrom as string | undefined
      if (from) onClose(t('parameters.applied', { date: formatDateTime(from, language) }))
    } catch {
      // shown in the confirmation step
    }
  }

  if (preview) {
    const impact = preview.result.impact
    return (
      <ConfirmStep
        title={t('parameters.confirm.title')}
        summary={
          <dl className="govgr-summary-list">
            <div className="govgr-summary-list__row">
              <dt className="govgr-summary-list__key">{t('parameters.effectiveFrom')}</dt>
              <dd className="govgr-summary-list__value">
                {preview.input.effectiveFrom
                  ? formatDateTime(preview.input.effectiveFrom, language)
                  : t('parameters.effectiveFrom.now')}
              </dd>
            </div>
            {parameterNames.map((p) => (
              <div className="govgr-summary-list__row" key={p}>
                <dt className="govgr-summary-list__key">{t(`parameters.${p}`)}</dt>
                <dd className="govgr-summary-list__value">
                  {field.inForce[p]} → {preview.input[p]}
                </dd>
              </div>
            ))}
          </dl>
        }
        impact={
          <div
            className="keplive-table-scroll"
            role="region"
            aria-labelledby="parameters-impact-caption"
            tabIndex={0}
          >
            <table className="govgr-table" data-testid="parameters-impact">
              <caption className="govgr-table__caption" id="parameters-impact-caption">
                {t('parameters.preview.title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('parameters.preview.day')}</th>
                  <th scope="col">{t('parameters.preview.before')}</th>
                  <th scope="col">{t('parameters.preview.after')}</th>
                  <th scope="col">{t('parameters.preview.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {impact.days.map((day) => (
                  <tr key={day.date as string}>
                    <th scope="row">{formatLocalDate(day.date as string, language)}</th>
                    <td>{day.before}</td>
                    <td>{day.after}</td>
                    <td>{signed(day.difference)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('parameters.preview.total')}</th>
                  <td>{impact.totalBefore}</td>
                  <td>{impact.totalAfter}</td>
                  <td>{signed(impact.totalAfter - impact.totalBefore)}</td>
                </tr>
              </tfoot>
            </table>
            <p className="govgr-hint">{t('parameters.preview.explain')}</p>
          </div>
        }
        confirmLabel={t('parameters.confirm.apply')}
        onConfirm={onConfirm}
        onCancel={() => setPreview(null)}
        busy={state.loading}
        error={<FormErrorSummary errors={errors} />}
      />
    )
  }

  return (
    <form noValidate onSubmit={onPreview} aria-label={t('parameters.changeOf', { field: name })}>
      <FormErrorSummary errors={errors} extra={local} />
      <TextField
        id={ids['input.effectiveFrom']}
        type="datetime-local"
        label={t('parameters.effectiveFrom')}
        hint={t('parameters.effectiveFrom.hint')}
        value={values.effectiveFrom}
        error={
          local.find((p) => p.fieldId === ids['input.effectiveFrom'])?.message ??
          errors.field('input.effectiveFrom')
        }
        onChange={(e) => setValues({ ...values, effectiveFrom: e.target.value })}
      />
      {parameterNames.map((p) => (
        <TextField
          key={p}
          id={ids[`input.${p}`]}
          inputMode="numeric"
          label={t(`parameters.${p}`)}
          value={values[p]}
          error={
            local.find((l) => l.fieldId === ids[`input.${p}`])?.message ??
            errors.field(`input.${p}`)
          }
          onChange={(e) => setValues({ ...values, [p]: e.target.value })}
        />
      ))}
      <div className="admin-actions">
        <Button type="submit" disabled={state.loading}>
          {t('parameters.preview')}
        </Button>
        <Button variant="secondary" onClick={() => onClose()}>
          {t('parameters.close')}
        </Button>
      </div>
    </form>
  )
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))
