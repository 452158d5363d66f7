// The application form's values (R5.1, R5.2) as the officer edits them, and the conversions from
// the API's application and to its SaveMunicipalityApplicationInput. Strings stay strings while
// editing (a half-typed time or an empty date is the officer's business until they save).

export type SectionName =
  'MUNICIPALITY' | 'CONTACT' | 'DECISION' | 'KEPS' | 'EMPLOYEES' | 'SERVICES'

/** The form's steps after the municipality is chosen, in order; each saves its own section. */
export const steps = ['contact', 'decision', 'keps', 'employees', 'services'] as const
export type StepName = (typeof steps)[number]

export const sectionOfStep: Record<StepName, SectionName> = {
  contact: 'CONTACT',
  decision: 'DECISION',
  keps: 'KEPS',
  employees: 'EMPLOYEES',
  services: 'SERVICES',
}

/** ISO weekdays, Monday first. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const

export interface KepValues {
  key: string
  /** '' for a new KEP. */
  existingKepId: string
  nameEl: string
  nameEn: string
  addressEl: string
  addressEn: string
  postalCode: string
  cityEl: string
  cityEn: string
  phone: string
  email: string
  /** Per weekday (index 0 = Monday): opening and closing "HH:MM", both empty when closed. */
  hours: { opens: string; closes: string }[]
}

export interface EmployeeValues {
  fullName: string
  taxId: string
  kepKey: string
  email: string
}

export interface ServiceValues {
  titleEl: string
  titleEn: string
  descriptionEl: string
  descriptionEn: string
  /** One document per line. */
  documentsEl: string
  documentsEn: string
  formUrl: string
  pickUpAtKep: boolean
}

export interface ApplicationValues {
  contact: { name: string; email: string; phone: string }
  decision: { number: string; date: string }
  keps: KepValues[]
  employees: EmployeeValues[]
  services: ServiceValues[]
}

const closedWeek = () => weekdays.map(() => ({ opens: '', closes: '' }))

/** A fresh KEP row: a key not yet used in the form. */
export function newKep(existing: readonly KepValues[]): KepValues {
  let n = existing.length + 1
  while (existing.some((kep) => kep.key === `kep-${n}`)) n++
  return {
    key: `kep-${n}`,
    existingKepId: '',
    nameEl: '',
    nameEn: '',
    addressEl: '',
    addressEn: '',
    postalCode: '',
    cityEl: '',
    cityEn: '',
    phone: '',
    email: '',
    hours: weekdays.map((day) =>
      day <= 5 ? { opens: '08:00', closes: '15:00' } : { opens: '', closes: '' },
    ),
  }
}

export const newEmployee = (): EmployeeValues => ({
  fullName: '',
  taxId: '',
  kepKey: '',
  email: '',
})

export const newService = (): ServiceValues => ({
  titleEl: '',
  titleEn: '',
  descriptionEl: '',
  descriptionEn: '',
  documentsEl: '',
  documentsEn: '',
  formUrl: '',
  pickUpAtKep: false,
})

/** The part of the API's application the form reads. */
export interface ApplicationRead {
  decisionNumber: string
  decisionDate?: string | null
  contact?: { name: string; email: string; phone: string } | null
  keps: {
    key: string
    existingKepId?: string | null
    nameEl: string
    nameEn: string
    addressEl: string
    addressEn: string
    postalCode: string
    cityEl: string
    cityEn: string
    phone: string
    email: string
    hours: { weekday: number; opens: string; closes: string }[]
  }[]
  employees: { fullName: string; taxId: string; kepKey: string; email: string }[]
  services: {
    titleEl: string
    titleEn: string
    descriptionEl: string
    descriptionEn: string
    requiredDocumentsEl: string[]
    requiredDocumentsEn: string[]
    formUrl?: string | null
    pickUpAtKep: boolean
  }[]
}

/**
 * The form's values of a saved application. Every field is copied by name, never spread: the
 * API's objects carry the client's `__typename`, which an input type refuses (BAD_USER_INPUT).
 */
export function valuesOf(application: ApplicationRead): ApplicationValues {
  const contact = application.contact
  return {
    contact: contact
      ? { name: contact.name, email: contact.email, phone: contact.phone }
      : { name: '', email: '', phone: '' },
    decision: { number: application.decisionNumber, date: application.decisionDate ?? '' },
    keps: application.keps.map((kep) => {
      const hours = closedWeek()
      for (const day of kep.hours) hours[day.weekday - 1] = { opens: day.opens, closes: day.closes }
      return {
        key: kep.key,
        existingKepId: kep.existingKepId ?? '',
        nameEl: kep.nameEl,
        nameEn: kep.nameEn,
        addressEl: kep.addressEl,
        addressEn: kep.addressEn,
        postalCode: kep.postalCode,
        cityEl: kep.cityEl,
        cityEn: kep.cityEn,
        phone: kep.phone,
        email: kep.email,
        hours,
      }
    }),
    employees: application.employees.map((e) => ({
      fullName: e.fullName,
      taxId: e.taxId,
      kepKey: e.kepKey,
      email: e.email,
    })),
    services: application.services.map((s) => ({
      titleEl: s.titleEl,
      titleEn: s.titleEn,
      descriptionEl: s.descriptionEl,
      descriptionEn: s.descriptionEn,
      documentsEl: s.requiredDocumentsEl.join('\n'),
      documentsEn: s.requiredDocumentsEn.join('\n'),
      formUrl: s.formUrl ?? '',
      pickUpAtKep: s.pickUpAtKep,
    })),
  }
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

/** One step's section of SaveMunicipalityApplicationInput (the other sections stay as saved). */
export function sectionInput(step: StepName, values: ApplicationValues) {
  switch (step) {
    case 'contact':
      return { contact: values.contact }
    case 'decision':
      return {
        decisionNumber: values.decision.number,
        decisionDate: values.decision.date === '' ? null : values.decision.date,
      }
    case 'keps':
      return {
        keps: values.keps.map(({ hours, existingKepId, ...kep }) =>
          existingKepId
            ? { key: kep.key, existingKepId }
            : {
                ...kep,
                existingKepId: null,
                hours: hours.flatMap((day, i) =>
                  day.opens || day.closes
                    ? [{ weekday: i + 1, opens: day.opens, closes: day.closes }]
                    : [],
                ),
              },
        ),
      }
    case 'employees':
      return { employees: values.employees }
    case 'services':
      return {
        services: values.services.map(({ documentsEl, documentsEn, formUrl, ...service }) => ({
          ...service,
          requiredDocumentsEl: lines(documentsEl),
          requiredDocumentsEn: lines(documentsEn),
          formUrl: formUrl.trim() === '' ? null : formUrl.trim(),
        })),
      }
  }
}
