import { useMutation, useQuery } from '@apollo/client/react'
import { Button, Checkboxes, ConfirmStep, Loading, TextField, useLocalized } from '@keplive/ui'
import { useState } from 'react'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { useRole } from '../common/use-role'
import { useT } from '../../i18n'
import {
  addKepClosureMutation,
  kepClosuresQuery,
  removeKepClosureMutation,
} from './hours-operations'
import { useImpactFlow } from './impact-flow'
import { ImpactChange } from './impact-change'
import { today, yearAhead } from './dates'

const closureFieldIds = {
  'input.startsOn': 'closure-starts-on',
  'input.endsOn': 'closure-ends-on',
  'input.recurring': 'closure-recurring',
  'input.reasonEl': 'closure-reason-el',
  'input.reasonEn': 'closure-reason-en',
}

/** A KEP's closures of the coming year (its suspensions read-only), and adding one. */
export function ClosuresSection({ kepId }: { kepId: string }) {
  const t = useT()
  const localized = useLocalized()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR' || role === 'OPERATOR'
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
        {t('hours.closures.title')}
      </h2>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <p className="govgr-error-message">{t('hours.loadFailed')}</p> : null}
      {data && closures.length === 0 ? <p>{t('hours.closures.none')}</p> : null}
      {closures.length > 0 ? (
        <div
          className="keplive-table-scroll"
          role="region"
          aria-labelledby="closures-caption"
          tabIndex={0}
        >
          <table className="data-table">
            <caption id="closures-caption">{t('hours.closures.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hours.closures.dates')}</th>
                <th scope="col">{t('hours.closures.kind')}</th>
                <th scope="col">{t('hours.closures.reason')}</th>
                {canChange ? <th scope="col">{t('hours.closures.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {closures.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.startsOn === c.endsOn ? c.startsOn : `${c.startsOn} – ${c.endsOn}`}
                    {c.recurring ? ` (${t('hours.closures.yearly')})` : ''}
                  </th>
                  <td>
                    {t(`hours.closures.kind.${c.kind}`)}
                    {c.kepId === null ? ` · ${t('hours.closures.everyKep')}` : ''}
                  </td>
                  <td>{localized(c.reason)}</td>
                  {canChange ? (
                    <td>
                      {c.kind === 'CLOSURE' && (c.kepId !== null || role === 'ADMINISTRATOR') ? (
                        <Button variant="secondary" onClick={() => setRemoving(c.id)}>
                          {t('hours.closures.remove', { dates: c.startsOn })}
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
          title={t('hours.closures.removeConfirm')}
          warning={t('hours.closures.removeWarning')}
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
        <Button onClick={() => setAdding(true)}>{t('hours.closures.add')}</Button>
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
  const flow = useImpactFlow(async (impact) => {
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
        {t('hours.closures.addTitle')}
      </h3>
      <ImpactChange
        flow={flow}
        errors={errors}
        confirmTitle={t('hours.closures.confirm')}
        doneTitle={t('hours.closures.done')}
        onDone={onClose}
        onCancel={onClose}
      >
        <div className="hours-pair">
          <TextField
            id="closure-starts-on"
            type="date"
            label={t('hours.closures.startsOn')}
            value={form.startsOn}
            error={errors.field('input.startsOn')}
            onChange={(e) =>
              set({ startsOn: e.target.value, endsOn: form.endsOn || e.target.value })
            }
          />
          <TextField
            id="closure-ends-on"
            type="date"
            label={t('hours.closures.endsOn')}
            value={form.endsOn}
            error={errors.field('input.endsOn')}
            onChange={(e) => set({ endsOn: e.target.value })}
          />
        </div>
        <Checkboxes<'recurring'>
          name="closure-recurring"
          id="closure-recurring"
          legend={t('hours.closures.repeat')}
          values={form.recurring ? ['recurring'] : []}
          onChange={(values) => set({ recurring: values.includes('recurring') })}
          choices={[{ value: 'recurring', label: t('hours.closures.recurring') }]}
        />
        <TextField
          id="closure-reason-el"
          label={t('hours.reasonEl')}
          hint={t('hours.reason.hint')}
          value={form.reasonEl}
          error={errors.field('input.reasonEl')}
          onChange={(e) => set({ reasonEl: e.target.value })}
        />
        <TextField
          id="closure-reason-en"
          label={t('hours.reasonEn')}
          lang="en"
          value={form.reasonEn}
          error={errors.field('input.reasonEn')}
          onChange={(e) => set({ reasonEn: e.target.value })}
        />
      </ImpactChange>
    </section>
  )
}
