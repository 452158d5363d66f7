import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import {
  BackLink,
  Button,
  ConfirmStep,
  Loading,
  Notice,
  RequestStatus,
  SummaryList,
  TextArea,
  useLocalized,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { useLocation, useParams } from 'wouter'
import type {
  MunicipalityApplication_ApplicationFragment,
  MunicipalityApplicationSection,
} from '../../gql/graphql'
import { useRole } from '../../features/common/use-role'
import { ApplicationSummary } from '../../features/municipalities/application-summary'
import {
  applicationQuery,
  approveApplicationMutation,
  rejectApplicationMutation,
  requestChangesMutation,
} from '../../features/municipalities/operations'
import { useT } from '../../i18n'
import { ApplicationHistory } from './application-page'
import { useExistingKeps } from './application-step-page'

const sections: MunicipalityApplicationSection[] = [
  'MUNICIPALITY',
  'CONTACT',
  'DECISION',
  'KEPS',
  'EMPLOYEES',
  'SERVICES',
]
const commentId = (section: string) => `review-comment-${section.toLowerCase()}`

type Mode = 'choose' | 'approve' | 'reject' | 'rejectConfirm' | 'changes' | 'changesConfirm'

function Decision({
  application,
  onDone,
}: {
  application: MunicipalityApplication_ApplicationFragment
  onDone: () => void
}) {
  const t = useT()
  const localized = useLocalized()
  const name = localized(application.municipalityName)
  const [mode, setMode] = useState<Mode>('choose')
  const [reason, setReason] = useState('')
  const [comments, setComments] = useState<Record<string, string>>({})
  const [missing, setMissing] = useState<string>()
  const refetchQueries = ['MunicipalityApplicationQueue', 'AdminParticipatingMunicipalities']
  const [approve, approving] = useMutation(approveApplicationMutation, { refetchQueries })
  const [reject, rejecting] = useMutation(rejectApplicationMutation, { refetchQueries })
  const [request, requesting] = useMutation(requestChangesMutation, { refetchQueries })
  const error = approving.error ?? rejecting.error ?? requesting.error
  const busy = approving.loading || rejecting.loading || requesting.loading
  const given = sections
    .map((section) => ({ section, comment: (comments[section] ?? '').trim() }))
    .filter((c) => c.comment !== '')
  // the server numbers the comments it was sent (those written), not the sections
  const fieldIds: Record<string, string> = {
    reason: 'review-reason',
    comments: commentId('MUNICIPALITY'),
    id: 'review-decision-title',
  }
  given.forEach((c, k) => {
    fieldIds[`comments[${k}]`] = commentId(c.section)
  })
  const errors = useFormErrors(error, fieldIds, 'review-decision-title')
  const back = () => setMode('choose')
  const commentError = (section: MunicipalityApplicationSection) => {
    const k = given.findIndex((c) => c.section === section)
    return k < 0
      ? undefined
      : (errors.field(`comments[${k}]`) ?? errors.field(`comments[${k}].comment`))
  }

  if (mode === 'approve')
    return (
      <ConfirmStep
        title={t('muni.review.approve.confirm', { name })}
        summary={<p className="govgr-body">{t('muni.review.approve.effect')}</p>}
        confirmLabel={t('muni.review.approve')}
        busy={busy}
        error={<FormErrorSummary errors={errors} />}
        onConfirm={() =>
          void approve({ variables: { id: application.id } }).then(onDone, () => undefined)
        }
        onCancel={back}
      />
    )
  if (mode === 'rejectConfirm')
    return (
      <ConfirmStep
        title={t('muni.review.reject.confirm', { name })}
        summary={<SummaryList rows={[{ key: t('muni.review.reject.reason'), value: reason }]} />}
        warning={t('muni.review.reject.warning')}
        tone="warning"
        confirmLabel={t('muni.review.reject')}
        busy={busy}
        error={<FormErrorSummary errors={errors} />}
        onConfirm={() =>
          void reject({ variables: { id: application.id, reason } }).then(onDone, () =>
            setMode('reject'),
          )
        }
        onCancel={() => setMode('reject')}
      />
    )
  if (mode === 'changesConfirm')
    return (
      <ConfirmStep
        title={t('muni.review.changes.confirm', { name })}
        summary={
          <SummaryList
            rows={given.map((c) => ({ key: t(`muni.section.${c.section}`), value: c.comment }))}
          />
        }
        confirmLabel={t('muni.review.requestChanges')}
        busy={busy}
        error={<FormErrorSummary errors={errors} />}
        onConfirm={() =>
          void request({ variables: { id: application.id, comments: given } }).then(onDone, () =>
            setMode('changes'),
          )
        }
        onCancel={() => setMode('changes')}
      />
    )
  if (mode === 'reject')
    return (
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          setMode('rejectConfirm')
        }}
        noValidate
      >
        <h2 className="govgr-heading-m">{t('muni.review.reject.title')}</h2>
        <FormErrorSummary errors={errors} />
        <TextArea
          id="review-reason"
          label={t('muni.review.reject.reason')}
          hint={t('muni.review.reject.reason.hint')}
          rows={4}
          value={reason}
          error={errors.field('reason')}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="admin-actions">
          <Button type="submit">{t('muni.review.reject.continue')}</Button>
          <Button variant="secondary" onClick={back}>
            {t('muni.review.cancel')}
          </Button>
        </div>
      </form>
    )
  if (mode === 'changes')
    return (
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          if (given.length === 0) return setMissing(t('muni.review.changes.needOne'))
          setMissing(undefined)
          setMode('changesConfirm')
        }}
        noValidate
      >
        <h2 className="govgr-heading-m">{t('muni.review.changes.title')}</h2>
        <p className="govgr-body">{t('muni.review.changes.intro')}</p>
        <FormErrorSummary
          errors={errors}
          extra={missing ? [{ fieldId: commentId('MUNICIPALITY'), message: missing }] : []}
        />
        {sections.map((section, i) => (
          <TextArea
            key={section}
            id={commentId(section)}
            label={t('muni.review.changes.comment', { section: t(`muni.section.${section}`) })}
            rows={3}
            value={comments[section] ?? ''}
            error={commentError(section) ?? (i === 0 ? missing : undefined)}
            onChange={(e) => setComments((c) => ({ ...c, [section]: e.target.value }))}
          />
        ))}
        <div className="admin-actions">
          <Button type="submit">{t('muni.review.changes.continue')}</Button>
          <Button variant="secondary" onClick={back}>
            {t('muni.review.cancel')}
          </Button>
        </div>
      </form>
    )
  return (
    <div className="admin-actions">
      <Button onClick={() => setMode('approve')}>{t('muni.review.approve')}</Button>
      <Button variant="secondary" onClick={() => setMode('changes')}>
        {t('muni.review.requestChanges')}
      </Button>
      <Button variant="warning" onClick={() => setMode('reject')}>
        {t('muni.review.reject')}
      </Button>
    </div>
  )
}

/**
 * The ministry's review of an application: everything submitted, section by section, with its
 * course; then approve, reject (with a reason) or request changes (a comment per section), each
 * confirmed first. AUDITORs and OPERATORs see it without the actions (the server refuses them
 * anyway), and nobody decides on an application they started themselves.
 */
export function ApplicationReviewPage() {
  const params = useParams<{ id: string }>()
  const t = useT()
  const localized = useLocalized()
  const role = useRole()
  const [, navigate] = useLocation()
  const { data, loading, error } = useQuery(applicationQuery, { variables: { id: params.id } })
  const application = data?.municipalityApplication
  const existingKeps = useExistingKeps(application?.municipalityId)
  const [decided, setDecided] = useState(false)
  if (!application) {
    if (loading) return <Loading />
    return <RequestStatus loading={false} error={apiErrorOf(error)} />
  }
  const name = localized(application.municipalityName)
  return (
    <>
      <BackLink onClick={() => navigate('/municipalities')}>{t('muni.review.back')}</BackLink>
      <h1>{t('muni.review.title', { name })}</h1>
      {['APPROVED', 'REJECTED', 'CHANGES_REQUESTED'].includes(application.status) && decided ? (
        <Notice
          tone="success"
          title={t(
            `muni.review.done.${application.status as 'APPROVED' | 'REJECTED' | 'CHANGES_REQUESTED'}`,
          )}
        />
      ) : null}
      <SummaryList
        rows={[
          { key: t('muni.application.status'), value: t(`muni.status.${application.status}`) },
          ...(application.decisionNote
            ? [{ key: t('muni.application.reason'), value: application.decisionNote }]
            : []),
        ]}
      />
      <ApplicationSummary application={application} existingKeps={existingKeps} />
      <ApplicationHistory application={application} />
      <section aria-labelledby="review-decision-title">
        <h2 className="govgr-heading-m" id="review-decision-title" tabIndex={-1}>
          {t('muni.review.decision')}
        </h2>
        {role !== 'ADMINISTRATOR' ? (
          <p className="govgr-body">{t('muni.review.auditor')}</p>
        ) : application.startedByMe ? (
          <p className="govgr-body">{t('muni.review.own')}</p>
        ) : application.status !== 'SUBMITTED' ? (
          <p className="govgr-body">
            {t('muni.review.notPending', { status: t(`muni.status.${application.status}`) })}
          </p>
        ) : (
          <Decision application={application} onDone={() => setDecided(true)} />
        )}
      </section>
    </>
  )
}
