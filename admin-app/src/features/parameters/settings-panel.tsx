import { useMutation, useQuery } from '@apollo/client/react'
import {
  Button,
  ConfirmStep,
  formatDateTime,
  Loading,
  Notice,
  RequestStatus,
  TextField,
  useLanguage,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import type { AdminSettingsListQuery, SettingKey } from '../../gql/graphql'
import { useT, type MessageKey } from '../../i18n'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { athensInstant } from './athens-time'
import { ScheduleSettingMutation, SettingsListQuery } from './operations'

type Setting = AdminSettingsListQuery['settingsList'][number]

/** The server's names of the settings (SettingKey's values), for their labels. */
const settingNames: Record<SettingKey, string> = {
  BOOKINGS_PER_CITIZEN: 'booking.maxFutureBookingsPerCitizen',
  HOLD_MINUTES: 'booking.holdMinutes',
  DOCUMENT_RETENTION_DAYS: 'documents.retentionDaysAfterAppointment',
  AUDIT_RETENTION_YEARS: 'retention.auditYears',
  REMINDER_LEAD_MINUTES: 'notifications.reminderLeadMinutes',
  NO_SHOW_GRACE_MINUTES: 'calls.noShowGraceMinutes',
  JOIN_OPENS_MINUTES_BEFORE: 'calls.joinOpensMinutesBefore',
  JOIN_CLOSES_MINUTES_AFTER_END: 'calls.joinClosesMinutesAfterEnd',
  INVITATION_RETENTION_DAYS: 'retention.invitationDaysAfterAppointment',
  OUTBOX_RETENTION_DAYS: 'retention.outboxDaysAfterSending',
  BOOKING_PERSONAL_DATA_MONTHS: 'retention.bookingPersonalDataMonths',
  INACTIVE_CITIZEN_MONTHS: 'retention.inactiveCitizenMonths',
}
const labelKey = (key: SettingKey) => `parameters.setting.${settingNames[key]}` as MessageKey
const shown = (value: readonly number[]) => (value.length ? value.join(', ') : '—')

/** The settings in force and scheduled; for an ADMINISTRATOR a form per setting. */
export function SettingsPanel({ canChange }: { canChange: boolean }) {
  const t = useT()
  const { language } = useLanguage()
  const { data, loading, error, refetch } = useQuery(SettingsListQuery)
  const [editing, setEditing] = useState<SettingKey | null>(null)
  const [done, setDone] = useState<string | null>(null)
  if (loading && !data) return <Loading />
  if (error || !data) return <RequestStatus error={{ kind: 'server' }} loading={false} />
  return (
    <section aria-labelledby="settings-title">
      <h2 className="govgr-heading-l" id="settings-title">
        {t('parameters.settings.title')}
      </h2>
      {done ? <Notice tone="success" title={done} /> : null}
      <div
        className="keplive-table-scroll"
        role="region"
        aria-labelledby="settings-caption"
        tabIndex={0}
      >
        <table className="govgr-table">
          <caption className="govgr-visually-hidden" id="settings-caption">
            {t('parameters.settings.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('parameters.settings.title')}</th>
              <th scope="col">{t('parameters.inForce')}</th>
              <th scope="col">{t('parameters.scheduled')}</th>
            </tr>
          </thead>
          <tbody>
            {data.settingsList.map((setting) => (
              <tr key={setting.key} data-setting={setting.key}>
                <th scope="row">{t(labelKey(setting.key))}</th>
                <td>
                  {shown(setting.value)}
                  {setting.effectiveFrom ? (
                    <span className="govgr-hint">
                      {' '}
                      {t('parameters.inForceSince', {
                        date: formatDateTime(setting.effectiveFrom as string, language),
                      })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {setting.scheduled.length === 0
                    ? t('parameters.setting.none')
                    : setting.scheduled.map((v) => (
                        <div key={v.effectiveFrom as string}>
                          {t('parameters.from', {
                            date: formatDateTime(v.effectiveFrom as string, language),
                          })}
                          : {shown(v.value)}
                        </div>
                      ))}
                  {canChange && editing !== setting.key ? (
                    <div>
                      <Button
                        variant="link"
                        onClick={() => {
                          setDone(null)
                          setEditing(setting.key)
                        }}
                      >
                        {t('parameters.setting.changeOf', { setting: t(labelKey(setting.key)) })}
                      </Button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canChange && editing ? (
        <SettingForm
          setting={data.settingsList.find((s) => s.key === editing)!}
          onClose={(message) => {
            setEditing(null)
            if (message) setDone(message)
            void refetch()
          }}
        />
      ) : null}
    </section>
  )
}

function SettingForm({
  setting,
  onClose,
}: {
  setting: Setting
  onClose: (message?: string) => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const ids = { 'input.value': 'setting-value', 'input.effectiveFrom': 'setting-effective-from' }
  const [value, setValue] = useState(setting.value.join(', '))
  const [effectiveFrom, setEffectiveFrom] = useState('')
  const [local, setLocal] = useState<{ fieldId: string; message: string }[]>([])
  const [schedule, state] = useMutation(ScheduleSettingMutation)
  const [preview, setPreview] = useState<{
    input: { key: SettingKey; value: number[]; effectiveFrom: string | null }
    before: readonly number[]
    after: readonly number[]
    from: string
  } | null>(null)
  const errors = useFormErrors(state.error, ids, ids['input.value'])
  const name = t(labelKey(setting.key))

  async function onPreview(event: FormEvent) {
    event.preventDefault()
    const problems: { fieldId: string; message: string }[] = []
    const numbers = value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map(Number)
    if (numbers.some((n) => !Number.isInteger(n))) {
      problems.push({ fieldId: ids['input.value'], message: t('parameters.error.number') })
    }
    const from = effectiveFrom === '' ? null : athensInstant(effectiveFrom)
    if (from === undefined) {
      problems.push({ fieldId: ids['input.effectiveFrom'], message: t('parameters.error.date') })
    }
    setLocal(problems)
    if (problems.length > 0) return
    const input = { key: setting.key, value: numbers, effectiveFrom: from?.toISOString() ?? null }
    try {
      const { data } = await schedule({ variables: { input, preview: true } })
      if (data) {
        const answer = data.scheduleSetting
        setPreview({
          input,
          before: answer.before,
          after: answer.after,
          from: answer.effectiveFrom as string,
        })
      }
    } catch {
      // shown by the error summary (state.error)
    }
  }

  async function onConfirm() {
    if (!preview) return
    try {
      const { data } = await schedule({ variables: { input: preview.input, preview: false } })
      if (data?.scheduleSetting.applied) {
        onClose(
          t('parameters.setting.applied', {
            date: formatDateTime(data.scheduleSetting.effectiveFrom as string, language),
          }),
        )
      }
    } catch {
      // shown in the confirmation step
    }
  }

  if (preview) {
    return (
      <ConfirmStep
        title={t('parameters.setting.changeOf', { setting: name })}
        summary={
          <p>
            {t('parameters.setting.preview', {
              before: shown(preview.before),
              after: shown(preview.after),
              date: formatDateTime(preview.from, language),
            })}
          </p>
        }
        confirmLabel={t('parameters.confirm.apply')}
        onConfirm={onConfirm}
        onCancel={() => setPreview(null)}
        busy={state.loading}
        error={<FormErrorSummary errors={errors} />}
      />
    )
  }

  const rule = setting.rule
  return (
    <form
      noValidate
      onSubmit={onPreview}
      aria-label={t('parameters.setting.changeOf', { setting: name })}
    >
      <h3 className="govgr-heading-m">{t('parameters.setting.changeOf', { setting: name })}</h3>
      <FormErrorSummary errors={errors} extra={local} />
      <TextField
        id={ids['input.value']}
        label={t('parameters.setting.value')}
        hint={
          rule.kind === 'INTEGERS'
            ? t('parameters.setting.values.hint', {
                max: rule.maxItems ?? 1,
                min: rule.min,
                maxValue: rule.max,
              })
            : t('parameters.setting.value.hint', { min: rule.min, max: rule.max })
        }
        value={value}
        error={
          local.find((p) => p.fieldId === ids['input.value'])?.message ??
          errors.field('input.value')
        }
        onChange={(e) => setValue(e.target.value)}
      />
      <TextField
        id={ids['input.effectiveFrom']}
        type="datetime-local"
        label={t('parameters.effectiveFrom')}
        hint={t('parameters.effectiveFrom.hint')}
        value={effectiveFrom}
        error={
          local.find((p) => p.fieldId === ids['input.effectiveFrom'])?.message ??
          errors.field('input.effectiveFrom')
        }
        onChange={(e) => setEffectiveFrom(e.target.value)}
      />
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
