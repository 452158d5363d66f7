import { useMutation, useQuery } from '@apollo/client/react'
import { Button, Loading, TextField } from '@keplive/ui'
import { useState } from 'react'
import { graphql } from '../gql'
import { useFormErrors } from '../common/form-errors'
import { ImpactChange } from '../hours/impact-change'
import { useImpactChangeFlow } from '../hours/impact-flow'
import { useT } from '../i18n'
import '../hours/kep-hours.css'

// A KEP's workstations (issue 14 item 8): the ministry's OPERATORs and ADMINISTRATORs for any
// KEP, the KEP's manager for their own. Each change is previewed: retiring a desk lists the
// bookings held at it and what becomes of them, then the change is applied with the preview's
// token.

export const kepWorkstationsQuery = graphql(`
  query KepWorkstations($kepId: ID!) {
    kepWorkstations(kepId: $kepId) {
      id
      label
      active
      futureBookings
    }
  }
`)

export const changeKepWorkstationsMutation = graphql(`
  mutation ChangeKepWorkstations($input: ChangeKepWorkstationsInput!, $impact: ImpactInput!) {
    changeKepWorkstations(input: $input, impact: $impact) {
      impact {
        ...HoursImpact
      }
      workstations {
        id
        label
        active
        futureBookings
      }
    }
  }
`)

type Change =
  | { kind: 'ADD' }
  | { kind: 'RENAME'; id: string; label: string }
  | { kind: 'RETIRE'; id: string; label: string }

/** The KEP's desks (retired ones too), and adding, renaming or retiring one. */
export function WorkstationsSection({ kepId, canChange }: { kepId: string; canChange: boolean }) {
  const t = useT()
  const { data, loading, error, refetch } = useQuery(kepWorkstationsQuery, {
    variables: { kepId },
  })
  const [change, setChange] = useState<Change>()
  const desks = data?.kepWorkstations ?? []
  const close = () => {
    setChange(undefined)
    void refetch()
  }
  return (
    <section aria-labelledby="workstations-title" className="kep-admin-section">
      <h2 className="govgr-heading-m" id="workstations-title">
        {t('kepDesks.title')}
      </h2>
      <p className="govgr-body">{t('kepDesks.intro')}</p>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <p className="govgr-error-message">{t('kepHours.loadFailed')}</p> : null}
      {data && desks.length === 0 ? <p>{t('kepDesks.none')}</p> : null}
      {desks.length > 0 ? (
        <table className="keplive-card-table">
          <caption>{t('kepDesks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kepDesks.col.label')}</th>
              <th scope="col">{t('kepDesks.col.state')}</th>
              <th scope="col">{t('kepDesks.col.bookings')}</th>
              {canChange ? <th scope="col">{t('kepDesks.col.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {desks.map((w) => (
              <tr key={w.id}>
                <td data-label={t('kepDesks.col.label')}>{w.label}</td>
                <td data-label={t('kepDesks.col.state')}>
                  {t(w.active ? 'kepDesks.active' : 'kepDesks.retired')}
                </td>
                <td data-label={t('kepDesks.col.bookings')}>{w.futureBookings}</td>
                {canChange ? (
                  <td>
                    {w.active && !change ? (
                      <div className="kep-admin-actions">
                        <Button
                          variant="secondary"
                          onClick={() => setChange({ kind: 'RENAME', id: w.id, label: w.label })}
                        >
                          {t('kepDesks.rename', { label: w.label })}
                        </Button>
                        <Button
                          variant="secondary"
                          onClick={() => setChange({ kind: 'RETIRE', id: w.id, label: w.label })}
                        >
                          {t('kepDesks.retire', { label: w.label })}
                        </Button>
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {canChange && !change ? (
        <Button onClick={() => setChange({ kind: 'ADD' })}>{t('kepDesks.add')}</Button>
      ) : null}
      {change ? <DeskChange kepId={kepId} change={change} onClose={close} /> : null}
    </section>
  )
}

/** One change of a desk: its form (a label, or what retiring means), the preview, the outcome. */
function DeskChange({
  kepId,
  change,
  onClose,
}: {
  kepId: string
  change: Change
  onClose: () => void
}) {
  const t = useT()
  const [label, setLabel] = useState(change.kind === 'RENAME' ? change.label : '')
  const [mutate] = useMutation(changeKepWorkstationsMutation)
  const flow = useImpactChangeFlow(async (impact) => {
    const { data } = await mutate({
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
      variables: {
        input: {
          kepId,
          changes: [
            change.kind === 'ADD'
              ? { kind: 'ADD', label }
              : change.kind === 'RENAME'
                ? { kind: 'RENAME', id: change.id, label }
                : { kind: 'RETIRE', id: change.id },
          ],
        },
        impact,
      },
    })
    return data!.changeKepWorkstations.impact
  })
  const errors = useFormErrors(
    flow.error,
    {
      'input.changes': 'desk-label',
      'input.changes[0].label': 'desk-label',
      'input.changes[0].id': 'desk-change-intro',
    },
    change.kind === 'RETIRE' ? 'desk-change-intro' : 'desk-label',
  )
  const title =
    change.kind === 'ADD'
      ? t('kepDesks.addTitle')
      : change.kind === 'RENAME'
        ? t('kepDesks.rename', { label: change.label })
        : t('kepDesks.retire', { label: change.label })
  return (
    <section aria-labelledby="desk-change-title" className="hours-change">
      <h3 className="govgr-heading-s" id="desk-change-title">
        {title}
      </h3>
      <ImpactChange
        flow={flow}
        errors={errors}
        confirmTitle={
          change.kind === 'RETIRE'
            ? t('kepDesks.retireConfirm', { label: change.label })
            : t('kepDesks.confirm')
        }
        doneTitle={t('kepDesks.done')}
        onDone={onClose}
        onCancel={onClose}
      >
        {change.kind === 'RETIRE' ? (
          <p className="govgr-body" id="desk-change-intro" tabIndex={-1}>
            {t('kepDesks.retireIntro')}
          </p>
        ) : (
          <TextField
            id="desk-label"
            label={t('kepDesks.label')}
            hint={t('kepDesks.label.hint')}
            value={label}
            error={errors.field('input.changes[0].label') ?? errors.field('input.changes')}
            onChange={(e) => setLabel(e.target.value)}
          />
        )}
        {change.kind !== 'RETIRE' && errors.field('input.changes[0].id') ? (
          <p className="govgr-error-message" id="desk-change-intro" tabIndex={-1}>
            {errors.field('input.changes[0].id')}
          </p>
        ) : null}
      </ImpactChange>
    </section>
  )
}
