import { useMutation, useQuery } from '@apollo/client/react'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { BackLink, Button, Loading, Notice, RequestStatus, StepProgress } from '@keplive/ui'
import { apiErrorOf } from '@keplive/api'
import { useState, type FormEvent } from 'react'
import { Link, useLocation, useParams } from 'wouter'
import type { MunicipalityApplication_ApplicationFragment } from '../../gql/graphql'
import { SectionComment } from '../../features/municipalities/application-summary'
import { fieldIdsOf, stepComponents } from '../../features/municipalities/application-steps'
import {
  sectionInput,
  sectionOfStep,
  steps,
  valuesOf,
  type StepName,
} from '../../features/municipalities/application-values'
import {
  applicationChoicesQuery,
  applicationQuery,
  saveApplicationMutation,
} from '../../features/municipalities/operations'
import { useT } from '../../i18n'

export const editableStatuses = ['DRAFT', 'CHANGES_REQUESTED']

/** The municipality's KEPs as the application's KEP step offers them. */
export function useExistingKeps(municipalityId: string | undefined) {
  const { data } = useQuery(applicationChoicesQuery)
  return data?.municipalities.find((m) => m.id === municipalityId)?.keps ?? []
}

function StepForm({
  application,
  step,
}: {
  application: MunicipalityApplication_ApplicationFragment
  step: StepName
}) {
  const t = useT()
  const [, navigate] = useLocation()
  const [values, setValues] = useState(() => valuesOf(application))
  const existingKeps = useExistingKeps(application.municipalityId)
  const [save, { loading, error }] = useMutation(saveApplicationMutation, {
    refetchQueries: ['MyMunicipalityApplications'],
  })
  const errors = useFormErrors(error, fieldIdsOf(step, values), 'app-step-title')
  const index = steps.indexOf(step)
  const base = `/municipality/applications/${application.id}`
  const next = index + 1 < steps.length ? `${base}/${steps[index + 1]}` : `${base}/check`
  const comment = application.reviewComments.find((c) => c.section === sectionOfStep[step])
  const Step = stepComponents[step]

  const saveAnd = async (to: string) => {
    try {
      const { data } = await save({
        variables: { input: { id: application.id, ...sectionInput(step, values) } },
      })
      if (data) navigate(to)
    } catch {
      // shown by the form from `error`
    }
  }

  return (
    <>
      <BackLink onClick={() => navigate(index === 0 ? '/' : `${base}/${steps[index - 1]}`)} />
      <StepProgress
        current={index + 1}
        total={steps.length + 1}
        label={t(`muni.step.${step}.title`)}
      />
      <h1 id="app-step-title" tabIndex={-1}>
        {t(`muni.step.${step}.title`)}
      </h1>
      <SectionComment comment={comment?.comment} />
      <p className="govgr-body">
        <Link className="govgr-link" href="/municipality/manual">
          {t('muni.step.manualLink')}
        </Link>
      </p>
      <form onSubmit={(e: FormEvent) => (e.preventDefault(), void saveAnd(next))} noValidate>
        <FormErrorSummary errors={errors} />
        <Step values={values} setValues={setValues} errors={errors} existingKeps={existingKeps} />
        <div className="admin-actions muni-step-actions">
          <Button type="submit" disabled={loading}>
            {t('muni.step.saveContinue')}
          </Button>
          <Button variant="secondary" disabled={loading} onClick={() => void saveAnd('/?saved=1')}>
            {t('muni.step.saveLater')}
          </Button>
        </div>
      </form>
    </>
  )
}

/**
 * One question page of the application (R5.1, R5.2): the section's inputs, saved as a draft on
 * "continue" or "continue later", the server's refusals field by field (the error summary takes
 * focus); the reviewer's comment on the section when changes were requested.
 */
export function ApplicationStepPage() {
  const params = useParams<{ id: string; step: string }>()
  const t = useT()
  const step = steps.find((s) => s === params.step)
  const { data, loading, error } = useQuery(applicationQuery, { variables: { id: params.id } })
  const application = data?.municipalityApplication
  if (!application) {
    if (loading) return <Loading />
    return <RequestStatus loading={false} error={apiErrorOf(error)} />
  }
  if (!step || !editableStatuses.includes(application.status))
    return (
      <>
        <h1>{t('muni.check.title')}</h1>
        <Notice
          title={t('muni.step.notEditable', { status: t(`muni.status.${application.status}`) })}
        >
          <Link className="govgr-link" href={`/municipality/applications/${application.id}`}>
            {t('muni.step.toApplication')}
          </Link>
        </Notice>
      </>
    )
  // a new form per step and per application: its values start from what was saved
  return <StepForm key={`${application.id}:${step}`} application={application} step={step} />
}
