import { useQuery, useSubscription } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  Button,
  Loading,
  Notice,
  TextField,
  useLanguage,
  usePageTitle,
  type Language,
} from '@keplive/ui'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import {
  kepCallUpdatesSubscription,
  staffAgendaQuery,
  staffMeQuery,
} from '../../features/agenda/agenda-operations'
import {
  agendaHref,
  rangeOf,
  readAgendaView,
  stepped,
  todayInAthens,
  type AgendaView,
} from '../../features/agenda/agenda-view'
import { AppointmentsTable, type Appointment } from '../../features/agenda/appointments-table'
import { SearchForm } from '../../features/agenda/search-form'
import { useT } from '../../i18n'

const staffRoles = new Set(['STAFF', 'MANAGER'])
const locales: Record<Language, string> = { el: 'el-GR', en: 'en-GB' }

/** "Τρίτη 1 Δεκεμβρίου" for a calendar date (noon UTC: the date never shifts). */
function dayName(date: string, language: Language, weekday = true): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: 'UTC',
    ...(weekday ? { weekday: 'long' as const } : {}),
    day: 'numeric',
    month: 'long',
  }).format(new Date(`${date}T12:00:00Z`))
}

/** The page gate: the agenda is for a KEP's employees, logged in. */
export function AgendaPage() {
  const t = useT()
  const me = useQuery(staffMeQuery)
  if (me.loading && !me.data) return <Loading />
  const user = me.data?.me
  if (!user || !staffRoles.has(user.role)) {
    return (
      <>
        <h1>{t('agenda.title.mine')}</h1>
        <p>{user ? t('agenda.notStaff') : t('agenda.loginFirst')}</p>
      </>
    )
  }
  return <Agenda />
}

/**
 * Issue 14: the employee's appointments (or their KEP's) of a day or a week, live; the view is
 * in the address, so back, forward and reload keep it.
 */
function Agenda() {
  const t = useT()
  const { language } = useLanguage()
  const view = readAgendaView(useSearch())
  const { from, to } = rangeOf(view)
  const scopeTitle = t(view.scope === 'mine' ? 'agenda.title.mine' : 'agenda.title.kep')
  const when =
    view.view === 'day'
      ? dayName(view.date, language)
      : t('agenda.title.week', {
          from: dayName(from, language, false),
          to: dayName(to, language, false),
        })
  const title = `${scopeTitle} — ${when}`
  usePageTitle(title)

  const { data, loading, error, refetch } = useQuery(staffAgendaQuery, {
    variables: { from, to, scope: view.scope === 'mine' ? 'MINE' : 'KEP' },
    fetchPolicy: 'cache-and-network',
  })
  const appointments = data?.staffAgenda ?? []
  const waitingCount = appointments.filter((a) => a.state === 'WAITING').length
  const announcement = useLiveStates(appointments, () => void refetch())
  const failure = error ? apiErrorOf(error)?.messages?.[language] : undefined

  return (
    <>
      <h1>{title}</h1>
      <div role="status" aria-live="polite" className="govgr-visually-hidden">
        {announcement}
      </div>
      <ViewSwitches view={view} />
      <DateNavigation view={view} />
      {waitingCount > 0 ? <Notice title={t('agenda.waitingNow', { count: waitingCount })} /> : null}
      {loading && !data ? <Loading /> : null}
      {error && !data ? (
        <p className="govgr-error-message">{failure ?? t('agenda.loadFailed')}</p>
      ) : null}
      {data && appointments.length === 0 ? (
        <p>{t(view.view === 'day' ? 'agenda.none.day' : 'agenda.none.week')}</p>
      ) : null}
      {view.view === 'day' ? (
        appointments.length > 0 ? (
          <AppointmentsTable
            caption={title}
            appointments={appointments}
            showAssigned={view.scope === 'kep'}
          />
        ) : null
      ) : (
        <WeekDays appointments={appointments} from={from} showAssigned={view.scope === 'kep'} />
      )}
      <h2 className="govgr-heading-m">{t('search.title')}</h2>
      <SearchForm />
    </>
  )
}

/** The week's days that have appointments, each a table under its own heading. */
function WeekDays({
  appointments,
  from,
  showAssigned,
}: {
  appointments: readonly Appointment[]
  from: string
  showAssigned: boolean
}) {
  const { language } = useLanguage()
  const dateOf = (at: string) => todayInAthens(new Date(at))
  const days = [...new Set(appointments.map((a) => dateOf(a.booking.startsAt)))].filter(
    (d) => d >= from,
  )
  return (
    <>
      {days.map((date) => (
        <section key={date} aria-labelledby={`day-${date}`}>
          <h2 id={`day-${date}`} className="govgr-heading-m">
            {dayName(date, language)}
          </h2>
          <AppointmentsTable
            caption={dayName(date, language)}
            appointments={appointments.filter((a) => dateOf(a.booking.startsAt) === date)}
            showAssigned={showAssigned}
          />
        </section>
      ))}
    </>
  )
}

/** "My appointments" / "the KEP's" and "day" / "week": links, so each view has its address. */
function ViewSwitches({ view }: { view: AgendaView }) {
  const t = useT()
  const groups = [
    {
      label: t('agenda.scope.label'),
      links: [
        { text: t('agenda.scope.mine'), to: { ...view, scope: 'mine' as const } },
        { text: t('agenda.scope.kep'), to: { ...view, scope: 'kep' as const } },
      ],
      current: (v: AgendaView) => v.scope === view.scope,
    },
    {
      label: t('agenda.view.label'),
      links: [
        { text: t('agenda.view.day'), to: { ...view, view: 'day' as const } },
        { text: t('agenda.view.week'), to: { ...view, view: 'week' as const } },
      ],
      current: (v: AgendaView) => v.view === view.view,
    },
  ]
  return (
    <div className="keplive-toolbar">
      {groups.map((group) => (
        <nav key={group.label} aria-label={group.label}>
          <ul className="keplive-switch">
            {group.links.map((link) => {
              const current = group.current(link.to)
              return (
                <li key={link.text}>
                  <Link
                    href={agendaHref(link.to)}
                    className="govgr-link"
                    aria-current={current ? 'page' : undefined}
                  >
                    {current ? <strong>{link.text}</strong> : link.text}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
      ))}
    </div>
  )
}

/** Previous / next day (or week), today, and a date picker. */
function DateNavigation({ view }: { view: AgendaView }) {
  const t = useT()
  const [, navigate] = useLocation()
  const [date, setDate] = useState(view.date)
  useEffect(() => setDate(view.date), [view.date])
  const unit = view.view === 'day' ? 'day' : 'week'
  const go = (event: FormEvent) => {
    event.preventDefault()
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) navigate(agendaHref({ ...view, date }))
  }
  return (
    <nav aria-label={t('agenda.navigation')}>
      <ul className="keplive-switch">
        <li>
          <Link href={agendaHref(stepped(view, -1))} className="govgr-link">
            {t(`agenda.previous.${unit}`)}
          </Link>
        </li>
        <li>
          <Link href={agendaHref({ ...view, date: todayInAthens() })} className="govgr-link">
            {t('agenda.today')}
          </Link>
        </li>
        <li>
          <Link href={agendaHref(stepped(view, 1))} className="govgr-link">
            {t(`agenda.next.${unit}`)}
          </Link>
        </li>
      </ul>
      <form onSubmit={go} className="keplive-toolbar">
        <TextField
          id="agenda-date"
          type="date"
          label={t('agenda.date')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('agenda.show')}
        </Button>
      </form>
    </nav>
  )
}

/**
 * Live states (R6.1): every change of a call of the KEP that concerns a listed appointment
 * reloads the list, whose states the server derives; a citizen who starts waiting is announced.
 */
function useLiveStates(appointments: readonly Appointment[], reload: () => void): string {
  const t = useT()
  const [announcement, setAnnouncement] = useState('')
  const listed = useRef(appointments)
  listed.current = appointments
  useSubscription(kepCallUpdatesSubscription, {
    onData: ({ data: update }) => {
      const call = update.data?.kepCallUpdates
      if (!call) return
      const appointment = listed.current.find((a) => a.booking.id === call.bookingId)
      if (!appointment) return
      reload()
      const waiting = call.participants.some((p) => p.role === 'CITIZEN' && !p.admitted)
      if (waiting && appointment.state !== 'WAITING') {
        setAnnouncement(t('agenda.announce.waiting', { name: appointment.booking.fullName }))
      }
    },
  })
  return announcement
}
