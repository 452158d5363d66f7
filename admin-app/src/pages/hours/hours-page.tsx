import { useQuery } from '@apollo/client/react'
import { Button, Loading, SelectField, useLocalized } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import { hoursKepsQuery } from '../../features/hours/hours-operations'
import { useRole } from '../../features/common/use-role'
import { useT } from '../../i18n'
import '../../features/hours/hours.css'

/** Opening hours: choose a KEP (its weekly hours, closures, extraordinary hours), or bulk. */
export function HoursPage() {
  const t = useT()
  const localized = useLocalized()
  const role = useRole()
  const [, navigate] = useLocation()
  const { data, loading } = useQuery(hoursKepsQuery)
  const [kepId, setKepId] = useState('')
  const [missing, setMissing] = useState(false)
  const open = (event: FormEvent) => {
    event.preventDefault()
    if (!kepId) return setMissing(true)
    navigate(`/hours/${kepId}`)
  }
  return (
    <div className="hours-page">
      <h1>{t('hours.title')}</h1>
      <p className="govgr-body">{t('hours.intro')}</p>
      {loading && !data ? <Loading /> : null}
      <form onSubmit={open} noValidate>
        <SelectField
          id="hours-kep"
          label={t('hours.kep')}
          value={kepId}
          error={missing && !kepId ? t('hours.kep.required') : undefined}
          onChange={(e) => setKepId(e.target.value)}
          options={[
            { value: '', label: t('hours.bulk.choose') },
            ...(data?.keps ?? []).map((k) => ({
              value: k.id,
              label: `${k.code} · ${localized(k.name)} (${localized(k.municipality.name)})`,
            })),
          ]}
        />
        <Button type="submit">{t('hours.kep.open')}</Button>
      </form>
      {role === 'ADMINISTRATOR' || role === 'OPERATOR' ? (
        <p className="govgr-body">
          <Link href="/hours/bulk" className="govgr-link">
            {t('hours.bulk.link')}
          </Link>
        </p>
      ) : null}
    </div>
  )
}
