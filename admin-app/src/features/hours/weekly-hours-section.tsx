import { useMutation, useQuery } from '@apollo/client/react'
import { Button, Loading } from '@keplive/ui'
import { useState } from 'react'
import { useFormErrors } from '@keplive/kep-admin'
import { useRole } from '../common/use-role'
import { useT } from '../../i18n'
import { kepWeeklyHoursQuery, setKepWeeklyHoursMutation } from './hours-operations'
import { useImpactFlow } from './impact-flow'
import { ImpactChange } from './impact-change'
import { variantLabel } from './variant-label'
import {
  draftOf,
  emptyWeek,
  keyOf,
  weekdays,
  weekFieldIds,
  weekInputOf,
  type VariantKey,
  type WeekDraft,
} from './week-draft'
import { WeekEditor } from './week-editor'

/** A KEP's weekly hours, every variant, and (OPERATOR, ADMINISTRATOR) their editor. */
export function WeeklyHoursSection({ kepId }: { kepId: string }) {
  const t = useT()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR' || role === 'OPERATOR'
  const { data, loading, error, refetch } = useQuery(kepWeeklyHoursQuery, {
    variables: { kepId },
  })
  const [editing, setEditing] = useState<{ draft: WeekDraft; replaces: VariantKey | null }>()
  const variants = data?.kepWeeklyHours.variants ?? []
  return (
    <section aria-labelledby="weekly-hours-title">
      <h2 className="govgr-heading-m" id="weekly-hours-title">
        {t('hours.weekly.title')}
      </h2>
      <p className="govgr-body">{t('hours.weekly.intro')}</p>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <p className="govgr-error-message">{t('hours.loadFailed')}</p> : null}
      {data && variants.length === 0 ? <p>{t('hours.weekly.none')}</p> : null}
      {variants.map((v, index) => (
        <div key={index} className="hours-variant">
          <h3 className="govgr-heading-s">{variantLabel(t, v)}</h3>
          <dl className="govgr-summary-list">
            {weekdays.map((weekday) => {
              const day = v.days.find((d) => d.weekday === weekday)
              return (
                <div className="govgr-summary-list__row" key={weekday}>
                  <dt className="govgr-summary-list__key">{t(`hours.weekday.${weekday}`)}</dt>
                  <dd className="govgr-summary-list__value">
                    {day
                      ? day.windows.map((w) => `${w.opensAt}–${w.closesAt}`).join(', ')
                      : t('hours.day.closed')}
                  </dd>
                </div>
              )
            })}
          </dl>
          {canChange && !editing ? (
            <Button
              variant="secondary"
              onClick={() => setEditing({ draft: draftOf(v), replaces: keyOf(draftOf(v)) })}
            >
              {t('hours.weekly.edit', { variant: variantLabel(t, v) })}
            </Button>
          ) : null}
        </div>
      ))}
      {canChange && !editing ? (
        <Button onClick={() => setEditing({ draft: emptyWeek(), replaces: null })}>
          {t('hours.weekly.add')}
        </Button>
      ) : null}
      {editing ? (
        <WeekChange
          kepId={kepId}
          editing={editing}
          onDraft={(draft) => setEditing({ ...editing, draft })}
          onClose={() => {
            setEditing(undefined)
            void refetch()
          }}
        />
      ) : null}
    </section>
  )
}

function WeekChange({
  kepId,
  editing,
  onDraft,
  onClose,
}: {
  kepId: string
  editing: { draft: WeekDraft; replaces: VariantKey | null }
  onDraft: (draft: WeekDraft) => void
  onClose: () => void
}) {
  const t = useT()
  const [mutate] = useMutation(setKepWeeklyHoursMutation)
  const flow = useImpactFlow(async (impact) => {
    const { data } = await mutate({
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
      variables: {
        input: { kepId, replaces: editing.replaces, ...weekInputOf(editing.draft) },
        impact,
      },
    })
    return data!.setKepWeeklyHours.impact
  })
  const errors = useFormErrors(flow.error, weekFieldIds('week', editing.draft), 'week-kind')
  return (
    <section aria-labelledby="week-change-title" className="hours-change">
      <h3 className="govgr-heading-s" id="week-change-title">
        {editing.replaces ? t('hours.weekly.editTitle') : t('hours.weekly.addTitle')}
      </h3>
      <ImpactChange
        flow={flow}
        errors={errors}
        confirmTitle={t('hours.weekly.confirm')}
        doneTitle={t('hours.weekly.done')}
        onDone={onClose}
        onCancel={onClose}
      >
        <WeekEditor prefix="week" draft={editing.draft} onChange={onDraft} errors={errors} />
      </ImpactChange>
    </section>
  )
}
