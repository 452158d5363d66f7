import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { Button, ConfirmStep, Notice, RequestStatus, useLocalized } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import type { MunicipalProcedure_ProcedureFragment } from '../../gql/graphql'
import { ServiceFields } from '../../features/municipalities/application-steps'
import { newService, type ServiceValues } from '../../features/municipalities/application-values'
import {
  createMunicipalProcedureMutation,
  municipalProceduresQuery,
  retireMunicipalProcedureMutation,
  updateMunicipalProcedureMutation,
} from '../../features/municipalities/operations'
import { useT } from '../../i18n'

const idOf = (key: string) => `procedure-${key}`
const fieldIds: Record<string, string> = {
  'input.titleEl': idOf('titleEl'),
  'input.titleEn': idOf('titleEn'),
  'input.descriptionEl': idOf('descriptionEl'),
  'input.descriptionEn': idOf('descriptionEn'),
  'input.requiredDocumentsEl': idOf('documentsEl'),
  'input.requiredDocumentsEn': idOf('documentsEn'),
  'input.formUrl': idOf('formUrl'),
  'input.pickUpAtKep': idOf('pickUpAtKep'),
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

function valuesOf(procedure: MunicipalProcedure_ProcedureFragment): ServiceValues {
  return {
    titleEl: procedure.title.el,
    titleEn: procedure.title.en,
    descriptionEl: procedure.description.el,
    descriptionEn: procedure.description.en,
    documentsEl: procedure.requiredDocuments.el.join('\n'),
    documentsEn: procedure.requiredDocuments.en.join('\n'),
    formUrl: procedure.formUrl ?? '',
    pickUpAtKep: procedure.pickUpAtKep,
  }
}

/** A procedure added or edited: the shared service inputs, saved at once (live for citizens). */
function ProcedureEditor({
  procedure,
  onDone,
  onCancel,
}: {
  procedure?: MunicipalProcedure_ProcedureFragment
  onDone: () => void
  onCancel: () => void
}) {
  const t = useT()
  const [values, setValues] = useState(() => (procedure ? valuesOf(procedure) : newService()))
  const [create, creating] = useMutation(createMunicipalProcedureMutation, {
    refetchQueries: ['MunicipalProcedures'],
  })
  const [update, updating] = useMutation(updateMunicipalProcedureMutation)
  const state = procedure ? updating : creating
  const errors = useFormErrors(state.error, fieldIds, idOf('titleEl'))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const { documentsEl, documentsEn, formUrl, ...rest } = values
    const input = {
      ...rest,
      requiredDocumentsEl: lines(documentsEl),
      requiredDocumentsEn: lines(documentsEn),
      formUrl: formUrl.trim() === '' ? null : formUrl.trim(),
    }
    try {
      if (procedure) await update({ variables: { id: procedure.id, input } })
      else await create({ variables: { input } })
      onDone()
    } catch {
      // shown by the form from `error`
    }
  }
  return (
    <section aria-labelledby="procedure-editor-title">
      <h2 className="govgr-heading-m" id="procedure-editor-title" tabIndex={-1}>
        {t(procedure ? 'muni.procedures.edit.title' : 'muni.procedures.new.title')}
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary errors={errors} />
        <ServiceFields
          service={values}
          onChange={(change) => setValues((v) => ({ ...v, ...change }))}
          errorOf={(field) => errors.field(`input.${field}`) ?? errors.field(`input.${field}[0]`)}
          idOf={idOf}
        />
        <div className="admin-actions">
          <Button type="submit" disabled={state.loading}>
            {t('muni.procedures.save')}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={state.loading}>
            {t('muni.procedures.cancel')}
          </Button>
        </div>
      </form>
    </section>
  )
}

type Editing =
  { kind: 'new' } | { kind: 'edit' | 'retire'; procedure: MunicipalProcedure_ProcedureFragment }

/**
 * The officer's municipal procedures table (R4.4, issue 18 item 5): add, edit, retire; changes
 * are live at once and a retired procedure stays on the bookings that have it.
 */
export function MunicipalProceduresPage() {
  const t = useT()
  const localized = useLocalized()
  const { data, loading, error } = useQuery(municipalProceduresQuery)
  const [editing, setEditing] = useState<Editing>()
  const [notice, setNotice] = useState<'saved' | 'retiredDone'>()
  const [retire, retiring] = useMutation(retireMunicipalProcedureMutation)
  const retireErrors = useFormErrors(retiring.error, {})
  const procedures = data?.municipalProcedures ?? []
  const done = (what: 'saved' | 'retiredDone') => {
    setEditing(undefined)
    setNotice(what)
  }

  return (
    <>
      <h1>{t('muni.procedures.title')}</h1>
      <p className="govgr-body">{t('muni.procedures.intro')}</p>
      {notice ? <Notice tone="success" title={t(`muni.procedures.${notice}`)} /> : null}
      <RequestStatus loading={loading} error={apiErrorOf(error)} />
      {editing?.kind === 'new' || editing?.kind === 'edit' ? (
        <ProcedureEditor
          key={editing.kind === 'edit' ? editing.procedure.id : 'new'}
          procedure={editing.kind === 'edit' ? editing.procedure : undefined}
          onDone={() => done('saved')}
          onCancel={() => setEditing(undefined)}
        />
      ) : editing?.kind === 'retire' ? (
        <ConfirmStep
          title={t('muni.procedures.retire.confirm', {
            title: localized(editing.procedure.title),
          })}
          warning={t('muni.procedures.retire.warning')}
          tone="warning"
          confirmLabel={t('muni.procedures.retire', { title: localized(editing.procedure.title) })}
          busy={retiring.loading}
          error={<FormErrorSummary errors={retireErrors} />}
          onConfirm={() =>
            void retire({ variables: { id: editing.procedure.id } }).then(
              () => done('retiredDone'),
              () => undefined,
            )
          }
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <Button
          onClick={() => {
            setNotice(undefined)
            setEditing({ kind: 'new' })
          }}
        >
          {t('muni.procedures.add')}
        </Button>
      )}
      {data && procedures.length === 0 ? (
        <p className="govgr-body">{t('muni.procedures.empty')}</p>
      ) : null}
      {procedures.length > 0 ? (
        <div
          className="keplive-table-scroll"
          role="region"
          aria-labelledby="municipal-procedures-caption"
          tabIndex={0}
        >
          <table className="data-table">
            <caption id="municipal-procedures-caption">{t('muni.procedures.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('muni.procedures.col.code')}</th>
                <th scope="col">{t('muni.procedures.col.title')}</th>
                <th scope="col">{t('muni.procedures.col.pickUp')}</th>
                <th scope="col">{t('muni.procedures.col.state')}</th>
                <th scope="col">{t('muni.procedures.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {procedures.map((procedure) => {
                const title = localized(procedure.title)
                return (
                  <tr key={procedure.id}>
                    <td>{procedure.code}</td>
                    <th scope="row">{title}</th>
                    <td>{t(procedure.pickUpAtKep ? 'muni.summary.yes' : 'muni.summary.no')}</td>
                    <td>
                      {t(procedure.active ? 'muni.procedures.active' : 'muni.procedures.retired')}
                    </td>
                    <td>
                      {procedure.active ? (
                        <div className="admin-actions">
                          <Button
                            variant="link"
                            onClick={() => {
                              setNotice(undefined)
                              setEditing({ kind: 'edit', procedure })
                            }}
                          >
                            {t('muni.procedures.edit', { title })}
                          </Button>
                          <Button
                            variant="link"
                            onClick={() => {
                              setNotice(undefined)
                              setEditing({ kind: 'retire', procedure })
                            }}
                          >
                            {t('muni.procedures.retire', { title })}
                          </Button>
                        </div>
                      ) : null}
                    </td>
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
