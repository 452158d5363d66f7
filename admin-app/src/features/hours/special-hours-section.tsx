import { useMutation, useQuery } from '@apollo/client/react'
import { Button, Loading, Notice, TextField, useLocalized } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { ConfirmStep } from '../common/confirm-step'
import { FormErrorSummary, useFormErrors } from '../common/form-errors'
import { useRole } from '../common/use-role'
import { useT } from '../../i18n'
import {
  kepSpecialHoursQuery,
  removeKepSpecialHoursMutation,
  setKepSpecialHoursMutation,
} from './hours-operations'
import { today, yearAhead } from './dates'

const specialFieldIds = {
  'input.date': 'special-date',
  'input.windows': 'special-add',
  'input.reasonEl': 'special-reason-el',
  'input.reasonEn': 'special-reason-en',
}

/**
 * A KEP's extraordinary hours (έκτακτο ωράριο) of the coming year: on a date they replace its
 * weekly hours, even on a holiday. Bookings outside them stay booked: the count is shown.
 */
export function SpecialHoursSection({ kepId }: { kepId: string }) {
  const t = useT()
  const localized = useLocalized()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR' || role === 'OPERATOR'
  const { data, loading, error, refetch } = useQuery(kepSpecialHoursQuery, {
    variables: { kepId, from: today(), to: yearAhead() },
  })
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<string>()
  const [outside, setOutside] = useState<number>()
  const [remove, removal] = useMutation(removeKepSpecialHoursMutation)
  const removeErrors = useFormErrors(removal.error, {})
  const days = data?.kepSpecialHours ?? []
  return (
    <section aria-labelledby="special-title">
      <h2 className="govgr-heading-m" id="special-title">
        {t('hours.special.title')}
      </h2>
      <p className="govgr-body">{t('hours.special.intro')}</p>
      {outside !== undefined ? (
        <Notice tone={outside > 0 ? 'alert' : 'success'} title={t('hours.special.saved')}>
          {outside > 0 ? t('hours.special.outside', { count: outside }) : null}
        </Notice>
      ) : null}
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
              {canChange ? (
                <dd className="govgr-summary-list__actions">
                  <Button variant="link" onClick={() => setRemoving(d.date)}>
                    {t('hours.special.remove', { date: d.date })}
                  </Button>
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
      ) : null}
      {removing ? (
        <ConfirmStep
          title={t('hours.special.removeConfirm', { date: removing })}
          error={<FormErrorSummary errors={removeErrors} />}
          busy={removal.loading}
          onConfirm={() =>
            void remove({
              variables: { input: { kepId, date: removing } },
              refetchQueries: ['AuditTrailLine'],
            })
              .then(({ data: removed }) => {
                setRemoving(undefined)
                setOutside(removed?.removeKepSpecialHours.bookingsOutsideHours)
                return refetch()
              })
              .catch(() => undefined)
          }
          onCancel={() => setRemoving(undefined)}
        />
      ) : null}
      {canChange && !adding ? (
        <Button onClick={() => setAdding(true)}>{t('hours.special.add')}</Button>
      ) : null}
      {adding ? (
        <SetSpecialHours
          kepId={kepId}
          onClose={(count) => {
            setAdding(false)
            setOutside(count)
            void refetch()
          }}
        />
      ) : null}
    </section>
  )
}

function SetSpecialHours({
  kepId,
  onClose,
}: {
  kepId: string
  onClose: (bookingsOutsideHours?: number) => void
}) {
  const t = useT()
  const [date, setDate] = useState('')
  const [windows, setWindows] = useState([{ opensAt: '09:00', closesAt: '13:00' }])
  const [reason, setReason] = useState({ reasonEl: '', reasonEn: '' })
  const [mutate, { error, loading }] = useMutation(setKepSpecialHoursMutation)
  const ids: Record<string, string> = { ...specialFieldIds }
  windows.forEach((_, j) => {
    ids[`input.windows[${j}].opensAt`] = `special-window-${j}-opens`
    ids[`input.windows[${j}].closesAt`] = `special-window-${j}-closes`
  })
  const errors = useFormErrors(error, ids, 'special-date')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void mutate({
      variables: { input: { kepId, date, windows, ...reason } },
      refetchQueries: ['AuditTrailLine'],
    })
      .then(({ data }) => onClose(data?.setKepSpecialHours.bookingsOutsideHours))
      .catch(() => undefined)
  }
  return (
    <section aria-labelledby="special-add-title" className="hours-change">
      <h3 className="govgr-heading-s" id="special-add-title">
        {t('hours.special.addTitle')}
      </h3>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary errors={errors} />
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
              onChange={(e) =>
                setWindows(windows.map((x, k) => (k === j ? { ...x, opensAt: e.target.value } : x)))
              }
            />
            <TextField
              id={`special-window-${j}-closes`}
              type="time"
              label={t('hours.special.closesAt', { n: j + 1 })}
              value={w.closesAt}
              error={errors.field(`input.windows[${j}].closesAt`)}
              onChange={(e) =>
                setWindows(
                  windows.map((x, k) => (k === j ? { ...x, closesAt: e.target.value } : x)),
                )
              }
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
        <div className="admin-actions">
          <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
            {t('hours.special.save')}
          </Button>
          <Button variant="secondary" onClick={() => onClose()}>
            {t('hours.cancel')}
          </Button>
        </div>
      </form>
    </section>
  )
}
