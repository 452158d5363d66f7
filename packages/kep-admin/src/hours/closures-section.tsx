import { useMutation, useQuery } from '@apollo/client/react'
import { Button, Checkboxes, ConfirmStep, Loading, TextField, useLocalized } from '@keplive/ui'
import { useState } from 'react'
import { FormErrorSummary, useFormErrors } from '../common/form-errors'
import { useT } from '../i18n'
import {
  addKepClosureMutation,
  kepClosuresQuery,
  removeKepClosureMutation,
} from './hours-operations'
import { useImpactChangeFlow } from './impact-flow'
import { ImpactChange } from './impact-change'
import { today, yearAhead } from './dates'

const closureFieldIds = {
  'input.startsOn': 'closure-starts-on',
  'input.endsOn': 'closure-ends-on',
  'input.recurring': 'closure-recurring',
  'input.reasonEl': 'closure-reason-el',
  'input.reasonEn': 'closure-reason-en',
}

/**
 * A KEP's closures of the coming year (its suspensions read-only), and adding one: the
 * ministry's OPERATORs and ADMINISTRATORs (any KEP; a closure of every KEP: ADMINISTRATORs,
 * `everyKep`) and the KEP's manager (their own). The server decides; `canChange` only shapes
 * the screen.
 */
export function ClosuresSection({
  kepId,
  canChange,
  everyKep = false,
}: {
  kepId: string
  canChange: boolean
  /** May remove closures of every KEP (an ADMINISTRATOR). */
  everyKep?: boolean
}) {
  const t = useT()
  const localized = useLocalized()
  const { data, loading, error, refetch } = useQuery(kepClosuresQuery, {
    variables: { kepId, from: today(), to: yearAhead() },
  })
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<string>()
  const [remove, removal] = useMutation(removeKepClosureMutation)
  const closures = data?.kepClosures ?? []
  const removeErrors = useFormErrors(removal.error, {})
  return (
    <section aria-labelledby="closures-title">
      <h2 className="govgr-heading-m" id="closures-title">
        {t('kepHours.closures.title')}
      </h2>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <p className="govgr-error-message">{t('kepHours.loadFailed')}</p> : null}
      {data && closures.length === 0 ? <p>{t('kepHours.closures.none')}</p> : null}
      {closures.length > 0 ? (
        <div
          className="keplive-table-scroll"
          role="region"
          aria-labelledby="closures-caption"
          tabIndex={0}
        >
          <table className="data-table">
            <caption id="closures-caption">{t('kepHours.closures.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kepHours.closures.dates')}</th>
                <th scope="col">{t('kepHours.closures.kind')}</th>
                <th scope="col">{t('kepHours.closures.reason')}</th>
                {canChange ? <th scope="col">{t('kepHours.closures.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {closures.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.startsOn === c.endsOn ? c.startsOn : `${c.startsOn} – ${c.endsOn}`}
                    {c.recurring ? ` (${t('kepHours.closures.yearly')})` : ''}
                  </th>
                  <td>
                    {t(`kepHours.closures.kind.${c.kind}`)}
                    {c.kepId === null ? ` · ${t('kepHours.closures.everyKep')}` : ''}
                  </td>
                  <td>{localized(c.reason)}</td>
                  {canChange ? (
                    <td>
                      {c.kind === 'CLOSURE' && (c.kepId !== null || everyKep) ? (
                        <Button variant="secondary" onClick={() => setRemoving(c.id)}>
                          {t('kepHours.closures.remove', { dates: c.startsOn })}
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {removing ? (
        <ConfirmStep
          title={t('kepHours.closures.removeConfirm')}
          warning={t('kepHours.closures.removeWarning')}
          error={<FormErrorSummary errors={removeErrors} />}
          busy={removal.loading}
          onConfirm={() =>
            void remove({ variables: { id: removing }, refetchQueries: ['AuditTrailLine'] })
              .then(() => {
                setRemoving(undefined)
                return refetch()
              })
              .catch(() => undefined)
          }
          onCancel={() => setRemoving(undefined)}
        />
      ) : null}
      {canChange && !adding ? (
        <Button onClick={() => setAdding(true)}>{t('kepHours.closures.add')}</Button>
      ) : null}
      {adding ? (
        <AddClosure
          kepId={kepId}
          onClose={() => {
            setAdding(false)
            void refetch()
          }}
        />
      ) : null}
    </section>
  )
}

function AddClosure({ kepId, onClose }: { kepId: string; onClose: () => void }) {
  const t = useT()
  const [form, setForm] = useState({
    startsOn: '',
    endsOn: '',
    recurring: false,
    reasonEl: '',
    reasonEn: '',
  })
  const [mutate] = useMutation(addKepClosureMutation)
  const flow = useImpactChangeFlow(async (impact) => {
    const { data } = await mutate({
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
      variables: { input: { kepId, ...form }, impact },
    })
    return data!.addKepClosure.impact
  })
  const errors = useFormErrors(flow.error, closureFieldIds, 'closure-starts-on')
  const set = (over: Partial<typeof form>) => setForm({ ...form, ...over })
  return (
    <section aria-labelledby="closure-add-title" className="hours-change">
      <h3 className="govgr-heading-s" id="closure-add-title">
        {t('kepHours.closures.addTitle')}
      </h3>
      <ImpactChange
        flow={flow}
        errors={errors}
        confirmTitle={t('kepHours.closures.confirm')}
        doneTitle={t('kepHours.closures.done')}
        onDone={onClose}
        onCancel={onClose}
      >
        <div className="hours-pair">
          <TextField
            id="closure-starts-on"
            type="date"
            label={t('kepHours.closures.startsOn')}
            value={form.startsOn}
            error={errors.field('input.startsOn')}
            onChange={(e) =>
              set({ startsOn: e.target.value, endsOn: form.endsOn || e.target.value })
            }
          />
          <TextField
            id="closure-ends-on"
            type="date"
            label={t('kepHours.closures.endsOn')}
            value={form.endsOn}
            error={errors.field('input.endsOn')}
            onChange={(e) => set({ endsOn: e.target.value })}
          />
        </div>
        <Checkboxes<'recurring'>
          name="closure-recurring"
          id="closure-recurring"
          legend={t('kepHours.closures.repeat')}
          values={form.recurring ? ['recurring'] : []}
          onChange={(values) => set({ recurring: values.includes('recurring') })}
          choices={[{ value: 'recurring', label: t('kepHours.closures.recurring') }]}
        />
        <TextField
          id="closure-reason-el"
          label={t('kepHours.reasonEl')}
          hint={t('kepHours.reason.hint')}
          value={form.reasonEl}
          error={errors.field('input.reasonEl')}
          onChange={(e) => set({ reasonEl: e.target.value })}
        />
        <TextField
          id="closure-reason-en"
          label={t('kepHours.reasonEn')}
          lang="en"
          value={form.reasonEn}
          error={errors.field('input.reasonEn')}
          onChange={(e) => set({ reasonEn: e.target.value })}
        />
      </ImpactChange>
    </section>
  )
}
