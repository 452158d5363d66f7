import { useMutation, useQuery } from '@apollo/client/react'
import { Button, Loading, TextField, useLocalized } from '@keplive/ui'
import { useState } from 'react'
import { useFormErrors } from '@keplive/kep-admin'
import { useRole } from '../common/use-role'
import { useT } from '../../i18n'
import {
  kepSpecialHoursQuery,
  removeKepSpecialHoursMutation,
  setKepSpecialHoursMutation,
} from './hours-operations'
import { useImpactFlow } from './impact-flow'
import { ImpactChange } from './impact-change'
import { today, yearAhead } from './dates'

const specialFieldIds = {
  'input.date': 'special-date',
  'input.windows': 'special-add',
  'input.reasonEl': 'special-reason-el',
  'input.reasonEn': 'special-reason-en',
}

type Change = { kind: 'set' } | { kind: 'remove'; date: string }

/**
 * A KEP's extraordinary hours (έκτακτο ωράριο) of the coming year: on a date they replace its
 * weekly hours, even on a holiday. Setting or removing them is previewed first: the bookings of
 * that day outside the new hours, kept, moved or cancelled as chosen.
 */
export function SpecialHoursSection({ kepId }: { kepId: string }) {
  const t = useT()
  const localized = useLocalized()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR' || role === 'OPERATOR'
  const { data, loading, error, refetch } = useQuery(kepSpecialHoursQuery, {
    variables: { kepId, from: today(), to: yearAhead() },
  })
  const [change, setChange] = useState<Change>()
  const days = data?.kepSpecialHours ?? []
  const close = () => {
    setChange(undefined)
    void refetch()
  }
  return (
    <section aria-labelledby="special-title">
      <h2 className="govgr-heading-m" id="special-title">
        {t('hours.special.title')}
      </h2>
      <p className="govgr-body">{t('hours.special.intro')}</p>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <p className="govgr-error-message">{t('hours.loadFailed')}</p> : null}
      {data && days.length === 0 ? <p>{t('hours.special.none')}</p> : null}
      {days.length > 0 ? (
        <dl className="govgr-summary-list">
          {days.map((d) => (
            <div className="govgr-summary-list__row" key={d.date}>
              <dt className="govgr-summary-list__key">{d.date}</dt>
              <dd className="govgr-summary-list__value">
                {d.windows.map((w) => `${w.opensAt}–${w.closesAt}`).join(', ')} ·{' '}
                {localized(d.reason)}
              </dd>
              {canChange && !change ? (
                <dd className="govgr-summary-list__actions">
                  <Button
                    variant="link"
                    onClick={() => setChange({ kind: 'remove', date: d.date })}
                  >
                    {t('hours.special.remove', { date: d.date })}
                  </Button>
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
      ) : null}
      {canChange && !change ? (
        <Button onClick={() => setChange({ kind: 'set' })}>{t('hours.special.add')}</Button>
      ) : null}
      {change?.kind === 'set' ? <SetSpecialHours kepId={kepId} onClose={close} /> : null}
      {change?.kind === 'remove' ? (
        <RemoveSpecialHours kepId={kepId} date={change.date} onClose={close} />
      ) : null}
    </section>
  )
}

/** New extraordinary hours on a date: the form, the preview to confirm, the outcome. */
function SetSpecialHours({ kepId, onClose }: { kepId: string; onClose: () => void }) {
  const t = useT()
  const [date, setDate] = useState('')
  const [windows, setWindows] = useState([{ opensAt: '09:00', closesAt: '13:00' }])
  const [reason, setReason] = useState({ reasonEl: '', reasonEn: '' })
  const [mutate] = useMutation(setKepSpecialHoursMutation)
  const flow = useImpactFlow(async (impact) => {
    const { data } = await mutate({
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
      variables: { input: { kepId, date, windows, ...reason }, impact },
    })
    return data!.setKepSpecialHoursWithImpact.impact
  })
  const ids: Record<string, string> = { ...specialFieldIds }
  windows.forEach((_, j) => {
    ids[`input.windows[${j}].opensAt`] = `special-window-${j}-opens`
    ids[`input.windows[${j}].closesAt`] = `special-window-${j}-closes`
  })
  const errors = useFormErrors(flow.error, ids, 'special-date')
  const setWindow = (j: number, over: Partial<(typeof windows)[number]>) =>
    setWindows(windows.map((x, k) => (k === j ? { ...x, ...over } : x)))
  return (
    <section aria-labelledby="special-add-title" className="hours-change">
      <h3 className="govgr-heading-s" id="special-add-title">
        {t('hours.special.addTitle')}
      </h3>
      <ImpactChange
        flow={flow}
        errors={errors}
        confirmTitle={t('hours.special.confirm', { date })}
        doneTitle={t('hours.special.saved')}
        onDone={onClose}
        onCancel={onClose}
      >
        <TextField
          id="special-date"
          type="date"
          label={t('hours.special.date')}
          value={date}
          error={errors.field('input.date')}
          onChange={(e) => setDate(e.target.value)}
        />
        {errors.field('input.windows') ? (
          <p className="govgr-error-message">{errors.field('input.windows')}</p>
        ) : null}
        {windows.map((w, j) => (
          <div className="hours-window" key={j}>
            <TextField
              id={`special-window-${j}-opens`}
              type="time"
              label={t('hours.special.opensAt', { n: j + 1 })}
              value={w.opensAt}
              error={errors.field(`input.windows[${j}].opensAt`)}
              onChange={(e) => setWindow(j, { opensAt: e.target.value })}
            />
            <TextField
              id={`special-window-${j}-closes`}
              type="time"
              label={t('hours.special.closesAt', { n: j + 1 })}
              value={w.closesAt}
              error={errors.field(`input.windows[${j}].closesAt`)}
              onChange={(e) => setWindow(j, { closesAt: e.target.value })}
            />
            <Button
              variant="secondary"
              onClick={() => setWindows(windows.filter((_, k) => k !== j))}
            >
              {t('hours.special.removeWindow', { n: j + 1 })}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          id="special-add"
          onClick={() => setWindows([...windows, { opensAt: '', closesAt: '' }])}
        >
          {t('hours.special.addWindow')}
        </Button>
        <TextField
          id="special-reason-el"
          label={t('hours.reasonEl')}
          hint={t('hours.reason.hint')}
          value={reason.reasonEl}
          error={errors.field('input.reasonEl')}
          onChange={(e) => setReason({ ...reason, reasonEl: e.target.value })}
        />
        <TextField
          id="special-reason-en"
          label={t('hours.reasonEn')}
          lang="en"
          value={reason.reasonEn}
          error={errors.field('input.reasonEn')}
          onChange={(e) => setReason({ ...reason, reasonEn: e.target.value })}
        />
      </ImpactChange>
    </section>
  )
}

/** Removing a date's extraordinary hours (the weekly hours apply again), previewed first. */
function RemoveSpecialHours({
  kepId,
  date,
  onClose,
}: {
  kepId: string
  date: string
  onClose: () => void
}) {
  const t = useT()
  const [mutate] = useMutation(removeKepSpecialHoursMutation)
  const flow = useImpactFlow(async (impact) => {
    const { data } = await mutate({
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
      variables: { input: { kepId, date }, impact },
    })
    return data!.removeKepSpecialHoursWithImpact.impact
  })
  const errors = useFormErrors(flow.error, {}, 'special-remove-intro')
  return (
    <section aria-labelledby="special-remove-title" className="hours-change">
      <h3 className="govgr-heading-s" id="special-remove-title">
        {t('hours.special.remove', { date })}
      </h3>
      <ImpactChange
        flow={flow}
        errors={errors}
        confirmTitle={t('hours.special.removeConfirm', { date })}
        doneTitle={t('hours.special.removed')}
        onDone={onClose}
        onCancel={onClose}
      >
        <p className="govgr-body" id="special-remove-intro">
          {t('hours.special.removeIntro')}
        </p>
      </ImpactChange>
    </section>
  )
}
