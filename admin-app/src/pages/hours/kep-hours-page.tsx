import { useQuery } from '@apollo/client/react'
import { useLocalized } from '@keplive/ui'
import { Link, useParams } from 'wouter'
import { AuditTrailLine, ClosuresSection, SpecialHoursSection } from '@keplive/kep-admin'
import { useRole } from '../../features/common/use-role'
import { hoursKepsQuery } from '../../features/hours/hours-operations'
import { WeeklyHoursSection } from '../../features/hours/weekly-hours-section'
import { useT } from '../../i18n'
import '../../features/hours/hours.css'

/** One KEP's hours: weekly (every variant), closures, extraordinary hours. */
export function KepHoursPage() {
  const t = useT()
  const localized = useLocalized()
  const { kepId = '' } = useParams<{ kepId: string }>()
  const { data } = useQuery(hoursKepsQuery)
  const kep = data?.keps.find((k) => k.id === kepId)
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR' || role === 'OPERATOR'
  return (
    <div className="hours-page">
      <p className="govgr-body">
        <Link href="/hours" className="govgr-link">
          {t('hours.back')}
        </Link>
      </p>
      <h1>
        {kep
          ? t('hours.kep.title', { kep: `${kep.code} · ${localized(kep.name)}` })
          : t('hours.title')}
      </h1>
      <AuditTrailLine entity="kep" entityId={kepId} />
      <WeeklyHoursSection kepId={kepId} />
      <ClosuresSection kepId={kepId} canChange={canChange} everyKep={role === 'ADMINISTRATOR'} />
      <SpecialHoursSection kepId={kepId} canChange={canChange} />
    </div>
  )
}
