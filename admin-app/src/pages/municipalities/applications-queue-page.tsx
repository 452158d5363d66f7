import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Button, formatDateTime, RequestStatus, useLanguage, useLocalized } from '@keplive/ui'
import { useState } from 'react'
import { Link, useSearch } from 'wouter'
import type { MunicipalityApplicationStatus } from '../../gql/graphql'
import { applicationQueueQuery } from '../../features/municipalities/operations'
import { useT } from '../../i18n'

const tabs = {
  new: ['SUBMITTED'],
  changes: ['CHANGES_REQUESTED'],
  approved: ['APPROVED'],
  rejected: ['REJECTED'],
} as const satisfies Record<string, readonly MunicipalityApplicationStatus[]>
type Tab = keyof typeof tabs
const tabNames = Object.keys(tabs) as Tab[]

/**
 * The ministry's queue of applications to join (R5.1): by status (new, changes requested,
 * approved, rejected; the tab is in the address), oldest submission first, each opening its
 * review.
 */
export function ApplicationsQueuePage() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const search = useSearch()
  const asked = new URLSearchParams(search).get('status')
  const tab: Tab = tabNames.find((name) => name === asked) ?? 'new'
  const [cursors, setCursors] = useState<(string | null)[]>([null])
  const after = cursors[cursors.length - 1] ?? null
  const { data, loading, error } = useQuery(applicationQueueQuery, {
    variables: { filter: { statuses: [...tabs[tab]] }, after },
  })
  const page = data?.municipalityApplications
  const caption = t('muni.queue.caption', { tab: t(`muni.queue.tab.${tab}`) })
  return (
    <>
      <h1>{t('muni.queue.title')}</h1>
      <p className="govgr-body">{t('muni.queue.intro')}</p>
      <p className="govgr-body">
        <Link className="govgr-link" href="/municipalities/participating">
          {t('muni.queue.participating')}
        </Link>
      </p>
      <nav aria-label={t('muni.queue.tabs')}>
        <ul className="muni-tabs">
          {tabNames.map((name) => (
            <li key={name}>
              <Link
                className={`govgr-link muni-tabs__link${name === tab ? ' muni-tabs__link--current' : ''}`}
                href={`/municipalities?status=${name}`}
                aria-current={name === tab ? 'page' : undefined}
                onClick={() => setCursors([null])}
              >
                {t(`muni.queue.tab.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <RequestStatus loading={loading} error={apiErrorOf(error)} />
      {page ? (
        <>
          <p className="govgr-body" role="status">
            {t('muni.queue.count', { count: page.totalCount })}
          </p>
          {page.nodes.length === 0 ? (
            <p className="govgr-body">{t('muni.queue.empty')}</p>
          ) : (
            <div
              className="keplive-table-scroll"
              role="region"
              aria-labelledby="queue-caption"
              tabIndex={0}
            >
              <table className="data-table">
                <caption id="queue-caption">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('muni.queue.col.municipality')}</th>
                    <th scope="col">{t('muni.queue.col.region')}</th>
                    <th scope="col">{t('muni.queue.col.submitted')}</th>
                    <th scope="col">{t('muni.queue.col.services')}</th>
                    <th scope="col">{t('muni.queue.col.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.nodes.map((application) => (
                    <tr key={application.id}>
                      <th scope="row">
                        <Link
                          className="govgr-link"
                          href={`/municipalities/applications/${application.id}`}
                        >
                          {localized(application.municipalityName)}
                        </Link>
                      </th>
                      <td>{localized(application.municipalityRegion)}</td>
                      <td>
                        {application.submittedAt
                          ? formatDateTime(application.submittedAt, language)
                          : ''}
                      </td>
                      <td>{application.services.length}</td>
                      <td>{t(`muni.status.${application.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="admin-pager">
            {cursors.length > 1 ? (
              <Button variant="secondary" onClick={() => setCursors((c) => c.slice(0, -1))}>
                {t('paged.previous')}
              </Button>
            ) : null}
            {page.endCursor && page.nodes.length > 0 ? (
              <Button
                variant="secondary"
                onClick={() => setCursors((c) => [...c, page.endCursor ?? null])}
              >
                {t('paged.next')}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </>
  )
}
