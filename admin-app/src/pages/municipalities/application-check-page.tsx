import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import {
  BackLink,
  Button,
  ConfirmationPanel,
  Loading,
  RequestStatus,
  StepProgress,
} from '@keplive/ui'
import { Link, useLocation, useParams } from 'wouter'
import {
  ApplicationSummary,
  summaryTargetOf,
} from '../../features/municipalities/application-summary'
import { steps } from '../../features/municipalities/application-values'
import {
  applicationQuery,
  submitApplicationMutation,
} from '../../features/municipalities/operations'
import { useT } from '../../i18n'
import { editableStatuses, useExistingKeps } from './application-step-page'

/**
 * Check your answers (GOV.GR): everything entered, section by section with "Change" actions,
 * then Submit. The server checks the whole application; a refusal lists each problem in the
 * error summary (it takes focus), each line leading to the "Change" action of its section.
 */
export function ApplicationCheckPage() {
  const params = useParams<{ id: string }>()
  const t = useT()
  const [, navigate] = useLocation()
  const { data, loading, error } = useQuery(applicationQuery, { variables: { id: params.id } })
  const [submit, submitted] = useMutation(submitApplicationMutation, {
    refetchQueries: ['MyMunicipalityApplications'],
  })
  const application = data?.municipalityApplication
  const existingKeps = useExistingKeps(application?.municipalityId)
  const problems = apiErrorOf(submitted.error)?.fields ?? []
  const fieldIds = Object.fromEntries(problems.map((p) => [p.field, summaryTargetOf(p.field)]))
  const errors = useFormErrors(submitted.error, fieldIds, 'muni-summary-municipality')
  if (!application) {
    if (loading) return <Loading />
    return <RequestStatus loading={false} error={apiErrorOf(error)} />
  }
  const base = `/municipality/applications/${application.id}`
  if (submitted.data)
    return (
      <>
        <ConfirmationPanel title={t('muni.check.submitted')}>
          {t('muni.check.submitted.body')}
        </ConfirmationPanel>
        <p className="govgr-body">
          <Link className="govgr-link" href={base}>
            {t('muni.step.toApplication')}
          </Link>
        </p>
      </>
    )
  if (!editableStatuses.includes(application.status))
    return (
      <p className="govgr-body">
        <Link className="govgr-link" href={base}>
          {t('muni.step.toApplication')}
        </Link>
      </p>
    )

  return (
    <>
      <BackLink onClick={() => navigate(`${base}/${steps[steps.length - 1]}`)} />
      <StepProgress
        current={steps.length + 1}
        total={steps.length + 1}
        label={t('muni.check.title')}
      />
      <h1>{t('muni.check.title')}</h1>
      <p className="govgr-body">{t('muni.check.intro')}</p>
      <FormErrorSummary errors={errors} />
      <ApplicationSummary
        application={application}
        existingKeps={existingKeps}
        onChange={(step) => navigate(`${base}/${step}`)}
      />
      <Button
        disabled={submitted.loading}
        onClick={() => void submit({ variables: { id: application.id } }).catch(() => undefined)}
      >
        {t('muni.check.submit')}
      </Button>
    </>
  )
}
