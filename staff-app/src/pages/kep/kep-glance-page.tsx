import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react'
import { KepAtAGlance } from '@keplive/kep-admin'
import {
  formatLocalDate,
  Loading,
  localToday,
  useLanguage,
  useLocalized,
  usePageTitle,
} from '@keplive/ui'
import { useEffect, useRef } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { kepCallUpdatesSubscription, staffMeQuery } from '../../features/agenda/agenda-operations'
import { useStaffRole } from '../../app/staff-navigation'
import { useT } from '../../i18n'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** The day the address asks for (`?date=…`), else today in Athens. */
function dateOf(search: string): string {
  const date = new URLSearchParams(search).get('date')
  return date !== null && isoDate.test(date) && !Number.isNaN(Date.parse(`${date}T12:00:00Z`))
    ? date
    : localToday()
}

const hrefOf = (date: string) => `/kep?${new URLSearchParams({ date }).toString()}`

/**
 * Issue 14 item 9: the manager's KEP at a glance, a day and its week. An employee who is not
 * the manager reaches the address too: the server refuses, and the page says so.
 */
export function KepGlancePage() {
  const t = useT()
  const { language } = useLanguage()
  const localized = useLocalized()
  const date = dateOf(useSearch())
  const [, navigate] = useLocation()
  const me = useQuery(staffMeQuery)
  const role = useStaffRole()
  const title = `${t('glance.title')} — ${formatLocalDate(date, language)}`
  usePageTitle(title)
  if (me.loading && !me.data) return <Loading />
  const kep = me.data?.me?.kep
  if (!kep) {
    return (
      <>
        <h1>{t('glance.title')}</h1>
        <p>{me.data?.me ? t('agenda.notStaff') : t('agenda.loginFirst')}</p>
      </>
    )
  }
  return (
    <>
      <h1>{title}</h1>
      <p className="govgr-body-l">{localized(kep.name)}</p>
      {role === 'MANAGER' ? <LiveRefresh /> : null}
      <KepAtAGlance kepId={kep.id} date={date} hrefOf={hrefOf} navigate={navigate} link={Link} />
    </>
  )
}

/** At most one reload a minute however busy the KEP: each read is audited (R7.2). */
const minimumGapMs = 60_000

/**
 * Live (R6.1): a call of the KEP that changes (a citizen waiting, let in, a call ended, a
 * no-show) reloads the figures, at most once a minute; a change within the minute reloads once
 * at its end.
 */
function LiveRefresh() {
  const client = useApolloClient()
  const last = useRef(0)
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(pending.current), [])
  useSubscription(kepCallUpdatesSubscription, {
    onData: () => {
      if (pending.current !== undefined) return
      const wait = Math.max(0, last.current + minimumGapMs - Date.now())
      pending.current = setTimeout(() => {
        pending.current = undefined
        last.current = Date.now()
        void client.refetchQueries({ include: ['KepAtAGlance'] })
      }, wait)
    },
  })
  return null
}
