import { useMutation } from '@apollo/client/react'
import { Button, Notice, SelectField, TextField, formatLocalDate, useLanguage } from '@keplive/ui'
import { useState } from 'react'
import { FormErrorSummary, useFormErrors } from '../common/form-errors'
import type { EmployeeDetail_EmployeeFragment } from '../gql/graphql'
import { useT } from '../i18n'
import { todayInAthens } from './dates'
import { ImpactConfirm, useImpactFlow } from './impact-flow'
import { ImpactFollowUp, type FollowUpLinks } from './impact-follow-up'
import { setEmployeeAvailabilityMutation } from './operations'

interface DraftRow {
  key: number
  workstationId: string
  weekday: string
  startsAt: string
  endsAt: string
  validFrom: string
  validTo: string
}

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const
let nextKey = 0

/**
 * An employee's availability (R3.3): the rows in force, and (OPERATOR, ADMINISTRATOR, the KEP's manager) an
 * editor that replaces them from today, previewed with what it does to bookings.
 */
export function AvailabilityEditor({
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
  const [editing, setEditing] = useState(false)
  const [rows, setRows] = useState<DraftRow[]>([])
  const [save] = useMutation(setEmployeeAvailabilityMutation)
  const today = todayInAthens()
  const input = () => ({
    employeeId: employee.id,
    rows: rows.map((r) => ({
      workstationId: r.workstationId,
      weekday: Number(r.weekday),
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      validFrom: r.validFrom,
      validTo: r.validTo || null,
    })),
  })
  const flow = useImpactFlow(async (impact) => {
    const { data } = await save({
      variables: { input: input(), impact },
      fetchPolicy: impact.apply ? undefined : 'no-cache',
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
    })
    if (impact.apply) setEditing(false)
    return data!.setEmployeeAvailability.impact
  })
  const fieldIds: Record<string, string> = { 'input.rows': 'availability-add' }
  rows.forEach((r, i) => {
    for (const field of [
      'workstationId',
      'weekday',
      'startsAt',
      'endsAt',
      'validFrom',
      'validTo',
    ]) {
      fieldIds[`input.rows[${i}].${field}`] = `availability-${r.key}-${field}`
    }
  })
  const errors = useFormErrors(
    flow.previewed ? undefined : flow.error,
    fieldIds,
    'availability-add',
  )
  const startEditing = () => {
    setRows(
      employee.availability.map((a) => ({
        key: nextKey++,
        workstationId: a.workstationId,
        weekday: String(a.weekday),
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        validFrom: a.validFrom < today ? today : a.validFrom,
        validTo: a.validTo ?? '',
      })),
    )
    setEditing(true)
  }
  const update = (key: number, change: Partial<DraftRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)))
  const stations = employee.workstations.filter((w) => w.active)
  const moving = employee.pendingMove
  // a move pending: the new KEP's desks, for rows from the move's date, say so
  const stationLabel = (w: { kepId: string; label: string }) =>
    moving && w.kepId === moving.kep.id
      ? t('availability.workstationAtNewKep', {
          label: w.label,
          kep: moving.kep.code,
          date: formatLocalDate(moving.from, language),
        })
      : w.label

  return (
    <section aria-labelledby="availability-title">
      <h2 className="govgr-heading-m" id="availability-title">
        {t('availability.title')}
      </h2>
      <p>{t('availability.intro')}</p>
      {flow.done ? <Notice tone="success" title={t('availability.saved')} /> : null}
      {flow.done && flow.done.bookings.length > 0 ? (
        <ImpactFollowUp impact={flow.done} {...followUp} />
      ) : null}
      {employee.availability.length === 0 ? (
        <p>{t('availability.none')}</p>
      ) : (
        <div
          className="keplive-table-scroll"
          role="region"
          aria-labelledby="availability-caption"
          tabIndex={0}
        >
          <table className="data-table">
            <caption id="availability-caption">{t('availability.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('availability.weekday')}</th>
                <th scope="col">{t('availability.startsAt')}</th>
                <th scope="col">{t('availability.endsAt')}</th>
                <th scope="col">{t('availability.workstation')}</th>
                <th scope="col">{t('availability.validFrom')}</th>
              </tr>
            </thead>
            <tbody>
              {employee.availability.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {t(`weekday.${a.weekday}` as `weekday.${(typeof weekdays)[number]}`)}
                  </th>
                  <td>{a.startsAt}</td>
                  <td>{a.endsAt}</td>
                  <td>{a.workstationLabel}</td>
                  <td>
                    {formatLocalDate(a.validFrom, language)} –{' '}
                    {a.validTo
                      ? t('availability.until', { date: formatLocalDate(a.validTo, language) })
                      : t('availability.open')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canChange && !editing ? (
        <Button variant="secondary" onClick={startEditing}>
          {t('availability.edit')}
        </Button>
      ) : null}
      {canChange && editing && flow.previewed ? (
        <ImpactConfirm
          flow={flow}
          title={t('availability.confirmTitle')}
          fieldIds={fieldIds}
          tone="primary"
        />
      ) : null}
      {canChange && editing && !flow.previewed ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void flow.preview()
          }}
          noValidate
        >
          <FormErrorSummary errors={errors} />
          {rows.map((r, i) => (
            <fieldset className="govgr-fieldset" key={r.key}>
              <legend className="govgr-fieldset__legend govgr-heading-s">
                {t('availability.row', { n: i + 1 })}
              </legend>
              <SelectField
                id={`availability-${r.key}-weekday`}
                label={t('availability.weekday')}
                value={r.weekday}
                onChange={(e) => update(r.key, { weekday: e.target.value })}
                error={errors.field(`input.rows[${i}].weekday`)}
                options={weekdays.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
              />
              <TextField
                id={`availability-${r.key}-startsAt`}
                label={t('availability.startsAt')}
                inputMode="numeric"
                className="govgr-input--width-5"
                value={r.startsAt}
                onChange={(e) => update(r.key, { startsAt: e.target.value })}
                error={errors.field(`input.rows[${i}].startsAt`)}
              />
              <TextField
                id={`availability-${r.key}-endsAt`}
                label={t('availability.endsAt')}
                inputMode="numeric"
                className="govgr-input--width-5"
                value={r.endsAt}
                onChange={(e) => update(r.key, { endsAt: e.target.value })}
                error={errors.field(`input.rows[${i}].endsAt`)}
              />
              <SelectField
                id={`availability-${r.key}-workstationId`}
                label={t('availability.workstation')}
                value={r.workstationId}
                onChange={(e) => update(r.key, { workstationId: e.target.value })}
                error={errors.field(`input.rows[${i}].workstationId`)}
                options={stations.map((w) => ({ value: w.id, label: stationLabel(w) }))}
              />
              <TextField
                id={`availability-${r.key}-validFrom`}
                type="date"
                label={t('availability.validFrom')}
                value={r.validFrom}
                onChange={(e) => update(r.key, { validFrom: e.target.value })}
                error={errors.field(`input.rows[${i}].validFrom`)}
              />
              <TextField
                id={`availability-${r.key}-validTo`}
                type="date"
                label={t('availability.validTo')}
                value={r.validTo}
                onChange={(e) => update(r.key, { validTo: e.target.value })}
                error={errors.field(`input.rows[${i}].validTo`)}
              />
              <Button
                variant="secondary"
                onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
              >
                {t('availability.removeRow', { n: i + 1 })}
              </Button>
            </fieldset>
          ))}
          <p className="keplive-actions">
            <Button
              id="availability-add"
              variant="secondary"
              onClick={() =>
                setRows((all) => [
                  ...all,
                  {
                    key: nextKey++,
                    workstationId: stations[0]?.id ?? '',
                    weekday: '1',
                    startsAt: '08:00',
                    endsAt: '15:00',
                    validFrom: today,
                    validTo: '',
                  },
                ])
              }
            >
              {t('availability.addRow')}
            </Button>
            <Button type="submit" disabled={flow.busy}>
              {t('availability.preview')}
            </Button>
            <Button variant="link" onClick={() => setEditing(false)}>
              {t('ui.confirm.cancel')}
            </Button>
          </p>
        </form>
      ) : null}
    </section>
  )
}
