import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
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
import { Link, useLocation, useParams, useSearch } from 'wouter'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { useRole } from '../../features/common/use-role'
import {
  ProcedureForm,
  emptyProcedure,
  type ProcedureValues,
} from '../../features/procedures/procedure-form'
import {
  adminProcedureQuery,
  createProcedureMutation,
  procedureChoicesQuery,
  restoreProcedureMutation,
  retireProcedureMutation,
  updateProcedureMutation,
} from '../../features/procedures/procedure-operations'
import { ProcedurePdf } from '../../features/procedures/procedure-pdf'
import type { AdminProcedureQuery } from '../../gql/graphql'
import { useT } from '../../i18n'

type Procedure = NonNullable<AdminProcedureQuery['adminProcedure']>

/** The fields both creating and editing send. */
function inputOf(values: ProcedureValues) {
  return {
    code: values.code,
    titleEl: values.titleEl,
    titleEn: values.titleEn,
    descriptionEl: values.descriptionEl,
    descriptionEn: values.descriptionEn,
    requiredDocumentsEl: values.documents.map((d) => d.el),
    requiredDocumentsEn: values.documents.map((d) => d.en),
    formUrl: values.formUrl.trim() === '' ? null : values.formUrl,
  }
}

function valuesOf(p: Procedure): ProcedureValues {
  return {
    category: p.category.code,
    municipalityId: p.municipality?.id ?? '',
    code: p.code,
    titleEl: p.titleEl,
    titleEn: p.titleEn,
    descriptionEl: p.descriptionEl,
    descriptionEn: p.descriptionEn,
    documents: p.requiredDocumentsEl.map((el, i) => ({ el, en: p.requiredDocumentsEn[i] ?? '' })),
    formUrl: p.formUrl ?? '',
  }
}

function BackToList() {
  const t = useT()
  return (
    <p>
      <Link className="govgr-back-link" href="/procedures">
        {t('procedure.back')}
      </Link>
    </p>
  )
}

/** A new procedure of a national table or of a municipality's (ADMINISTRATORs). */
export function NewProcedurePage() {
  const t = useT()
  const [, navigate] = useLocation()
  const choices = useQuery(procedureChoicesQuery)
  const [create, creation] = useMutation(createProcedureMutation, {
    refetchQueries: ['AdminProcedures'],
  })
  const submit = async (values: ProcedureValues) => {
    const res = await create({
      variables: {
        input: {
          ...inputOf(values),
          // an empty choice is sent as it is: the server names the field that needs it
          category: (values.category || 'INFORMATION') as never,
          municipalityId: values.municipalityId || null,
        },
      },
    }).catch(() => undefined)
    const id = res?.data?.createProcedure.procedure.id
    if (id) navigate(`/procedures/${id}?created=1`)
  }
  const failure = apiErrorOf(choices.error)
  return (
    <>
      <BackToList />
      <h1>{t('procedure.new.title')}</h1>
      <RequestStatus
        loading={choices.loading}
        error={failure && { kind: failure.kind, code: failure.code, messages: failure.messages }}
      />
      {choices.data ? (
        <ProcedureForm
          initial={{ ...emptyProcedure, category: choices.data.serviceCategories[0]?.code ?? '' }}
          choices={choices.data}
          submitLabel={t('procedure.create')}
          busy={creation.loading}
          error={creation.error}
          onSubmit={(values) => void submit(values)}
        />
      ) : null}
    </>
  )
}

/** One procedure: its texts (editable by ADMINISTRATORs), retire/restore, its form. */
export function ProcedurePage() {
  const t = useT()
  const { id = '' } = useParams<{ id: string }>()
  const created = new URLSearchParams(useSearch()).has('created')
  const { data, loading, error, refetch } = useQuery(adminProcedureQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  })
  const failure = apiErrorOf(error)
  const procedure = data?.adminProcedure
  if (!procedure) {
    return (
      <>
        <BackToList />
        {failure?.code === 'NOT_FOUND' ? (
          <>
            <h1>{t('procedure.notFound')}</h1>
          </>
        ) : loading ? (
          <Loading />
        ) : (
          <RequestStatus
            loading={false}
            error={
              failure && { kind: failure.kind, code: failure.code, messages: failure.messages }
            }
          />
        )}
      </>
    )
  }
  return (
    <ProcedureDetails
      key={procedure.id}
      procedure={procedure}
      created={created}
      refetch={() => void refetch()}
    />
  )
}

function ProcedureDetails({
  procedure,
  created,
  refetch,
}: {
  procedure: Procedure
  created: boolean
  refetch: () => void
}) {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR'
  const [notice, setNotice] = useState<string | undefined>(
    created ? t('procedure.created') : undefined,
  )
  const [confirming, setConfirming] = useState(false)
  const [update, updating] = useMutation(updateProcedureMutation, {
    refetchQueries: ['AdminProcedure', 'AdminProcedures'],
    awaitRefetchQueries: true,
  })
  const [retire, retiring] = useMutation(retireProcedureMutation, {
    refetchQueries: ['AdminProcedure', 'AdminProcedures'],
    awaitRefetchQueries: true,
  })
  const [restore, restoring] = useMutation(restoreProcedureMutation, {
    refetchQueries: ['AdminProcedure', 'AdminProcedures'],
    awaitRefetchQueries: true,
  })
  const stateChange = procedure.active ? retiring : restoring
  const stateErrors = useFormErrors(stateChange.error, {})

  const save = async (values: ProcedureValues) => {
    const res = await update({ variables: { id: procedure.id, input: inputOf(values) } }).catch(
      () => undefined,
    )
    if (res?.data) setNotice(t('procedure.saved'))
  }
  const changeState = async () => {
    const res = await (procedure.active ? retire : restore)({
      variables: { id: procedure.id },
    }).catch(() => undefined)
    if (!res?.data) return
    setConfirming(false)
    setNotice(t(procedure.active ? 'procedure.retired' : 'procedure.restored'))
  }

  const table = procedure.municipality
    ? localized(procedure.municipality.name)
    : t('procedures.national')
  return (
    <>
      <BackToList />
      <h1>{t('procedure.edit.title', { code: procedure.code })}</h1>
      {notice ? <Notice tone="success" title={notice} /> : null}
      {procedure.lastChange ? (
        <p className="keplive-audit-line">
          {procedure.lastChange.byName
            ? t('audit.lastChange', {
                actor: procedure.lastChange.byName,
                at: formatDateTime(procedure.lastChange.at, language),
              })
            : t('audit.lastChange.system', {
                at: formatDateTime(procedure.lastChange.at, language),
              })}
        </p>
      ) : (
        <p className="keplive-audit-line">{t('audit.never')}</p>
      )}
      {!procedure.active ? <Notice title={t('procedure.retiredNote')} /> : null}
      <SummaryList
        rows={[
          { key: t('procedure.field.category'), value: localized(procedure.category.name) },
          { key: t('procedures.col.table'), value: table },
          {
            key: t('procedures.col.state'),
            value: procedure.active ? t('procedures.active') : t('procedures.retired'),
          },
        ]}
      />
      {canChange ? (
        <ProcedureForm
          initial={valuesOf(procedure)}
          submitLabel={t('procedure.save')}
          busy={updating.loading}
          error={updating.error}
          onSubmit={(values) => void save(values)}
        />
      ) : (
        <>
          <p>{t('procedure.readOnly')}</p>
          <SummaryList
            rows={[
              { key: t('procedure.field.code'), value: procedure.code },
              {
                key: t('procedure.field.titleEl'),
                value: <span lang="el">{procedure.titleEl}</span>,
              },
              {
                key: t('procedure.field.titleEn'),
                value: <span lang="en">{procedure.titleEn}</span>,
              },
              {
                key: t('procedure.field.descriptionEl'),
                value: <span lang="el">{procedure.descriptionEl}</span>,
              },
              {
                key: t('procedure.field.descriptionEn'),
                value: <span lang="en">{procedure.descriptionEn}</span>,
              },
              {
                key: t('procedure.documents'),
                value: procedure.requiredDocumentsEl.length ? (
                  <ul className="govgr-list">
                    {procedure.requiredDocumentsEl.map((el, i) => (
                      <li key={i}>
                        <span lang="el">{el}</span> /{' '}
                        <span lang="en">{procedure.requiredDocumentsEn[i]}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('procedure.documents.none')
                ),
              },
              { key: t('procedure.field.formUrl'), value: procedure.formUrl ?? '—' },
            ]}
          />
        </>
      )}
      <ProcedurePdf
        procedureId={procedure.id}
        form={procedure.form}
        canChange={canChange}
        onChanged={refetch}
      />
      {canChange ? (
        <section aria-labelledby="procedure-state-title">
          <h2 className="govgr-heading-m" id="procedure-state-title">
            {procedure.active ? t('procedure.retire') : t('procedure.restore')}
          </h2>
          {confirming ? (
            <ConfirmStep
              title={t(procedure.active ? 'procedure.retire.title' : 'procedure.restore.title', {
                code: procedure.code,
              })}
              summary={procedure.active ? undefined : <p>{t('procedure.restore.summary')}</p>}
              warning={procedure.active ? t('procedure.retire.warning') : undefined}
              confirmLabel={procedure.active ? t('procedure.retire') : t('procedure.restore')}
              tone={procedure.active ? 'warning' : 'primary'}
              busy={stateChange.loading}
              error={<FormErrorSummary errors={stateErrors} />}
              onConfirm={() => void changeState()}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <Button
              variant={procedure.active ? 'warning' : 'secondary'}
              onClick={() => setConfirming(true)}
            >
              {procedure.active ? t('procedure.retire') : t('procedure.restore')}
            </Button>
          )}
        </section>
      ) : null}
    </>
  )
}
