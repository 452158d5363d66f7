import { formatDateTime, useLanguage } from '@keplive/ui'
import { useEffect, useRef, type ReactNode } from 'react'
import type { EmployeeImpact_ImpactFragment } from '../gql/graphql'
import { useT } from '../i18n'

export interface FollowUpLinks {
  /** A colleague's name by id (the KEP's staff), for "reassigned to …". */
  employeeName?: (employeeId: string) => string | undefined
  /** A link to the booking's page, where it is moved or cancelled with notice. */
  bookingLink?: (booking: { bookingId: string; reference: string }) => ReactNode
}

/**
 * After a change is applied (issue 14 item 6): the bookings a colleague took over, to whom; the
 * bookings kept outside the rules, each with a link to act on it (move, cancel with notice).
 * Takes focus when it appears, so that a keyboard user hears what was done.
 */
export function ImpactFollowUp({
  impact,
  employeeName,
  bookingLink,
}: { impact: EmployeeImpact_ImpactFragment } & FollowUpLinks) {
  const t = useT()
  const { language } = useLanguage()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const byStart = [...impact.bookings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const reassigned = byStart.filter((b) => b.fate === 'REASSIGNED')
  const listed = byStart.filter((b) => b.outsideRules)
  const when = (startsAt: string) => formatDateTime(startsAt, language)
  return (
    <section className="govgr-panel" aria-labelledby="impact-follow-up-title">
      <h3 className="govgr-heading-s" id="impact-follow-up-title" tabIndex={-1} ref={heading}>
        {t('followUp.title')}
      </h3>
      <p>
        {t('followUp.counts', {
          reassigned: impact.reassigned,
          listed: impact.outsideRules,
          moved: impact.moved,
          cancelled: impact.cancelled,
        })}
      </p>
      {reassigned.length > 0 ? (
        <>
          <h4 className="govgr-heading-s">{t('followUp.reassigned')}</h4>
          <ul className="govgr-list govgr-list--bullet">
            {reassigned.map((b) => (
              <li key={b.bookingId}>
                {t('followUp.reassignedTo', {
                  reference: b.reference,
                  at: when(b.startsAt),
                  name:
                    (b.toEmployeeId ? employeeName?.(b.toEmployeeId) : undefined) ??
                    t('followUp.colleague'),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {listed.length > 0 ? (
        <>
          <h4 className="govgr-heading-s">{t('followUp.listed')}</h4>
          <p>{t('followUp.listed.hint')}</p>
          <ul className="govgr-list govgr-list--bullet">
            {listed.map((b) => (
              <li key={b.bookingId}>
                {t('followUp.listedItem', { reference: b.reference, at: when(b.startsAt) })}{' '}
                {bookingLink?.({ bookingId: b.bookingId, reference: b.reference })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
