import { formatTime, useLanguage, useLocalized } from '@keplive/ui'
import { Link } from 'wouter'
import type { AgendaAppointment_AppointmentFragment } from '../../gql/graphql'
import { useT } from '../../i18n'

export type Appointment = AgendaAppointment_AppointmentFragment

const stateKeys = {
  NOT_STARTED: 'agenda.state.notStarted',
  WAITING: 'agenda.state.waiting',
  IN_CALL: 'agenda.state.inCall',
  DONE: 'agenda.state.done',
  NO_SHOW: 'agenda.state.noShow',
  CANCELLED: 'agenda.state.cancelled',
} as const

/** Sign language and lip-reading as tags, seen at a glance (R2.2 f). */
function Needs({ needs }: { needs: Appointment['booking']['specialRequirements'] }) {
  const t = useT()
  if (!needs.signLanguage && !needs.lipReading) return <>{t('agenda.needs.none')}</>
  return (
    <>
      {needs.signLanguage ? (
        <strong className="keplive-tag">{t('agenda.needs.signLanguage')}</strong>
      ) : null}{' '}
      {needs.lipReading ? (
        <strong className="keplive-tag">{t('agenda.needs.lipReading')}</strong>
      ) : null}
    </>
  )
}

/**
 * Appointments as a table (a card per appointment on narrow screens): time, citizen,
 * procedure, special requirements, documents, state, and with `showAssigned` who takes it.
 */
export function AppointmentsTable({
  caption,
  appointments,
  showAssigned,
  showDate = false,
}: {
  caption: string
  appointments: readonly Appointment[]
  showAssigned: boolean
  /** For lists across days (the search): the date before the time. */
  showDate?: boolean
}) {
  const t = useT()
  const { language } = useLanguage()
  const localized = useLocalized()
  const day = (at: string) =>
    new Intl.DateTimeFormat(language === 'el' ? 'el-GR' : 'en-GB', {
      timeZone: 'Europe/Athens',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(new Date(at))
  const columns = [
    t('agenda.col.time'),
    t('agenda.col.citizen'),
    t('agenda.col.procedure'),
    t('agenda.col.needs'),
    t('agenda.col.documents'),
    t('agenda.col.state'),
    ...(showAssigned ? [t('agenda.col.assigned')] : []),
  ]
  return (
    <table className="keplive-card-table" data-testid="agenda">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
          <th scope="col">
            <span className="govgr-visually-hidden">{t('agenda.col.action')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {appointments.map(({ booking, state }) => (
          <tr key={booking.id} data-booking-id={booking.id} data-state={state}>
            <td data-label={t('agenda.col.time')}>
              {showDate ? `${day(booking.startsAt)}, ` : null}
              {formatTime(booking.startsAt, language)}–{formatTime(booking.endsAt, language)}
            </td>
            <td data-label={t('agenda.col.citizen')}>
              {booking.fullName}
              <br />
              <span className="govgr-hint">{booking.reference}</span>
              {booking.business?.representation === 'TO_CHECK' ? (
                // issue 19 item 6: the registry could not be asked when the citizen booked
                <>
                  <br />
                  <strong className="keplive-tag">{t('agenda.representationToCheck')}</strong>
                </>
              ) : null}
            </td>
            <td data-label={t('agenda.col.procedure')}>{localized(booking.procedure.title)}</td>
            <td data-label={t('agenda.col.needs')}>
              <Needs needs={booking.specialRequirements} />
            </td>
            <td data-label={t('agenda.col.documents')}>{booking.documents.length}</td>
            <td data-label={t('agenda.col.state')}>
              {state === 'WAITING' ? (
                <strong data-testid="waiting">{t(stateKeys[state])}</strong>
              ) : (
                t(stateKeys[state])
              )}
            </td>
            {showAssigned ? (
              <td data-label={t('agenda.col.assigned')}>
                {booking.assignedEmployee?.displayName ?? '—'}
              </td>
            ) : null}
            <td>
              <Link href={`/bookings/${booking.id}`} className="govgr-link">
                {t('agenda.openBooking', { name: booking.fullName })}
              </Link>
              <br />
              <Link href={`/calls/${booking.id}`} className="govgr-link">
                {t('agenda.open', { name: booking.fullName })}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
