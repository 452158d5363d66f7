import { Button, SelectField, TextArea, TextField, useLocalized } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { useT } from '../../i18n'
import type { ServiceCategoryCode } from '../../gql/graphql'
import './procedures.css'

/** What the form edits; the field and municipality only when creating. */
export interface ProcedureValues {
  category: ServiceCategoryCode | ''
  municipalityId: string
  code: string
  titleEl: string
  titleEn: string
  descriptionEl: string
  descriptionEn: string
  documents: { el: string; en: string }[]
  formUrl: string
}

export const emptyProcedure: ProcedureValues = {
  category: '',
  municipalityId: '',
  code: '',
  titleEl: '',
  titleEn: '',
  descriptionEl: '',
  descriptionEn: '',
  documents: [],
  formUrl: '',
}

export interface ProcedureChoices {
  serviceCategories: {
    code: ServiceCategoryCode
    municipal: boolean
    name: { el: string; en: string }
  }[]
  municipalities: { id: string; name: { el: string; en: string } }[]
}

/** The inputs the server's field paths point at (VALIDATION_FAILED's `fields`). */
function fieldIdsFor(count: number): Record<string, string> {
  const ids: Record<string, string> = {
    'input.category': 'procedure-category',
    'input.municipalityId': 'procedure-municipality',
    'input.code': 'procedure-code',
    'input.titleEl': 'procedure-title-el',
    'input.titleEn': 'procedure-title-en',
    'input.descriptionEl': 'procedure-description-el',
    'input.descriptionEn': 'procedure-description-en',
    'input.requiredDocumentsEl': 'procedure-document-add',
    'input.requiredDocumentsEn': 'procedure-document-add',
    'input.formUrl': 'procedure-form-url',
  }
  for (let i = 0; i < count; i++) {
    ids[`input.requiredDocumentsEl[${i}]`] = `procedure-document-el-${i}`
    ids[`input.requiredDocumentsEn[${i}]`] = `procedure-document-en-${i}`
  }
  return ids
}

/**
 * A procedure's form: field and municipality (creating only), code, the texts in Greek and
 * English side by side, the required documents as an editable list of pairs, the form's link.
 * The server validates; its field errors show in the summary and under each input.
 */
export function ProcedureForm({
  initial,
  choices,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  initial: ProcedureValues
  /** Given when creating: the field and municipality are chosen once. */
  choices?: ProcedureChoices
  submitLabel: string
  busy: boolean
  error: unknown
  onSubmit: (values: ProcedureValues) => void
}) {
  const t = useT()
  const localized = useLocalized()
  const [values, setValues] = useState(initial)
  const errors = useFormErrors(error, fieldIdsFor(values.documents.length), 'procedure-code')
  const set = <K extends keyof ProcedureValues>(key: K, value: ProcedureValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }))
  const setDocument = (index: number, language: 'el' | 'en', text: string) =>
    setValues((v) => ({
      ...v,
      documents: v.documents.map((d, i) => (i === index ? { ...d, [language]: text } : d)),
    }))
  const addDocument = () => {
    const index = values.documents.length
    setValues((v) => ({ ...v, documents: [...v.documents, { el: '', en: '' }] }))
    window.setTimeout(() => document.getElementById(`procedure-document-el-${index}`)?.focus(), 0)
  }
  const removeDocument = (index: number) => {
    setValues((v) => ({ ...v, documents: v.documents.filter((_, i) => i !== index) }))
    window.setTimeout(() => document.getElementById('procedure-document-add')?.focus(), 0)
  }
  const municipal =
    choices?.serviceCategories.find((c) => c.code === values.category)?.municipal ?? false

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(values)
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary errors={errors} />
      {choices ? (
        <>
          <SelectField
            id="procedure-category"
            label={t('procedure.field.category')}
            hint={t('procedure.field.category.hint')}
            error={errors.field('input.category')}
            value={values.category}
            onChange={(e) => set('category', e.target.value as ServiceCategoryCode | '')}
            options={[
              { value: '', label: '' },
              ...choices.serviceCategories.map((c) => ({
                value: c.code,
                label: localized(c.name),
              })),
            ]}
          />
          {municipal ? (
            <SelectField
              id="procedure-municipality"
              label={t('procedure.field.municipality')}
              hint={t('procedure.field.municipality.hint')}
              error={errors.field('input.municipalityId')}
              value={values.municipalityId}
              onChange={(e) => set('municipalityId', e.target.value)}
              options={[
                { value: '', label: t('procedure.field.municipality.choose') },
                ...choices.municipalities.map((m) => ({ value: m.id, label: localized(m.name) })),
              ]}
            />
          ) : null}
        </>
      ) : null}
      <TextField
        id="procedure-code"
        label={t('procedure.field.code')}
        hint={t('procedure.field.code.hint')}
        error={errors.field('input.code')}
        value={values.code}
        onChange={(e) => set('code', e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="procedure-languages">
        <div lang="el">
          <h2 className="govgr-heading-s">{t('procedure.greek')}</h2>
          <TextField
            id="procedure-title-el"
            label={t('procedure.field.titleEl')}
            error={errors.field('input.titleEl')}
            value={values.titleEl}
            onChange={(e) => set('titleEl', e.target.value)}
          />
          <TextArea
            id="procedure-description-el"
            label={t('procedure.field.descriptionEl')}
            error={errors.field('input.descriptionEl')}
            value={values.descriptionEl}
            rows={5}
            onChange={(e) => set('descriptionEl', e.target.value)}
          />
        </div>
        <div lang="en">
          <h2 className="govgr-heading-s">{t('procedure.english')}</h2>
          <TextField
            id="procedure-title-en"
            label={t('procedure.field.titleEn')}
            error={errors.field('input.titleEn')}
            value={values.titleEn}
            onChange={(e) => set('titleEn', e.target.value)}
          />
          <TextArea
            id="procedure-description-en"
            label={t('procedure.field.descriptionEn')}
            error={errors.field('input.descriptionEn')}
            value={values.descriptionEn}
            rows={5}
            onChange={(e) => set('descriptionEn', e.target.value)}
          />
        </div>
      </div>
      <fieldset className="govgr-fieldset" aria-describedby="procedure-documents-hint">
        <legend className="govgr-fieldset__legend govgr-heading-s">
          {t('procedure.documents')}
        </legend>
        <p className="govgr-hint" id="procedure-documents-hint">
          {t('procedure.documents.hint')}
        </p>
        {values.documents.length === 0 ? <p>{t('procedure.documents.none')}</p> : null}
        {values.documents.map((d, i) => (
          <div className="procedure-document" key={i}>
            <div className="procedure-languages">
              <TextField
                id={`procedure-document-el-${i}`}
                lang="el"
                label={t('procedure.document.el', { n: i + 1 })}
                error={errors.field(`input.requiredDocumentsEl[${i}]`)}
                value={d.el}
                onChange={(e) => setDocument(i, 'el', e.target.value)}
              />
              <TextField
                id={`procedure-document-en-${i}`}
                lang="en"
                label={t('procedure.document.en', { n: i + 1 })}
                error={errors.field(`input.requiredDocumentsEn[${i}]`)}
                value={d.en}
                onChange={(e) => setDocument(i, 'en', e.target.value)}
              />
            </div>
            <Button variant="secondary" onClick={() => removeDocument(i)}>
              {t('procedure.document.remove', { n: i + 1 })}
            </Button>
          </div>
        ))}
        {(errors.field('input.requiredDocumentsEn') ??
        errors.field('input.requiredDocumentsEl')) ? (
          <p className="govgr-error-message" id="procedure-documents-error">
            {errors.field('input.requiredDocumentsEn') ?? errors.field('input.requiredDocumentsEl')}
          </p>
        ) : null}
        <Button id="procedure-document-add" variant="secondary" onClick={addDocument}>
          {t('procedure.document.add')}
        </Button>
      </fieldset>
      <TextField
        id="procedure-form-url"
        type="url"
        inputMode="url"
        label={t('procedure.field.formUrl')}
        hint={t('procedure.field.formUrl.hint')}
        error={errors.field('input.formUrl')}
        value={values.formUrl}
        onChange={(e) => set('formUrl', e.target.value)}
      />
      <div className="admin-actions">
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
