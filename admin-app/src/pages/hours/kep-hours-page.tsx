import { useQuery } from '@apollo/client/react'
import { useLocalized } from '@keplive/ui'
import { Link, useParams } from 'wouter'
import { AuditTrailLine } from '@keplive/kep-admin'
import { ClosuresSection } from '../../features/hours/closures-section'
import { hoursKepsQuery } from '../../features/hours/hours-operations'
import { SpecialHoursSection } from '../../features/hours/special-hours-section'
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
      <ClosuresSection kepId={kepId} />
      <SpecialHoursSection kepId={kepId} />
    </div>
  )
}
