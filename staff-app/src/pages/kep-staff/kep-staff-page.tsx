import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { WeekAtAGlance } from '@keplive/kep-admin'
import { Loading, Notice, formatDateTime, formatTime, useLanguage, usePageTitle } from '@keplive/ui'
import { Link } from 'wouter'
import {
  bookingsNeedingAttentionQuery,
  kepStaffQuery,
} from '../../features/kep-staff/kep-staff-operations'
import { ManagerGate } from '../../features/kep-staff/manager-gate'
import { useT } from '../../i18n'

/** Issue 14 item 6: the manager's KEP's employees, their week, and the bookings to act on. */
export function KepStaffPage() {
  const t = useT()
  return (
    <ManagerGate title={t('kepStaff.title')}>{(kep) => <KepStaff kepId={kep.id} />}</ManagerGate>
  )
}

function KepStaff({ kepId }: { kepId: string }) {
  const t = useT()
  const { language } = useLanguage()
  usePageTitle(t('kepStaff.title'))
  const staff = useQuery(kepStaffQuery, {
    variables: { kepId },
    fetchPolicy: 'cache-and-network',
  })
  const attention = useQuery(bookingsNeedingAttentionQuery, {
    variables: { kepId },
    fetchPolicy: 'network-only',
  })
  const failure = apiErrorOf(staff.error ?? attention.error)?.messages?.[language]
  const employees = staff.data?.kepStaff ?? []
  const listed = attention.data?.kepBookingsNeedingAttention ?? []
  return (
    <>
      <h1>{t('kepStaff.title')}</h1>
      <p>{t('kepStaff.intro')}</p>
      {failure ? <Notice tone="alert" title={failure} /> : null}

      <section aria-labelledby="attention-title">
        <h2 className="govgr-heading-m" id="attention-title">
          {t('kepStaff.attention.title')}
        </h2>
        {attention.loading && !attention.data ? <Loading /> : null}
        {attention.data && listed.length === 0 ? <p>{t('kepStaff.attention.none')}</p> : null}
        {listed.length > 0 ? (
          <>
            <p>{t('kepStaff.attention.intro')}</p>
            <table className="keplive-card-table" data-testid="needs-attention">
              <caption>{t('kepStaff.attention.caption', { count: listed.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('kepStaff.attention.when')}</th>
                  <th scope="col">{t('kepStaff.attention.reference')}</th>
                  <th scope="col">{t('kepStaff.attention.employee')}</th>
                  <th scope="col">{t('kepStaff.attention.colleague')}</th>
                  <th scope="col">
                    <span className="govgr-visually-hidden">{t('kepStaff.attention.action')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {listed.map((b) => (
                  <tr key={b.bookingId} data-booking-id={b.bookingId}>
                    <td data-label={t('kepStaff.attention.when')}>
                      {formatDateTime(b.startsAt, language)}–{formatTime(b.endsAt, language)}
                    </td>
                    <td data-label={t('kepStaff.attention.reference')}>{b.reference}</td>
                    <td data-label={t('kepStaff.attention.employee')}>{b.employeeName ?? '—'}</td>
                    <td data-label={t('kepStaff.attention.colleague')}>
                      {t(b.colleagueFree ? 'kepStaff.yes' : 'kepStaff.no')}
                    </td>
                    <td>
                      <Link href={`/bookings/${b.bookingId}`} className="govgr-link">
                        {t('kepStaff.attention.act', { reference: b.reference })}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>

      <section aria-labelledby="staff-title">
        <h2 className="govgr-heading-m" id="staff-title">
          {t('kepStaff.list.title')}
        </h2>
        {staff.loading && !staff.data ? <Loading /> : null}
        {staff.data && employees.length === 0 ? <p>{t('kepStaff.list.none')}</p> : null}
        {employees.length > 0 ? (
          <table className="keplive-card-table" data-testid="kep-staff">
            <caption>{t('kepStaff.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kepStaff.list.name')}</th>
                <th scope="col">{t('kepStaff.list.role')}</th>
                <th scope="col">{t('kepStaff.list.week')}</th>
                <th scope="col">{t('kepStaff.list.absences')}</th>
              </tr>
            </thead>
            <tbody>
              {employees.map((e) => (
                <tr key={e.id} data-employee-id={e.id}>
                  <td data-label={t('kepStaff.list.name')}>
                    <Link href={`/kep/staff/${e.id}`} className="govgr-link">
                      {e.fullName}
                    </Link>
                  </td>
                  <td data-label={t('kepStaff.list.role')}>{t(`kepStaff.role.${e.role}`)}</td>
                  <td data-label={t('kepStaff.list.week')}>
                    <WeekAtAGlance
                      employee={e}
                      label={t('kepStaff.list.weekOf', { name: e.fullName })}
                    />
                  </td>
                  <td data-label={t('kepStaff.list.absences')}>
                    {e.absences.length === 0
                      ? t('kepStaff.list.noAbsence')
                      : e.absences
                          .map(
                            (a) =>
                              `${formatDateTime(a.startsAt, language)} – ${formatDateTime(a.endsAt, language)}`,
                          )
                          .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  )
}
