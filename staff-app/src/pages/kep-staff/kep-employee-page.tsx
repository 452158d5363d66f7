import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Absences, AvailabilityEditor } from '@keplive/kep-admin'
import { Loading, Notice, useLanguage, usePageTitle } from '@keplive/ui'
import { Link, useParams } from 'wouter'
import { kepEmployeeQuery, kepStaffQuery } from '../../features/kep-staff/kep-staff-operations'
import { ManagerGate } from '../../features/kep-staff/manager-gate'
import { useT } from '../../i18n'

/**
 * Issue 14 item 6: one employee of the manager's KEP — their availability and absences, each
 * change previewed with what it does to bookings, then what became of them: given to whom, or
 * left to act on, each with a link to its page (move, cancel with notice).
 */
export function KepEmployeePage() {
  const t = useT()
  const { employeeId } = useParams<{ employeeId: string }>()
  return (
    <ManagerGate title={t('kepStaff.employee.title')}>
      {(kep) => <KepEmployee kepId={kep.id} employeeId={employeeId} />}
    </ManagerGate>
  )
}

function KepEmployee({ kepId, employeeId }: { kepId: string; employeeId: string }) {
  const t = useT()
  const { language } = useLanguage()
  const { data, loading, error } = useQuery(kepEmployeeQuery, { variables: { id: employeeId } })
  // colleagues' names, for "given to …"
  const staff = useQuery(kepStaffQuery, { variables: { kepId } })
  const employee = data?.adminEmployee
  usePageTitle(
    employee ? `${employee.fullName} — ${t('kepStaff.title')}` : t('kepStaff.employee.title'),
  )
  const back = (
    <p>
      <Link className="govgr-back-link" href="/kep/staff">
        {t('kepStaff.employee.back')}
      </Link>
    </p>
  )
  if (!employee) {
    return (
      <>
        {back}
        <h1>{t('kepStaff.employee.title')}</h1>
        {loading ? <Loading /> : null}
        {error ? (
          <Notice tone="alert" title={t('kepStaff.employee.notFound')}>
            {apiErrorOf(error)?.messages?.[language]}
          </Notice>
        ) : null}
      </>
    )
  }
  const names = new Map((staff.data?.kepStaff ?? []).map((e) => [e.id, e.fullName]))
  const followUp = {
    employeeName: (id: string) => names.get(id),
    bookingLink: (b: { bookingId: string; reference: string }) => (
      <Link href={`/bookings/${b.bookingId}`} className="govgr-link">
        {t('kepStaff.attention.act', { reference: b.reference })}
      </Link>
    ),
  }
  return (
    <>
      {back}
      <h1>{employee.fullName}</h1>
      <p>
        {t(`kepStaff.role.${employee.role}`)} · {employee.email}
      </p>
      <AvailabilityEditor employee={employee} canChange followUp={followUp} />
      <Absences employee={employee} canChange followUp={followUp} />
    </>
  )
}
