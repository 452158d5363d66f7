import type { FormErrors } from '@keplive/kep-admin'
import {
  Button,
  Checkboxes,
  Radios,
  SelectField,
  TextArea,
  TextField,
  useLocalized,
} from '@keplive/ui'
import type { Dispatch, SetStateAction } from 'react'
import { useT, type MessageKey } from '../../i18n'
import {
  newEmployee,
  newKep,
  newService,
  weekdays,
  type ApplicationValues,
  type EmployeeValues,
  type KepValues,
  type ServiceValues,
  type StepName,
} from './application-values'

export interface StepProps {
  values: ApplicationValues
  setValues: Dispatch<SetStateAction<ApplicationValues>>
  errors: FormErrors
  /** The municipality's existing KEPs, to pick from (keps step). */
  existingKeps: { id: string; name: { el: string; en: string } }[]
}

/** The id of the input of a server field path under `input.` (e.g. `keps[0].addressEl`). */
export const fieldId = (path: string) => `app-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`

/** The server's field paths of a step → the ids of their inputs (the error summary's links). */
export function fieldIdsOf(step: StepName, values: ApplicationValues): Record<string, string> {
  const ids: Record<string, string> = {}
  const add = (path: string) => (ids[`input.${path}`] = fieldId(path))
  switch (step) {
    case 'contact':
      for (const key of ['name', 'email', 'phone']) add(`contact.${key}`)
      ids['input.contact'] = fieldId('contact.name')
      break
    case 'decision':
      add('decisionNumber')
      add('decisionDate')
      break
    case 'keps':
      ids['input.keps'] = 'app-keps-add'
      values.keps.forEach((kep, i) => {
        for (const key of kepTextFields) add(`keps[${i}].${key}`)
        // the row as a whole, and its existing KEP, point at what the row shows first
        ids[`input.keps[${i}]`] = ids[`input.keps[${i}].existingKepId`] = fieldId(
          kep.existingKepId ? `keps[${i}].existing` : `keps[${i}].nameEl`,
        )
        ids[`input.keps[${i}].hours`] = fieldId(`keps[${i}].hours[0].opens`)
        // the server numbers the days it was sent (open ones only), not the weekdays
        openDaysOf(kep).forEach((d, j) => {
          ids[`input.keps[${i}].hours[${j}]`] = fieldId(`keps[${i}].hours[${d}].opens`)
        })
      })
      break
    case 'employees':
      ids['input.employees'] = 'app-employees-add'
      values.employees.forEach((_, i) => {
        ids[`input.employees[${i}]`] = fieldId(`employees[${i}].fullName`)
        for (const key of ['fullName', 'taxId', 'kepKey', 'email']) add(`employees[${i}].${key}`)
      })
      break
    case 'services':
      ids['input.services'] = 'app-services-add'
      values.services.forEach((_, i) => {
        ids[`input.services[${i}]`] = fieldId(`services[${i}].titleEl`)
        for (const key of serviceTextFields)
          ids[`input.services[${i}].${serverFieldOf(key)}`] = fieldId(`services[${i}].${key}`)
        add(`services[${i}].formUrl`)
        add(`services[${i}].pickUpAtKep`)
      })
      break
  }
  return ids
}

/** The weekdays (0 = Monday) a KEP's hours send, in order: those with a time given. */
export function openDaysOf(kep: KepValues): number[] {
  return kep.hours.flatMap((day, d) => (day.opens || day.closes ? [d] : []))
}

/** An error of a row's field, or of one of its items (`requiredDocumentsEl[2]`). */
function errorOf(errors: FormErrors, path: string): string | undefined {
  return errors.field(`input.${path}`) ?? errors.field(`input.${path}[0]`)
}

function ListError({ errors, path }: { errors: FormErrors; path: string }) {
  const message = errors.field(`input.${path}`)
  return message ? <p className="govgr-error-message">{message}</p> : null
}

export function ContactStep({ values, setValues, errors }: StepProps) {
  const t = useT()
  const set = (key: keyof ApplicationValues['contact'], value: string) =>
    setValues((v) => ({ ...v, contact: { ...v.contact, [key]: value } }))
  return (
    <>
      <p className="govgr-body">{t('muni.step.contact.intro')}</p>
      <TextField
        id={fieldId('contact.name')}
        label={t('muni.contact.name')}
        autoComplete="name"
        value={values.contact.name}
        error={errorOf(errors, 'contact.name')}
        onChange={(e) => set('name', e.target.value)}
      />
      <TextField
        id={fieldId('contact.email')}
        type="email"
        label={t('muni.contact.email')}
        autoComplete="email"
        spellCheck={false}
        value={values.contact.email}
        error={errorOf(errors, 'contact.email')}
        onChange={(e) => set('email', e.target.value)}
      />
      <TextField
        id={fieldId('contact.phone')}
        type="tel"
        label={t('muni.contact.phone')}
        autoComplete="tel"
        value={values.contact.phone}
        error={errorOf(errors, 'contact.phone')}
        onChange={(e) => set('phone', e.target.value)}
      />
    </>
  )
}

export function DecisionStep({ values, setValues, errors }: StepProps) {
  const t = useT()
  return (
    <>
      <p className="govgr-body">{t('muni.step.decision.intro')}</p>
      <TextField
        id={fieldId('decisionNumber')}
        label={t('muni.decision.number')}
        hint={t('muni.decision.number.hint')}
        value={values.decision.number}
        error={errors.field('input.decisionNumber')}
        onChange={(e) =>
          setValues((v) => ({ ...v, decision: { ...v.decision, number: e.target.value } }))
        }
      />
      <TextField
        id={fieldId('decisionDate')}
        type="date"
        label={t('muni.decision.date')}
        value={values.decision.date}
        error={errors.field('input.decisionDate')}
        onChange={(e) =>
          setValues((v) => ({ ...v, decision: { ...v.decision, date: e.target.value } }))
        }
      />
    </>
  )
}

const kepTextFields = [
  'nameEl',
  'nameEn',
  'addressEl',
  'addressEn',
  'postalCode',
  'cityEl',
  'cityEn',
  'phone',
  'email',
] as const

export function KepsStep({ values, setValues, errors, existingKeps }: StepProps) {
  const t = useT()
  const localized = useLocalized()
  const setKep = (i: number, change: Partial<KepValues>) =>
    setValues((v) => ({ ...v, keps: v.keps.map((k, n) => (n === i ? { ...k, ...change } : k)) }))
  const setHours = (i: number, day: number, change: Partial<KepValues['hours'][number]>) =>
    setValues((v) => ({
      ...v,
      keps: v.keps.map((k, n) =>
        n === i ? { ...k, hours: k.hours.map((h, d) => (d === day ? { ...h, ...change } : h)) } : k,
      ),
    }))
  return (
    <>
      <p className="govgr-body">{t('muni.step.keps.intro')}</p>
      <ListError errors={errors} path="keps" />
      {values.keps.map((kep, i) => {
        const path = `keps[${i}]`
        return (
          <fieldset key={kep.key} className="govgr-fieldset muni-row">
            <legend className="govgr-fieldset__legend govgr-heading-s">
              {t('muni.kep.legend', { n: i + 1 })}
            </legend>
            <ListError errors={errors} path={path} />
            {existingKeps.length ? (
              <Radios<'existing' | 'new'>
                name={`kep-kind-${kep.key}`}
                id={fieldId(`${path}.kind`)}
                legend={t('muni.kep.kind')}
                value={kep.existingKepId ? 'existing' : 'new'}
                onChange={(kind) =>
                  setKep(i, {
                    existingKepId: kind === 'existing' ? (existingKeps[0]?.id ?? '') : '',
                  })
                }
                choices={[
                  { value: 'existing', label: t('muni.kep.kind.existing') },
                  { value: 'new', label: t('muni.kep.kind.new') },
                ]}
              />
            ) : null}
            {kep.existingKepId ? (
              <SelectField
                style={{ maxWidth: '100%' }}
                id={fieldId(`${path}.existing`)}
                label={t('muni.kep.existing')}
                value={kep.existingKepId}
                error={errors.field(`input.${path}.existingKepId`)}
                onChange={(e) => setKep(i, { existingKepId: e.target.value })}
                options={existingKeps.map((k) => ({ value: k.id, label: localized(k.name) }))}
              />
            ) : (
              <>
                {kepTextFields.map((key) => (
                  <TextField
                    key={key}
                    id={fieldId(`${path}.${key}`)}
                    label={t(`muni.kep.${key}`)}
                    type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
                    autoComplete="off"
                    value={kep[key]}
                    error={errors.field(`input.${path}.${key}`)}
                    onChange={(e) => setKep(i, { [key]: e.target.value })}
                  />
                ))}
                <fieldset className="govgr-fieldset muni-hours">
                  <legend className="govgr-fieldset__legend govgr-heading-s">
                    {t('muni.kep.hours')}
                  </legend>
                  <div className="govgr-hint">{t('muni.kep.hours.hint')}</div>
                  <ListError errors={errors} path={`${path}.hours`} />
                  {weekdays.map((weekday, d) => {
                    const day = kep.hours[d] ?? { opens: '', closes: '' }
                    const sent = openDaysOf(kep).indexOf(d)
                    const at = `input.${path}.hours[${sent}]`
                    const dayError =
                      sent < 0
                        ? undefined
                        : (errors.field(at) ??
                          errors.field(`${at}.opens`) ??
                          errors.field(`${at}.closes`) ??
                          errors.field(`${at}.weekday`))
                    const dayName = t(`muni.weekday.${weekday}` as MessageKey)
                    return (
                      <div key={weekday} className="muni-hours__day">
                        <TextField
                          id={fieldId(`${path}.hours[${d}].opens`)}
                          type="time"
                          label={t('muni.kep.opens', { day: dayName })}
                          value={day.opens}
                          error={dayError}
                          onChange={(e) => setHours(i, d, { opens: e.target.value })}
                        />
                        <TextField
                          id={fieldId(`${path}.hours[${d}].closes`)}
                          type="time"
                          label={t('muni.kep.closes', { day: dayName })}
                          value={day.closes}
                          onChange={(e) => setHours(i, d, { closes: e.target.value })}
                        />
                      </div>
                    )
                  })}
                </fieldset>
              </>
            )}
            <Button
              variant="secondary"
              onClick={() => setValues((v) => ({ ...v, keps: v.keps.filter((_, n) => n !== i) }))}
            >
              {t('muni.kep.remove', { n: i + 1 })}
            </Button>
          </fieldset>
        )
      })}
      <Button
        id="app-keps-add"
        variant="secondary"
        onClick={() => setValues((v) => ({ ...v, keps: [...v.keps, newKep(v.keps)] }))}
      >
        {t('muni.kep.add')}
      </Button>
    </>
  )
}

export function kepLabel(
  kep: KepValues,
  existingKeps: StepProps['existingKeps'],
  localized: (text: { el: string; en: string }) => string,
  fallback: string,
): string {
  if (kep.existingKepId) {
    const existing = existingKeps.find((k) => k.id === kep.existingKepId)
    if (existing) return localized(existing.name)
  }
  return localized({ el: kep.nameEl, en: kep.nameEn || kep.nameEl }) || fallback
}

export function EmployeesStep({ values, setValues, errors, existingKeps }: StepProps) {
  const t = useT()
  const localized = useLocalized()
  const setEmployee = (i: number, change: Partial<EmployeeValues>) =>
    setValues((v) => ({
      ...v,
      employees: v.employees.map((e, n) => (n === i ? { ...e, ...change } : e)),
    }))
  return (
    <>
      <p className="govgr-body">{t('muni.step.employees.intro')}</p>
      <ListError errors={errors} path="employees" />
      {values.employees.map((employee, i) => {
        const path = `employees[${i}]`
        return (
          <fieldset key={i} className="govgr-fieldset muni-row">
            <legend className="govgr-fieldset__legend govgr-heading-s">
              {t('muni.employee.legend', { n: i + 1 })}
            </legend>
            <TextField
              id={fieldId(`${path}.fullName`)}
              label={t('muni.employee.fullName')}
              autoComplete="off"
              value={employee.fullName}
              error={errors.field(`input.${path}.fullName`) ?? errors.field(`input.${path}`)}
              onChange={(e) => setEmployee(i, { fullName: e.target.value })}
            />
            <TextField
              id={fieldId(`${path}.taxId`)}
              label={t('muni.employee.taxId')}
              hint={t('muni.employee.taxId.hint')}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              value={employee.taxId}
              error={errors.field(`input.${path}.taxId`)}
              onChange={(e) => setEmployee(i, { taxId: e.target.value })}
            />
            <TextField
              id={fieldId(`${path}.email`)}
              type="email"
              label={t('muni.employee.email')}
              autoComplete="off"
              spellCheck={false}
              value={employee.email}
              error={errors.field(`input.${path}.email`)}
              onChange={(e) => setEmployee(i, { email: e.target.value })}
            />
            <SelectField
              style={{ maxWidth: '100%' }}
              id={fieldId(`${path}.kepKey`)}
              label={t('muni.employee.kep')}
              value={employee.kepKey}
              error={errors.field(`input.${path}.kepKey`)}
              onChange={(e) => setEmployee(i, { kepKey: e.target.value })}
              options={[
                { value: '', label: t('muni.employee.kep.choose') },
                ...values.keps.map((kep, n) => ({
                  value: kep.key,
                  label: kepLabel(kep, existingKeps, localized, t('muni.kep.legend', { n: n + 1 })),
                })),
              ]}
            />
            <Button
              variant="secondary"
              onClick={() =>
                setValues((v) => ({ ...v, employees: v.employees.filter((_, n) => n !== i) }))
              }
            >
              {t('muni.employee.remove', { n: i + 1 })}
            </Button>
          </fieldset>
        )
      })}
      <Button
        id="app-employees-add"
        variant="secondary"
        onClick={() => setValues((v) => ({ ...v, employees: [...v.employees, newEmployee()] }))}
      >
        {t('muni.employee.add')}
      </Button>
    </>
  )
}

const serviceTextFields = [
  'titleEl',
  'titleEn',
  'descriptionEl',
  'descriptionEn',
  'documentsEl',
  'documentsEn',
] as const

/** The server's name of a service field (the form edits documents as lines). */
export type ServiceField = keyof ServiceValues
export const serverFieldOf = (key: ServiceField) =>
  key === 'documentsEl'
    ? 'requiredDocumentsEl'
    : key === 'documentsEn'
      ? 'requiredDocumentsEn'
      : key

/**
 * One service's (one municipal procedure's) inputs, in Greek and English: the application's
 * services step and the officer's procedures table share them.
 */
export function ServiceFields({
  service,
  onChange,
  errorOf,
  idOf,
}: {
  service: ServiceValues
  onChange: (change: Partial<ServiceValues>) => void
  /** The error of a field (by the server's name), if any. */
  errorOf: (field: string) => string | undefined
  idOf: (key: ServiceField) => string
}) {
  const t = useT()
  return (
    <>
      {serviceTextFields.map((key) => {
        const props = {
          id: idOf(key),
          label: t(`muni.service.${key}`),
          value: service[key],
          error: errorOf(serverFieldOf(key)),
        }
        return key.startsWith('title') ? (
          <TextField key={key} {...props} onChange={(e) => onChange({ [key]: e.target.value })} />
        ) : (
          <TextArea
            key={key}
            {...props}
            rows={key.startsWith('documents') ? 4 : 3}
            hint={key.startsWith('documents') ? t('muni.service.documents.hint') : undefined}
            onChange={(e) => onChange({ [key]: e.target.value })}
          />
        )
      })}
      <TextField
        id={idOf('formUrl')}
        type="url"
        label={t('muni.service.formUrl')}
        hint={t('muni.service.formUrl.hint')}
        spellCheck={false}
        value={service.formUrl}
        error={errorOf('formUrl')}
        onChange={(e) => onChange({ formUrl: e.target.value })}
      />
      <Checkboxes<'pickUp'>
        name={`${idOf('pickUpAtKep')}-choice`}
        id={idOf('pickUpAtKep')}
        legend={t('muni.service.pickUp.legend')}
        values={service.pickUpAtKep ? ['pickUp'] : []}
        onChange={(checked) => onChange({ pickUpAtKep: checked.includes('pickUp') })}
        choices={[{ value: 'pickUp', label: t('muni.service.pickUpAtKep') }]}
      />
    </>
  )
}

export function ServicesStep({ values, setValues, errors }: StepProps) {
  const t = useT()
  const setService = (i: number, change: Partial<ServiceValues>) =>
    setValues((v) => ({
      ...v,
      services: v.services.map((s, n) => (n === i ? { ...s, ...change } : s)),
    }))
  return (
    <>
      <p className="govgr-body">{t('muni.step.services.intro')}</p>
      <ListError errors={errors} path="services" />
      {values.services.map((service, i) => {
        const path = `services[${i}]`
        return (
          <fieldset key={i} className="govgr-fieldset muni-row">
            <legend className="govgr-fieldset__legend govgr-heading-s">
              {t('muni.service.legend', { n: i + 1 })}
            </legend>
            <ListError errors={errors} path={path} />
            <ServiceFields
              service={service}
              onChange={(change) => setService(i, change)}
              errorOf={(field) => errorOf(errors, `${path}.${field}`)}
              idOf={(key) => fieldId(`${path}.${key}`)}
            />
            <Button
              variant="secondary"
              onClick={() =>
                setValues((v) => ({ ...v, services: v.services.filter((_, n) => n !== i) }))
              }
            >
              {t('muni.service.remove', { n: i + 1 })}
            </Button>
          </fieldset>
        )
      })}
      <Button
        id="app-services-add"
        variant="secondary"
        onClick={() => setValues((v) => ({ ...v, services: [...v.services, newService()] }))}
      >
        {t('muni.service.add')}
      </Button>
    </>
  )
}

export const stepComponents = {
  contact: ContactStep,
  decision: DecisionStep,
  keps: KepsStep,
  employees: EmployeesStep,
  services: ServicesStep,
} as const
