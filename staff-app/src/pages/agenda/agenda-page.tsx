import { useQuery, useSubscription } from '@apollo/client/react'
import { formatDate, formatTime, Loading, Notice, useLanguage, useLocalized } from '@keplive/ui'
import { useRef, useState } from 'react'
import { Link } from 'wouter'
import {
  kepCallsQuery,
  kepCallUpdatesSubscription,
  staffMeQuery,
} from '../../features/agenda/agenda-operations'
import { appointmentState } from '../../features/agenda/call-status'
import { useT } from '../../i18n'

const staffRoles = new Set(['STAFF', 'MANAGER'])

/** The employee's day: today's appointments of their KEP, and who is waiting now (live). */
export function AgendaPage() {
  const t = useT()
  const me = useQuery(staffMeQuery)
  if (me.loading && !me.data) return <Loading />
  const user = me.data?.me
  if (!user || !staffRoles.has(user.role)) {
    return (
      <>
        <h1>{t('agenda.title')}</h1>
        <p>{user ? t('agenda.notStaff') : t('agenda.loginFirst')}</p>
      </>
    )
  }
  return <Agenda />
}

function Agenda() {
  const t = useT()
  const { language } = useLanguage()
  const localized = useLocalized()
  const { data, loading, error, refetch } = useQuery(kepCallsQuery, {
    variables: {},
    fetchPolicy: 'cache-and-network',
  })
  const [announcement, setAnnouncement] = useState('')
  const known = useRef(new Set<string>())
  known.current = new Set((data?.kepCalls ?? []).flatMap((a) => (a.call ? [a.call.id] : [])))

  useSubscription(kepCallUpdatesSubscription, {
    onData: ({ data: update }) => {
      const call = update.data?.kepCallUpdates
      if (!call) return
      // the cache updates a known call in place; a call that just began is new to the list
      if (!known.current.has(call.id)) void refetch()
      const appointment = data?.kepCalls.find((a) => a.booking.id === call.bookingId)
      const waiting = call.participants.some((p) => p.role === 'CITIZEN' && !p.admitted)
      if (waiting) {
        setAnnouncement(t('agenda.announce.waiting', { name: appointment?.booking.fullName ?? '' }))
      }
    },
  })

  const appointments = data?.kepCalls ?? []
  const waitingCount = appointments.filter(
    (a) => appointmentState(a.booking.status, a.call) === 'waiting',
  ).length

  return (
    <>
      <h1>{t('agenda.title')}</h1>
      <p className="govgr-body">{formatDate(new Date(), language)}</p>
      <div role="status" aria-live="polite" className="govgr-visually-hidden">
        {announcement}
      </div>
      {waitingCount > 0 ? <Notice title={t('agenda.waitingNow', { count: waitingCount })} /> : null}
      {loading && !data ? <Loading /> : null}
      {error && !data ? <p className="govgr-error-message">{t('agenda.loadFailed')}</p> : null}
      {data && appointments.length === 0 ? <p>{t('agenda.none')}</p> : null}
      {appointments.length > 0 ? (
        <table className="govgr-table" data-testid="agenda">
          <caption className="govgr-visually-hidden">{t('agenda.caption')}</caption>
          <thead className="govgr-table__head">
            <tr className="govgr-table__row">
              <th scope="col" className="govgr-table__header">
                {t('agenda.col.time')}
              </th>
              <th scope="col" className="govgr-table__header">
                {t('agenda.col.citizen')}
              </th>
              <th scope="col" className="govgr-table__header">
                {t('agenda.col.procedure')}
              </th>
              <th scope="col" className="govgr-table__header">
                {t('agenda.col.state')}
              </th>
              <th scope="col" className="govgr-table__header">
                <span className="govgr-visually-hidden">{t('agenda.col.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govgr-table__body">
            {appointments.map(({ booking, call }) => {
              const state = appointmentState(booking.status, call)
              const needs = booking.specialRequirements
              return (
                <tr key={booking.id} className="govgr-table__row" data-booking-id={booking.id}>
                  <td className="govgr-table__cell">
                    {formatTime(booking.startsAt, language)}–{formatTime(booking.endsAt, language)}
                  </td>
                  <td className="govgr-table__cell">
                    {booking.fullName}
                    <br />
                    <span className="govgr-hint">{booking.reference}</span>
                    {needs.signLanguage || needs.lipReading ? (
                      <>
                        <br />
                        <strong>
                          {needs.signLanguage
                            ? t('agenda.needs.signLanguage')
                            : t('agenda.needs.lipReading')}
                        </strong>
                      </>
                    ) : null}
                  </td>
                  <td className="govgr-table__cell">{localized(booking.procedure.title)}</td>
                  <td className="govgr-table__cell">
                    {state === 'waiting' ? (
                      <strong data-testid="waiting">{t(`agenda.state.${state}`)}</strong>
                    ) : (
                      t(`agenda.state.${state}`)
                    )}
                  </td>
                  <td className="govgr-table__cell">
                    <Link href={`/calls/${booking.id}`} className="govgr-link">
                      {t('agenda.open', { name: booking.fullName })}
                    </Link>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
    </>
  )
}
