import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import {
  BackLink,
  Button,
  ConfirmStep,
  formatDateTime,
  Loading,
  Notice,
  RequestStatus,
  SummaryList,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { useState } from 'react'
import { Link, useLocation, useParams } from 'wouter'
import type { MunicipalityApplication_ApplicationFragment } from '../../gql/graphql'
import { ApplicationSummary } from '../../features/municipalities/application-summary'
import {
  applicationQuery,
  withdrawApplicationMutation,
} from '../../features/municipalities/operations'
import { useT } from '../../i18n'
import { useExistingKeps } from './application-step-page'

/** The application's course: each status it went through, when, and a rejection's reason. */
export function ApplicationHistory({
  application,
}: {
  application: MunicipalityApplication_ApplicationFragment
}) {
  const t = useT()
  const { language } = useLanguage()
  return (
    <div
      className="keplive-table-scroll"
      role="region"
      aria-labelledby="application-history-caption"
      tabIndex={0}
    >
      <table className="data-table">
        <caption id="application-history-caption">{t('muni.application.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('muni.application.history.at')}</th>
            <th scope="col">{t('muni.application.history.status')}</th>
            <th scope="col">{t('muni.application.history.note')}</th>
          </tr>
        </thead>
        <tbody>
          {application.history.map((event, i) => (
            <tr key={i}>
              <td>{formatDateTime(event.at, language)}</td>
              <td>{t(`muni.status.${event.status}`)}</td>
              <td>{event.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * An application as its applicant follows it: its status and what to do next (continue a
 * draft; correct it when changes were requested, the comments under each section), everything
 * it says, read-only once submitted, and the withdrawal (confirmed first) while undecided.
 */
export function ApplicationPage() {
  const params = useParams<{ id: string }>()
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const [, navigate] = useLocation()
  const [confirming, setConfirming] = useState(false)
  const { data, loading, error } = useQuery(applicationQuery, { variables: { id: params.id } })
  const [withdraw, withdrawn] = useMutation(withdrawApplicationMutation, {
    refetchQueries: ['MyMunicipalityApplications'],
  })
  const withdrawErrors = useFormErrors(withdrawn.error, {})
  const application = data?.municipalityApplication
  const existingKeps = useExistingKeps(application?.municipalityId)
  if (!application) {
    if (loading) return <Loading />
    return <RequestStatus loading={false} error={apiErrorOf(error)} />
  }
  const name = localized(application.municipalityName)
  const status = application.status
  const base = `/municipality/applications/${application.id}`
  const canWithdraw = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'].includes(status)

  return (
    <>
      <BackLink onClick={() => navigate('/')}>{t('muni.application.back')}</BackLink>
      <h1>{t('muni.application.title', { name })}</h1>
      {withdrawn.data ? <Notice tone="success" title={t('muni.application.withdrawn')} /> : null}
      <SummaryList
        rows={[
          { key: t('muni.application.status'), value: t(`muni.status.${status}`) },
          ...(application.submittedAt
            ? [
                {
                  key: t('muni.application.submittedAt'),
                  value: formatDateTime(application.submittedAt, language),
                },
              ]
            : []),
          ...(status === 'REJECTED' && application.decisionNote
            ? [{ key: t('muni.application.reason'), value: application.decisionNote }]
            : []),
        ]}
      />
      {status === 'DRAFT' ? (
        <Notice title={t('muni.application.draft')}>
          <Link className="govgr-link" href={`${base}/contact`}>
            {t('muni.application.continue')}
          </Link>
        </Notice>
      ) : status === 'CHANGES_REQUESTED' ? (
        <Notice title={t('muni.application.changesRequested')}>
          <Link className="govgr-link" href={`${base}/check`}>
            {t('muni.application.edit')}
          </Link>
        </Notice>
      ) : status === 'SUBMITTED' ? (
        <p className="govgr-body">{t('muni.application.readOnly')}</p>
      ) : status === 'APPROVED' ? (
        <Notice tone="success" title={t('muni.application.approved')} />
      ) : status === 'REJECTED' ? (
        <p className="govgr-body">{t('muni.application.rejected')}</p>
      ) : (
        <p className="govgr-body">{t('muni.application.withdrawnNote')}</p>
      )}

      <ApplicationSummary application={application} existingKeps={existingKeps} />
      <ApplicationHistory application={application} />

      {canWithdraw ? (
        confirming ? (
          <ConfirmStep
            title={t('muni.application.withdraw.confirm', { name })}
            warning={t('muni.application.withdraw.warning')}
            tone="warning"
            confirmLabel={t('muni.application.withdraw')}
            busy={withdrawn.loading}
            error={<FormErrorSummary errors={withdrawErrors} />}
            onConfirm={() =>
              void withdraw({ variables: { id: application.id } }).then(
                () => setConfirming(false),
                () => undefined,
              )
            }
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <Button variant="warning" onClick={() => setConfirming(true)}>
            {t('muni.application.withdraw')}
          </Button>
        )
      ) : null}
    </>
  )
}
