import { useMutation } from '@apollo/client/react'
import { Button, Notice, TextField, formatDateTime, useLanguage } from '@keplive/ui'
import { useState } from 'react'
import { FormErrorSummary, useFormErrors } from '../common/form-errors'
import type { EmployeeDetail_EmployeeFragment } from '../gql/graphql'
import { useT } from '../i18n'
import { athensInstant } from './dates'
import { ImpactConfirm, useImpactFlow } from './impact-flow'
import { ImpactFollowUp, type FollowUpLinks } from './impact-follow-up'
import { addEmployeeAbsenceMutation, removeEmployeeAbsenceMutation } from './operations'

/**
 * An employee's future absences and (OPERATOR, ADMINISTRATOR, the KEP's manager) recording or
 * removing one; after a recording, what became of the bookings in it (`followUp`: colleagues'
 * names, links to the bookings left to act on).
 */
export function Absences({
  employee,
  canChange,
  followUp,
}: {
  employee: EmployeeDetail_EmployeeFragment
  canChange: boolean
  followUp?: FollowUpLinks
}) {
  const t = useT()
  const { language } = useLanguage()
  const [form, setForm] = useState({ startsAt: '', endsAt: '', reason: '' })
  const [missing, setMissing] = useState(false)
  const [notice, setNotice] = useState<string | undefined>()
  const [add] = useMutation(addEmployeeAbsenceMutation)
  const [remove, removal] = useMutation(removeEmployeeAbsenceMutation)
  const flow = useImpactFlow(async (impact) => {
    const { data } = await add({
      variables: {
        input: {
          employeeId: employee.id,
          startsAt: athensInstant(form.startsAt)!,
          endsAt: athensInstant(form.endsAt)!,
          reason: form.reason,
        },
        impact,
      },
      fetchPolicy: impact.apply ? undefined : 'no-cache',
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
    })
    if (impact.apply) {
      setForm({ startsAt: '', endsAt: '', reason: '' })
      setNotice(t('absences.added'))
    }
    return data!.addEmployeeAbsence.impact
  })
  const fieldIds = {
    'input.startsAt': 'absence-starts',
    'input.endsAt': 'absence-ends',
    'input.reason': 'absence-reason',
  }
  const errors = useFormErrors(flow.previewed ? undefined : (flow.error ?? removal.error), fieldIds)
  const submit = () => {
    const incomplete = !athensInstant(form.startsAt) || !athensInstant(form.endsAt)
    setMissing(incomplete)
    if (!incomplete) void flow.preview()
  }
  return (
    <section aria-labelledby="absences-title">
      <h2 className="govgr-heading-m" id="absences-title">
        {t('absences.title')}
      </h2>
      {notice ? <Notice tone="success" title={notice} /> : null}
      {flow.done && flow.done.bookings.length > 0 ? (
        <ImpactFollowUp impact={flow.done} {...followUp} />
      ) : null}
      {employee.absences.length === 0 ? (
        <p>{t('absences.none')}</p>
      ) : (
        <div
          className="keplive-table-scroll"
          role="region"
          aria-labelledby="absences-caption"
          tabIndex={0}
        >
          <table className="data-table">
            <caption id="absences-caption">{t('absences.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('absences.from')}</th>
                <th scope="col">{t('absences.to')}</th>
                <th scope="col">{t('absences.reason')}</th>
                {canChange ? <td /> : null}
              </tr>
            </thead>
            <tbody>
              {employee.absences.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{formatDateTime(a.startsAt, language)}</th>
                  <td>{formatDateTime(a.endsAt, language)}</td>
                  <td>{a.reason}</td>
                  {canChange ? (
                    <td>
                      <Button
                        variant="secondary"
                        disabled={removal.loading}
                        onClick={() =>
                          void remove({
                            variables: { input: { absenceId: a.id } },
                            refetchQueries: ['AuditTrailLine'],
                          })
                            .then(() => setNotice(t('absences.removed')))
                            .catch(() => undefined)
                        }
                      >
                        {t('absences.remove', { from: formatDateTime(a.startsAt, language) })}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canChange && flow.previewed ? (
        <ImpactConfirm
          flow={flow}
          title={t('absences.confirmTitle')}
          fieldIds={fieldIds}
          tone="primary"
        />
      ) : null}
      {canChange && !flow.previewed ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
          noValidate
          aria-labelledby="absence-add-title"
        >
          <h3 className="govgr-heading-s" id="absence-add-title">
            {t('absences.add')}
          </h3>
          <FormErrorSummary
            errors={errors}
            extra={missing ? [{ fieldId: 'absence-starts', message: t('absences.required') }] : []}
          />
          <TextField
            id="absence-starts"
            type="datetime-local"
            label={t('absences.startsAt')}
            value={form.startsAt}
            onChange={(e) => setForm((f) => ({ ...f, startsAt: e.target.value }))}
            error={errors.field('input.startsAt')}
          />
          <TextField
            id="absence-ends"
            type="datetime-local"
            label={t('absences.endsAt')}
            value={form.endsAt}
            onChange={(e) => setForm((f) => ({ ...f, endsAt: e.target.value }))}
            error={errors.field('input.endsAt')}
          />
          <TextField
            id="absence-reason"
            label={t('absences.reason')}
            hint={t('absences.reason.hint')}
            value={form.reason}
            onChange={(e) => setForm((f) => ({ ...f, reason: e.target.value }))}
            error={errors.field('input.reason')}
          />
          <Button type="submit" variant="secondary" disabled={flow.busy}>
            {t('absences.preview')}
          </Button>
        </form>
      ) : null}
    </section>
  )
}
