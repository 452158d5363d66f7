import { formatDateTime, useLanguage } from '@keplive/ui'
import type { StaffBookingQuery } from '../../gql/graphql'
import { useT, type MessageKey } from '../../i18n'

type HistoryEvent = NonNullable<StaffBookingQuery['booking']>['history'][number]

/** The history's actions the page names; another is shown as the server writes it. */
const actionKeys: Record<string, MessageKey> = {
  booked: 'booking.history.action.booked',
  rescheduled: 'booking.history.action.rescheduled',
  cancelled: 'booking.history.action.cancelled',
  reassigned: 'booking.history.action.reassigned',
  moved: 'booking.history.action.moved',
  call_started: 'booking.history.action.call_started',
  completed: 'booking.history.action.completed',
  no_show: 'booking.history.action.no_show',
  contact_changed: 'booking.history.action.contact_changed',
}

const actorKeys: Record<string, MessageKey> = {
  citizen: 'booking.history.actor.citizen',
  employee: 'booking.history.actor.employee',
  administrator: 'booking.history.actor.administrator',
  api_client: 'booking.history.actor.api_client',
  system: 'booking.history.actor.system',
}

/**
 * Issue 14 item 3: who changed what and when, oldest first. Names are never inflected: the
 * person is in a column of their own ("Ποιος: Γιώργος Νικολάου").
 */
export function BookingHistory({ events }: { events: readonly HistoryEvent[] }) {
  const t = useT()
  const { language } = useLanguage()
  const who = (e: HistoryEvent) => {
    const kind = actorKeys[e.actorKind] ? t(actorKeys[e.actorKind]!) : e.actorKind
    return e.actorName ? `${e.actorName} (${kind})` : kind
  }
  const what = (e: HistoryEvent) => {
    const lines: string[] = []
    if (e.fromStartsAt && e.toStartsAt && e.fromStartsAt !== e.toStartsAt) {
      lines.push(
        t('booking.history.time', {
          from: formatDateTime(e.fromStartsAt, language),
          to: formatDateTime(e.toStartsAt, language),
        }),
      )
    } else if (!e.fromStartsAt && e.toStartsAt) {
      lines.push(t('booking.history.for', { when: formatDateTime(e.toStartsAt, language) }))
    }
    if (e.fromEmployee && e.toEmployee && e.fromEmployee.id !== e.toEmployee.id) {
      lines.push(
        t('booking.history.employee', {
          from: e.fromEmployee.displayName,
          to: e.toEmployee.displayName,
        }),
      )
    } else if (!e.fromEmployee && e.toEmployee) {
      lines.push(t('booking.history.assigned', { name: e.toEmployee.displayName }))
    }
    if (e.reason) lines.push(t('booking.history.reason', { reason: e.reason }))
    return lines
  }
  return (
    <table className="keplive-card-table" data-testid="booking-history">
      <caption className="govgr-visually-hidden">{t('booking.history.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('booking.history.col.when')}</th>
          <th scope="col">{t('booking.history.col.what')}</th>
          <th scope="col">{t('booking.history.col.who')}</th>
          <th scope="col">{t('booking.history.col.details')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => (
          <tr key={`${e.at}-${i}`}>
            <td data-label={t('booking.history.col.when')}>{formatDateTime(e.at, language)}</td>
            <td data-label={t('booking.history.col.what')}>
              {actionKeys[e.action] ? t(actionKeys[e.action]!) : e.action}
            </td>
            <td data-label={t('booking.history.col.who')}>{who(e)}</td>
            <td data-label={t('booking.history.col.details')}>
              {what(e).map((line) => (
                <span key={line}>
                  {line}
                  <br />
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
