import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  formatDateTime,
  formatLocalDate,
  RequestStatus,
  SummaryList,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { Link } from 'wouter'
import { useAppRole } from '../../features/common/use-role'
import { myApplicationsQuery, myMunicipalityQuery } from '../../features/municipalities/operations'
import { useT } from '../../i18n'

/** Where an application opens: the step to go on with while it can change, else its page. */
export const applicationHref = (application: { id: string; status: string }) =>
  application.status === 'DRAFT'
    ? `/municipality/applications/${application.id}/contact`
    : `/municipality/applications/${application.id}`

function MyMunicipality() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const { data, loading, error } = useQuery(myMunicipalityQuery)
  const municipality = data?.myMunicipality
  if (!municipality) return <RequestStatus loading={loading} error={apiErrorOf(error)} />
  const participation = municipality.participation.toLowerCase()
  return (
    <section aria-labelledby="my-municipality-title">
      <h2 className="govgr-heading-m" id="my-municipality-title">
        {localized(municipality.name)}
      </h2>
      <SummaryList
        rows={[
          { key: t('muni.summary.region'), value: localized(municipality.region) },
          {
            key: t('muni.home.participation'),
            value: t(
              participation === 'participating' ||
                participation === 'suspended' ||
                participation === 'withdrawn' ||
                participation === 'applied'
                ? `muni.participation.${participation}`
                : 'muni.participation.none',
            ),
          },
          ...(municipality.joinedOn
            ? [
                {
                  key: t('muni.home.joinedOn'),
                  value: formatLocalDate(municipality.joinedOn, language),
                },
              ]
            : []),
          ...(municipality.leavesOn
            ? [
                {
                  key: t('muni.home.leavesOn'),
                  value: formatLocalDate(municipality.leavesOn, language),
                },
              ]
            : []),
        ]}
      />
      <ul className="govgr-list">
        <li>
          <Link className="govgr-link" href="/municipality/procedures">
            {t('muni.home.procedures')}
          </Link>
        </li>
        <li>
          <Link className="govgr-link" href="/municipality/usage">
            {t('muni.home.usage')}
          </Link>
        </li>
        {participation === 'participating' ? (
          <li>
            <Link className="govgr-link" href="/municipality/withdraw">
              {t('muni.home.withdraw')}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  )
}

/**
 * The municipality's home (issue 18): an officer's municipality and what they can do for it;
 * for anyone of the public administration, their applications to join (continue a draft, follow
 * a submitted one) and a new one.
 */
export function MunicipalityHomePage() {
  const t = useT()
  const role = useAppRole()
  const localized = useLocalized()
  const { language } = useLanguage()
  const { data, loading, error } = useQuery(myApplicationsQuery)
  const applications = data?.myMunicipalityApplications ?? []
  return (
    <>
      <h1>{t('muni.home.title')}</h1>
      <p className="govgr-body">{t('muni.home.intro')}</p>
      <p className="govgr-body">
        <Link className="govgr-link" href="/municipality/manual">
          {t('muni.home.manual')}
        </Link>
      </p>
      {role === 'OFFICER' ? <MyMunicipality /> : null}
      <section aria-labelledby="my-applications-title">
        <h2 className="govgr-heading-m" id="my-applications-title">
          {t('muni.home.applications')}
        </h2>
        <RequestStatus loading={loading} error={apiErrorOf(error)} />
        {data && applications.length === 0 ? (
          <p className="govgr-body">{t('muni.home.noApplications')}</p>
        ) : null}
        {applications.length > 0 ? (
          <div
            className="keplive-table-scroll"
            role="region"
            aria-labelledby="my-applications-caption"
            tabIndex={0}
          >
            <table className="data-table">
              <caption id="my-applications-caption">{t('muni.home.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('muni.home.col.municipality')}</th>
                  <th scope="col">{t('muni.home.col.status')}</th>
                  <th scope="col">{t('muni.home.col.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {applications.map((application) => {
                  const name = localized(application.municipalityName)
                  return (
                    <tr key={application.id}>
                      <th scope="row">
                        <Link className="govgr-link" href={applicationHref(application)}>
                          {t(
                            application.status === 'DRAFT'
                              ? 'muni.home.continue'
                              : 'muni.home.view',
                            { name },
                          )}
                        </Link>
                      </th>
                      <td>{t(`muni.status.${application.status}`)}</td>
                      <td>{formatDateTime(application.updatedAt, language)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        <Link className="govgr-btn govgr-btn-primary" href="/municipality/apply">
          {t('muni.home.start')}
        </Link>
      </section>
    </>
  )
}
