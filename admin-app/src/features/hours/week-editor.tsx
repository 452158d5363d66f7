import { Button, Radios, TextField } from '@keplive/ui'
import type { FormErrors } from '@keplive/kep-admin'
import { useT } from '../../i18n'
import { weekdays, type VariantKind, type WeekDraft } from './week-draft'

/**
 * The editor of one week of opening hours: its variant (all year, a date range or a yearly
 * season), then per weekday its windows, each added and removed with a button.
 */
export function WeekEditor({
  prefix,
  draft,
  onChange,
  errors,
}: {
  /** Makes the ids of the inputs unique on the page. */
  prefix: string
  draft: WeekDraft
  onChange: (draft: WeekDraft) => void
  errors: FormErrors
}) {
  const t = useT()
  const set = (over: Partial<WeekDraft>) => onChange({ ...draft, ...over })
  const setDay = (i: number, windows: WeekDraft['days'][number]) =>
    set({ days: draft.days.map((w, k) => (k === i ? windows : w)) })
  return (
    <>
      <Radios<VariantKind>
        name={`${prefix}-kind`}
        id={`${prefix}-kind`}
        legend={t('hours.variant.legend')}
        hint={t('hours.variant.hint')}
        error={errors.field('input.replaces')}
        value={draft.kind}
        onChange={(kind) => set({ kind })}
        choices={(['allYear', 'range', 'season'] as const).map((kind) => ({
          value: kind,
          label: t(`hours.variant.${kind}`),
        }))}
      />
      {draft.kind === 'range' ? (
        <div className="hours-pair">
          <TextField
            id={`${prefix}-valid-from`}
            type="date"
            label={t('hours.validFrom')}
            hint={t('hours.validFrom.hint')}
            value={draft.validFrom}
            error={errors.field('input.validFrom')}
            onChange={(e) => set({ validFrom: e.target.value })}
          />
          <TextField
            id={`${prefix}-valid-to`}
            type="date"
            label={t('hours.validTo')}
            hint={t('hours.validTo.hint')}
            value={draft.validTo}
            error={errors.field('input.validTo')}
            onChange={(e) => set({ validTo: e.target.value })}
          />
        </div>
      ) : null}
      {draft.kind === 'season' ? (
        <div className="hours-pair">
          <TextField
            id={`${prefix}-season-from`}
            label={t('hours.seasonFrom')}
            hint={t('hours.monthDay.hint')}
            inputMode="numeric"
            value={draft.seasonFrom}
            error={errors.field('input.seasonFrom')}
            onChange={(e) => set({ seasonFrom: e.target.value })}
          />
          <TextField
            id={`${prefix}-season-to`}
            label={t('hours.seasonTo')}
            hint={t('hours.monthDay.hint')}
            inputMode="numeric"
            value={draft.seasonTo}
            error={errors.field('input.seasonTo')}
            onChange={(e) => set({ seasonTo: e.target.value })}
          />
        </div>
      ) : null}
      {weekdays.map((weekday, i) => {
        const windows = draft.days[i]!
        const dayName = t(`hours.weekday.${weekday}`)
        return (
          <fieldset className="govgr-fieldset hours-day" key={weekday}>
            <legend className="govgr-fieldset__legend govgr-heading-s">{dayName}</legend>
            {errors.field(`input.days[${i}].weekday`) ||
            errors.field(`input.days[${i}].windows`) ? (
              <p className="govgr-error-message">
                {errors.field(`input.days[${i}].weekday`) ??
                  errors.field(`input.days[${i}].windows`)}
              </p>
            ) : null}
            {windows.length === 0 ? <p className="govgr-hint">{t('hours.day.closed')}</p> : null}
            {windows.map((w, j) => (
              <div className="hours-window" key={j}>
                <TextField
                  id={`${prefix}-day-${i}-window-${j}-opens`}
                  type="time"
                  label={t('hours.opensAt', { day: dayName, n: j + 1 })}
                  value={w.opensAt}
                  error={errors.field(`input.days[${i}].windows[${j}].opensAt`)}
                  onChange={(e) =>
                    setDay(
                      i,
                      windows.map((x, k) => (k === j ? { ...x, opensAt: e.target.value } : x)),
                    )
                  }
                />
                <TextField
                  id={`${prefix}-day-${i}-window-${j}-closes`}
                  type="time"
                  label={t('hours.closesAt', { day: dayName, n: j + 1 })}
                  value={w.closesAt}
                  error={errors.field(`input.days[${i}].windows[${j}].closesAt`)}
                  onChange={(e) =>
                    setDay(
                      i,
                      windows.map((x, k) => (k === j ? { ...x, closesAt: e.target.value } : x)),
                    )
                  }
                />
                <Button
                  variant="secondary"
                  onClick={() =>
                    setDay(
                      i,
                      windows.filter((_, k) => k !== j),
                    )
                  }
                >
                  {t('hours.window.remove', { day: dayName, n: j + 1 })}
                </Button>
              </div>
            ))}
            <Button
              variant="secondary"
              id={`${prefix}-day-${i}-add`}
              onClick={() =>
                setDay(i, [
                  ...windows,
                  windows.length === 0
                    ? { opensAt: '08:00', closesAt: '15:00' }
                    : { opensAt: '', closesAt: '' },
                ])
              }
            >
              {t('hours.window.add', { day: dayName })}
            </Button>
          </fieldset>
        )
      })}
    </>
  )
}
