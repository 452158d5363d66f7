import { useQuery } from '@apollo/client/react'
import { ImpactSummary } from '@keplive/kep-admin'
import { BackLink, Loading, Notice, useLocalized } from '@keplive/ui'
import { useState } from 'react'
import { useLocation, useParams } from 'wouter'
import type { MunicipalityImpact_ImpactFragment } from '../../gql/graphql'
import { MunicipalityLeave } from '../../features/municipalities/municipality-leave'
import { participatingMunicipalitiesQuery } from '../../features/municipalities/operations'
import { useT } from '../../i18n'

/** An administrator suspends a participating municipality from a date, impact previewed first. */
export function SuspendMunicipalityPage() {
  const params = useParams<{ id: string }>()
  const t = useT()
  const localized = useLocalized()
  const [, navigate] = useLocation()
  const { data, loading } = useQuery(participatingMunicipalitiesQuery)
  // after the change the municipality is no longer on the list: the outcome keeps its name
  const [done, setDone] = useState<{ impact: MunicipalityImpact_ImpactFragment; name: string }>()
  const municipality = data?.municipalities.find((m) => m.id === params.id)
  const shown = done?.name ?? (municipality ? localized(municipality.name) : '')
  if (!municipality && !done) return loading ? <Loading /> : <h1>{t('notFound.title')}</h1>
  return (
    <>
      <BackLink onClick={() => navigate('/municipalities/participating')}>
        {t('muni.leave.back')}
      </BackLink>
      <h1>{t('muni.leave.suspend.title', { name: shown })}</h1>
      {done ? (
        <>
          <Notice tone="success" title={t('muni.leave.done.suspend')} />
          <ImpactSummary impact={done.impact} />
        </>
      ) : municipality ? (
        <MunicipalityLeave
          leaving="suspend"
          municipality={{ id: municipality.id, name: shown }}
          onDone={(impact) => setDone({ impact, name: shown })}
          onCancel={() => navigate('/municipalities/participating')}
        />
      ) : null}
    </>
  )
}
