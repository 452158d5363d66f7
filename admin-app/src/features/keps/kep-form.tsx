import { useQuery } from '@apollo/client/react'
import { Button, SelectField, TextField, useLocalized } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { graphql } from '../../gql'
import { useT } from '../../i18n'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'

export const kepMunicipalitiesQuery = graphql(`
  query KepMunicipalities {
    municipalities {
      id
      name {
        el
        en
      }
      region {
        el
        en
      }
    }
  }
`)

/** A workstation as the form edits it: `id` for one the KEP has, none for one to add. */
export interface WorkstationValue {
  id?: string
  label: string
  active: boolean
  /** Future appointments held there (the server refuses to deactivate it while any). */
  futureBookings: number
}

export interface KepFormValues {
  code: string
  nameEl: string
  nameEn: string
  municipalityId: string
  addressEl: string
  addressEn: string
  postalCode: string
  cityEl: string
  cityEn: string
  phone: string
  email: string
  workstations: WorkstationValue[]
}

export const emptyKep: KepFormValues = {
  code: '',
  nameEl: '',
  nameEn: '',
  municipalityId: '',
  addressEl: '',
  addressEn: '',
  postalCode: '',
  cityEl: '',
  cityEn: '',
  phone: '',
  email: '',
  workstations: [{ label: '', active: true, futureBookings: 0 }],
}

type TextKey = Exclude<keyof KepFormValues, 'workstations' | 'municipalityId'>

const textFields: { key: TextKey; autoComplete?: string; type?: string; hint?: 'kep.code.hint' }[] =
  [
    { key: 'code', hint: 'kep.code.hint' },
    { key: 'nameEl' },
    { key: 'nameEn' },
    { key: 'addressEl', autoComplete: 'off' },
    { key: 'addressEn', autoComplete: 'off' },
    { key: 'postalCode', autoComplete: 'off' },
    { key: 'cityEl' },
    { key: 'cityEn' },
    { key: 'phone', type: 'tel', autoComplete: 'off' },
    { key: 'email', type: 'email', autoComplete: 'off' },
  ]

const inputId = (key: string) => `kep-${key}`
const workstationId = (i: number) => `kep-workstation-${i}`
const activeId = (i: number) => `kep-workstation-${i}-active`

/** The server's field paths → the inputs they point at (the error summary's links). */
function fieldIdsOf(count: number): Record<string, string> {
  const ids: Record<string, string> = { 'input.workstations': workstationId(0) }
  for (const { key } of textFields) ids[`input.${key}`] = inputId(key)
  ids['input.municipalityId'] = inputId('municipalityId')
  for (let i = 0; i < count; i++) {
    ids[`input.workstations[${i}]`] = workstationId(i)
    ids[`input.workstations[${i}].label`] = workstationId(i)
    ids[`input.workstations[${i}].id`] = workstationId(i)
    ids[`input.workstations[${i}].active`] = activeId(i)
  }
  return ids
}

/**
 * A KEP's details and workstations, to create one (`editing` false: workstations are labels to
 * add) or to edit one (each workstation has its active box; a new one may be added). The server
 * validates every field: its refusal comes back in `error` and is shown field by field with the
 * error summary on top.
 *
 * Workstations to change are sent in the order shown, so the server's `input.workstations[i]`
 * is the i-th row here.
 */
export function KepForm({
  initial,
  editing,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial: KepFormValues
  editing: boolean
  submitLabel: string
  busy: boolean
  error: unknown
  onSubmit: (values: KepFormValues) => void
  onCancel?: () => void
}) {
  const t = useT()
  const localized = useLocalized()
  const [values, setValues] = useState(initial)
  const { data } = useQuery(kepMunicipalitiesQuery)
  const errors = useFormErrors(error, fieldIdsOf(values.workstations.length), inputId('code'))
  const set = (key: keyof KepFormValues, value: string) =>
    setValues((v) => ({ ...v, [key]: value }))
  const setWorkstation = (i: number, change: Partial<WorkstationValue>) =>
    setValues((v) => ({
      ...v,
      workstations: v.workstations.map((w, k) => (k === i ? { ...w, ...change } : w)),
    }))
  const municipalities = [...(data?.municipalities ?? [])].sort((a, b) =>
    localized(a.name).localeCompare(localized(b.name)),
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(values)
  }
  const workstationError = (i: number) =>
    errors.field(`input.workstations[${i}]`) ?? errors.field(`input.workstations[${i}].label`)

  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary errors={errors} />
      {textFields.slice(0, 3).map(({ key, hint }) => (
        <TextField
          key={key}
          id={inputId(key)}
          type="text"
          label={t(`kep.${key}`)}
          hint={hint ? t(hint) : undefined}
          value={values[key]}
          error={errors.field(`input.${key}`)}
          onChange={(e) => set(key, e.target.value)}
          spellCheck={false}
        />
      ))}
      <SelectField
        // a long option must not widen the page at 360 px
        style={{ maxWidth: '100%' }}
        id={inputId('municipalityId')}
        label={t('kep.municipality')}
        value={values.municipalityId}
        error={errors.field('input.municipalityId')}
        onChange={(e) => set('municipalityId', e.target.value)}
        options={[
          { value: '', label: t('kep.municipality.choose') },
          ...municipalities.map((m) => ({
            value: m.id,
            label: `${localized(m.name)} (${localized(m.region)})`,
          })),
        ]}
      />
      {textFields.slice(3).map(({ key, type, autoComplete }) => (
        <TextField
          key={key}
          id={inputId(key)}
          label={t(`kep.${key}`)}
          type={type ?? 'text'}
          autoComplete={autoComplete}
          value={values[key]}
          error={errors.field(`input.${key}`)}
          onChange={(e) => set(key, e.target.value)}
        />
      ))}

      {/* a fieldset is as wide as its content by default: it must not widen the page */}
      <fieldset className="govgr-fieldset" style={{ minWidth: 0 }}>
        <legend className="govgr-fieldset__legend govgr-heading-s">{t('kep.workstations')}</legend>
        <div className="govgr-hint">{t('kep.workstations.hint')}</div>
        {errors.field('input.workstations') ? (
          <p className="govgr-error-message">{errors.field('input.workstations')}</p>
        ) : null}
        {values.workstations.map((w, i) => (
          <div key={w.id ?? `new-${i}`} className="admin-kep-workstation">
            <TextField
              id={workstationId(i)}
              type="text"
              label={t('kep.workstation.label', { n: i + 1 })}
              value={w.label}
              error={workstationError(i)}
              onChange={(e) => setWorkstation(i, { label: e.target.value })}
            />
            {editing && w.id ? (
              <div className="govgr-field">
                <div className="govgr-checkboxes__item">
                  <input
                    className="govgr-checkboxes__input"
                    type="checkbox"
                    id={activeId(i)}
                    checked={w.active}
                    aria-describedby={w.futureBookings > 0 ? `${activeId(i)}-held` : undefined}
                    aria-invalid={
                      errors.field(`input.workstations[${i}].active`) ? true : undefined
                    }
                    onChange={(e) => setWorkstation(i, { active: e.target.checked })}
                  />
                  <label className="govgr-label govgr-checkboxes__label" htmlFor={activeId(i)}>
                    {t('kep.workstation.activeLabel', { n: i + 1 })}
                  </label>
                </div>
                {w.futureBookings > 0 ? (
                  <div className="govgr-hint" id={`${activeId(i)}-held`}>
                    {t('kep.workstation.held', { count: w.futureBookings })}
                  </div>
                ) : null}
                {errors.field(`input.workstations[${i}].active`) ? (
                  <p className="govgr-error-message">
                    {errors.field(`input.workstations[${i}].active`)}
                  </p>
                ) : null}
              </div>
            ) : (
              <Button
                variant="secondary"
                style={{ whiteSpace: 'normal', maxWidth: '100%' }}
                disabled={values.workstations.length <= 1}
                onClick={() =>
                  setValues((v) => ({
                    ...v,
                    workstations: v.workstations.filter((_, k) => k !== i),
                  }))
                }
              >
                {t('kep.workstation.remove', { n: i + 1 })}
              </Button>
            )}
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            setValues((v) => ({
              ...v,
              workstations: [...v.workstations, { label: '', active: true, futureBookings: 0 }],
            }))
          }
        >
          {t('kep.workstation.add')}
        </Button>
      </fieldset>

      <div className="admin-actions">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            {t('kep.edit.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  )
}
