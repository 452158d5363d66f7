import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { formatLocalDate, RequestStatus, useLanguage, useLocalized } from '@keplive/ui'
import { Link } from 'wouter'
import { useRole } from '../../features/common/use-role'
import { participatingMunicipalitiesQuery } from '../../features/municipalities/operations'
import { useT } from '../../i18n'

/** The participating municipalities as the ministry sees them, each to suspend (ADMINISTRATOR). */
export function ParticipatingMunicipalitiesPage() {
  const t = useT()
  const role = useRole()
  const localized = useLocalized()
  const { language } = useLanguage()
  const { data, loading, error } = useQuery(participatingMunicipalitiesQuery)
  const municipalities = [...(data?.municipalities ?? [])].sort((a, b) =>
    localized(a.name).localeCompare(localized(b.name), language),
  )
  return (
    <>
      <h1>{t('muni.list.title')}</h1>
      <p className="govgr-body">{t('muni.list.intro')}</p>
      <p className="govgr-body">
        <Link className="govgr-link" href="/municipalities">
          {t('muni.list.queue')}
        </Link>
      </p>
      <RequestStatus loading={loading} error={apiErrorOf(error)} />
      {data ? (
        <div
          className="keplive-table-scroll"
          role="region"
          aria-labelledby="participating-caption"
          tabIndex={0}
        >
          <table className="data-table">
            <caption id="participating-caption">{t('muni.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('muni.list.col.name')}</th>
                <th scope="col">{t('muni.list.col.region')}</th>
                <th scope="col">{t('muni.list.col.joined')}</th>
                <th scope="col">{t('muni.list.col.keps')}</th>
                <th scope="col">{t('muni.list.col.procedures')}</th>
                {role === 'ADMINISTRATOR' ? <th scope="col">{t('muni.list.col.action')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {municipalities.map((municipality) => {
                const name = localized(municipality.name)
                return (
                  <tr key={municipality.id}>
                    <th scope="row">{name}</th>
                    <td>{localized(municipality.region)}</td>
                    <td>
                      {municipality.joinedOn
                        ? formatLocalDate(municipality.joinedOn, language)
                        : ''}
                    </td>
                    <td>{municipality.keps.length}</td>
                    <td>{municipality.procedures.length}</td>
                    {role === 'ADMINISTRATOR' ? (
                      <td>
                        <Link
                          className="govgr-link"
                          href={`/municipalities/${municipality.id}/suspend`}
                        >
                          {t('muni.list.suspend', { name })}
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  )
}
