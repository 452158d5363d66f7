import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf, fieldMessage } from '@keplive/api'
import {
  Button,
  Checkboxes,
  ErrorSummary,
  Loading,
  Notice,
  Radios,
  SummaryList,
  formatDateTime,
  useLanguage,
  usePageTitle,
} from '@keplive/ui'
import { useEffect, useState, type FormEvent } from 'react'
import {
  staffAccountQuery,
  updateEmployeeSettingsMutation,
} from '../../features/account/account-operations'
import { useT } from '../../i18n'

const staffRoles = new Set(['STAFF', 'MANAGER'])
type EmailLocale = 'el' | 'en'

/**
 * Issue 14 items 4, 5: the employee's own settings — the morning summary on or off and the
 * language of their emails — and when they acknowledged the acceptable-use notice.
 */
export function SettingsPage() {
  const t = useT()
  const { language } = useLanguage()
  usePageTitle(t('settings.title'))
  const { data, loading, error } = useQuery(staffAccountQuery)
  const account = data?.me?.employeeAccount
  const [summary, setSummary] = useState(false)
  const [emailLocale, setEmailLocale] = useState<EmailLocale>('el')
  const [saved, setSaved] = useState(false)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<string>()
  const [update, updating] = useMutation(updateEmployeeSettingsMutation)

  useEffect(() => {
    if (!account) return
    setSummary(account.morningSummary)
    setEmailLocale(account.emailLocale === 'en' ? 'en' : 'el')
  }, [account])

  if (loading && !data) return <Loading />
  const user = data?.me
  if (!user || !staffRoles.has(user.role) || !account) {
    return (
      <>
        <h1>{t('settings.title')}</h1>
        <p>
          {error ? t('settings.loadFailed') : user ? t('agenda.notStaff') : t('agenda.loginFirst')}
        </p>
      </>
    )
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    setFailure(undefined)
    setFieldErrors({})
    try {
      await update({ variables: { input: { morningSummary: summary, emailLocale } } })
      setSaved(true)
    } catch (err) {
      const read = apiErrorOf(err)
      const fields: Record<string, string> = {}
      const localeMessage = fieldMessage(read, 'input.emailLocale')
      if (localeMessage) fields['settings-emailLocale'] = localeMessage[language]
      setFieldErrors(fields)
      if (!localeMessage) setFailure(read?.messages?.[language] ?? t('settings.failed'))
    }
  }

  const summaryItems = Object.entries(fieldErrors).map(([fieldId, message]) => ({
    fieldId,
    message,
  }))

  return (
    <>
      {summaryItems.length ? <ErrorSummary items={summaryItems} /> : null}
      {failure ? <Notice title={failure} tone="alert" /> : null}
      {saved ? <Notice title={t('settings.saved')} tone="success" /> : null}
      <h1>{t('settings.title')}</h1>
      <SummaryList
        rows={[
          {
            key: t('settings.acceptableUse'),
            value: account.acceptableUseAcknowledgedAt
              ? t('settings.acknowledgedAt', {
                  at: formatDateTime(account.acceptableUseAcknowledgedAt, language),
                })
              : '—',
          },
        ]}
      />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Checkboxes
          id="settings-morningSummary"
          name="morningSummary"
          legend={t('settings.summary.legend')}
          hint={t('settings.summary.hint')}
          choices={[{ value: 'on', label: t('settings.summary.label') }]}
          values={summary ? ['on'] : []}
          onChange={(values) => {
            setSaved(false)
            setSummary(values.includes('on'))
          }}
        />
        <Radios<EmailLocale>
          id="settings-emailLocale"
          name="emailLocale"
          legend={t('settings.language.legend')}
          choices={[
            { value: 'el', label: t('settings.language.el') },
            { value: 'en', label: t('settings.language.en') },
          ]}
          value={emailLocale}
          error={fieldErrors['settings-emailLocale']}
          onChange={(value) => {
            setSaved(false)
            setEmailLocale(value)
          }}
        />
        <Button type="submit" disabled={updating.loading}>
          {t('settings.save')}
        </Button>
      </form>
    </>
  )
}
