import { Link } from 'wouter'
import { BulkHoursForm } from '../../features/hours/bulk-hours-form'
import { useT } from '../../i18n'
import '../../features/hours/hours.css'

/** One week to many KEPs (a region's, a municipality's), with one preview for all. */
export function BulkHoursPage() {
  const t = useT()
  return (
    <div className="hours-page">
      <p className="govgr-body">
        <Link href="/hours" className="govgr-link">
          {t('hours.back')}
        </Link>
      </p>
      <h1>{t('hours.bulk.title')}</h1>
      <p className="govgr-body">{t('hours.bulk.intro')}</p>
      <BulkHoursForm />
    </div>
  )
}
