import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { ImpactSummary } from '@keplive/kep-admin'
import { BackLink, Notice, RequestStatus, useLocalized } from '@keplive/ui'
import { useState } from 'react'
import { useLocation } from 'wouter'
import type { MunicipalityImpact_ImpactFragment } from '../../gql/graphql'
import { MunicipalityLeave } from '../../features/municipalities/municipality-leave'
import { myMunicipalityQuery } from '../../features/municipalities/operations'
import { useT } from '../../i18n'

/** The officer withdraws their municipality from a date, impact previewed first. */
export function WithdrawMunicipalityPage() {
  const t = useT()
  const localized = useLocalized()
  const [, navigate] = useLocation()
  const { data, loading, error } = useQuery(myMunicipalityQuery)
  const [done, setDone] = useState<MunicipalityImpact_ImpactFragment>()
  const municipality = data?.myMunicipality
  if (!municipality) return <RequestStatus loading={loading} error={apiErrorOf(error)} />
  const name = localized(municipality.name)
  return (
    <>
      <BackLink onClick={() => navigate('/')}>{t('muni.application.back')}</BackLink>
      <h1>{t('muni.leave.withdraw.title', { name })}</h1>
      {done ? (
        <>
          <Notice tone="success" title={t('muni.leave.done.withdraw')} />
          <ImpactSummary impact={done} />
        </>
      ) : (
        <MunicipalityLeave
          leaving="withdraw"
          municipality={{ id: municipality.id, name }}
          onDone={setDone}
          onCancel={() => navigate('/')}
        />
      )}
    </>
  )
}
