import { and, eq, inArray, ne } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { fieldError, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { procedureFieldsProblems } from '../administration/index.js'
import { keps } from '../catalog/index.js'
import { employees, isValidAfm } from '../identity/index.js'
import type {
  ApplicationEmployeeData,
  ApplicationKepData,
  ApplicationServiceData,
} from './onboarding.table.js'
import { regionOfPostalCode } from './regions.js'

// Issue 18 item 2 and "Bad input": the application's fields, field by field. A draft is saved
// with its formats checked (`save`); submitting and approving check that everything is there
// too (`submit`). Paths name the form's fields as the save input does: input.keps[0].postalCode.

export type CheckMode = 'save' | 'submit'

export interface ApplicationData {
  decisionNumber: string
  decisionDate: string | null
  contactName: string
  contactEmail: string
  contactPhone: string
  keps: ApplicationKepData[]
  employees: ApplicationEmployeeData[]
  services: ApplicationServiceData[]
}

export interface MunicipalityRef {
  id: string
  regionEl: string
  regionEn: string
}

export const maxDecisionNumberLength = 100
const maxNameLength = 200
const maxKeps = 50
const maxEmployees = 500
const maxServices = 200
const maxHours = 21
const emailFormat = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const phoneFormat = /^\+?[0-9 ]{10,16}$/
const keyFormat = /^[A-Za-z0-9_-]{1,40}$/
const timeFormat = /^([01][0-9]|2[0-3]):[0-5][0-9]$/

const required = (field: string, el: string, en: string) => fieldError(field, 'required', el, en)
const tooLong = (field: string, max: number) =>
  fieldError(field, 'too_long', `Έως ${max} χαρακτήρες.`, `At most ${max} characters.`)

/** A text field: required on submit, never longer than `max`. */
function textCheck(
  errors: FieldError[],
  mode: CheckMode,
  field: string,
  value: string,
  max: number,
  what: { el: string; en: string },
) {
  const text = value.trim()
  if (text === '') {
    if (mode === 'submit') errors.push(required(field, what.el, what.en))
  } else if (text.length > max) {
    errors.push(tooLong(field, max))
  }
}

function emailCheck(errors: FieldError[], mode: CheckMode, field: string, value: string) {
  const text = value.trim()
  if (text === '') {
    if (mode === 'submit') {
      errors.push(required(field, 'Δώστε τη διεύθυνση email.', 'Give the email address.'))
    }
  } else if (text.length > 254 || !emailFormat.test(text)) {
    errors.push(
      fieldError(
        field,
        'invalid_format',
        'Μη έγκυρη διεύθυνση email, π.χ. onoma@dimos.gr.',
        'Invalid email address, e.g. name@municipality.gr.',
      ),
    )
  }
}

function phoneCheck(errors: FieldError[], mode: CheckMode, field: string, value: string) {
  const text = value.trim()
  if (text === '') {
    if (mode === 'submit') {
      errors.push(required(field, 'Δώστε τον αριθμό τηλεφώνου.', 'Give the phone number.'))
    }
  } else if (!phoneFormat.test(text)) {
    errors.push(
      fieldError(
        field,
        'invalid_format',
        'Μη έγκυρο τηλέφωνο: 10 ψηφία, π.χ. 2101234567.',
        'Invalid phone number: 10 digits, e.g. 2101234567.',
      ),
    )
  }
}

/**
 * Every problem of the application's data for the municipality; none for good input.
 * `today` bounds the decision's date.
 */
export async function applicationProblems(
  db: Db,
  municipality: MunicipalityRef,
  data: ApplicationData,
  mode: CheckMode,
  today: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = []
  // the decision to join
  textCheck(errors, mode, 'input.decisionNumber', data.decisionNumber, maxDecisionNumberLength, {
    el: 'Δώστε τον αριθμό της απόφασης του δημάρχου.',
    en: 'Give the number of the mayor’s decision.',
  })
  if (data.decisionDate === null) {
    if (mode === 'submit') {
      errors.push(
        required(
          'input.decisionDate',
          'Δώστε την ημερομηνία της απόφασης.',
          'Give the decision’s date.',
        ),
      )
    }
  } else if (data.decisionDate > today) {
    errors.push(
      fieldError(
        'input.decisionDate',
        'in_future',
        'Η ημερομηνία της απόφασης δεν μπορεί να είναι μελλοντική.',
        'The decision’s date cannot be in the future.',
      ),
    )
  }
  // the contact person
  textCheck(errors, mode, 'input.contact.name', data.contactName, maxNameLength, {
    el: 'Δώστε το ονοματεπώνυμο του υπευθύνου επικοινωνίας.',
    en: 'Give the contact person’s full name.',
  })
  emailCheck(errors, mode, 'input.contact.email', data.contactEmail)
  phoneCheck(errors, mode, 'input.contact.phone', data.contactPhone)

  errors.push(...(await kepsProblems(db, municipality, data.keps, mode)))
  errors.push(...(await employeesProblems(db, municipality, data, mode)))
  errors.push(...servicesProblems(data.services, mode))
  return errors
}

async function kepsProblems(
  db: Db,
  municipality: MunicipalityRef,
  list: ApplicationKepData[],
  mode: CheckMode,
): Promise<FieldError[]> {
  const errors: FieldError[] = []
  if (list.length === 0 && mode === 'submit') {
    errors.push(
      required(
        'input.keps',
        'Δηλώστε τουλάχιστον ένα ΚΕΠ που θα εξυπηρετεί.',
        'Name at least one KEP that will serve.',
      ),
    )
  }
  if (list.length > maxKeps) {
    errors.push(
      fieldError('input.keps', 'too_many', `Έως ${maxKeps} ΚΕΠ.`, `At most ${maxKeps} KEPs.`),
    )
    return errors
  }
  const existingIds = list.flatMap((k) =>
    k.existingKepId && isUuid(k.existingKepId) ? [k.existingKepId] : [],
  )
  const existing = new Map(
    (existingIds.length === 0
      ? []
      : await db
          .select({ id: keps.id, municipalityId: keps.municipalityId, active: keps.active })
          .from(keps)
          .where(inArray(keps.id, existingIds))
    ).map((k) => [k.id, k]),
  )
  const keys = new Set<string>()
  const existingSeen = new Set<string>()
  list.forEach((k, i) => {
    const at = `input.keps[${i}]`
    if (!keyFormat.test(k.key)) {
      errors.push(
        fieldError(
          `${at}.key`,
          'invalid_format',
          'Μη έγκυρο κλειδί ΚΕΠ (λατινικά, ψηφία, - και _).',
          'Invalid KEP key (Latin letters, digits, - and _).',
        ),
      )
    } else if (keys.has(k.key)) {
      errors.push(
        fieldError(
          `${at}.key`,
          'duplicate',
          'Το κλειδί χρησιμοποιείται ήδη.',
          'The key is already used.',
        ),
      )
    }
    keys.add(k.key)
    if (k.existingKepId) {
      const found = isUuid(k.existingKepId) ? existing.get(k.existingKepId) : undefined
      if (!found || !found.active || found.municipalityId !== municipality.id) {
        errors.push(
          fieldError(
            `${at}.existingKepId`,
            'not_of_municipality',
            'Το ΚΕΠ δεν είναι ενεργό ΚΕΠ του δήμου.',
            'The KEP is not an active KEP of the municipality.',
          ),
        )
      } else if (existingSeen.has(k.existingKepId)) {
        errors.push(
          fieldError(
            `${at}.existingKepId`,
            'duplicate',
            'Το ΚΕΠ δηλώθηκε ήδη.',
            'The KEP is already listed.',
          ),
        )
      }
      existingSeen.add(k.existingKepId)
      return
    }
    const texts = [
      [
        'nameEl',
        k.nameEl,
        { el: 'Δώστε την ονομασία του ΚΕΠ.', en: 'Give the KEP’s name in Greek.' },
      ],
      [
        'nameEn',
        k.nameEn,
        { el: 'Δώστε την ονομασία στα αγγλικά.', en: 'Give the KEP’s name in English.' },
      ],
      ['addressEl', k.addressEl, { el: 'Δώστε τη διεύθυνση.', en: 'Give the address in Greek.' }],
      [
        'addressEn',
        k.addressEn,
        { el: 'Δώστε τη διεύθυνση στα αγγλικά.', en: 'Give the address in English.' },
      ],
      ['cityEl', k.cityEl, { el: 'Δώστε την πόλη.', en: 'Give the town in Greek.' }],
      ['cityEn', k.cityEn, { el: 'Δώστε την πόλη στα αγγλικά.', en: 'Give the town in English.' }],
    ] as const
    for (const [name, value, what] of texts) {
      textCheck(errors, mode, `${at}.${name}`, value, maxNameLength, what)
    }
    const postalCode = k.postalCode.trim()
    if (postalCode === '') {
      if (mode === 'submit') {
        errors.push(
          required(`${at}.postalCode`, 'Δώστε τον ταχυδρομικό κώδικα.', 'Give the postcode.'),
        )
      }
    } else if (!/^\d{5}$/.test(postalCode)) {
      errors.push(
        fieldError(
          `${at}.postalCode`,
          'invalid_format',
          'Ο ταχυδρομικός κώδικας έχει 5 ψηφία.',
          'A postcode has 5 digits.',
        ),
      )
    } else if (regionOfPostalCode(postalCode) !== municipality.regionEn) {
      errors.push(
        fieldError(
          `${at}.postalCode`,
          'outside_region',
          `Η διεύθυνση είναι εκτός της περιφέρειας του δήμου (${municipality.regionEl}).`,
          `The address is outside the municipality’s region (${municipality.regionEn}).`,
        ),
      )
    }
    phoneCheck(errors, mode, `${at}.phone`, k.phone)
    emailCheck(errors, mode, `${at}.email`, k.email)
    errors.push(...hoursProblems(`${at}.hours`, k.hours, mode))
  })
  return errors
}

function hoursProblems(
  at: string,
  hours: ApplicationKepData['hours'],
  mode: CheckMode,
): FieldError[] {
  const errors: FieldError[] = []
  if (hours.length === 0 && mode === 'submit') {
    errors.push(required(at, 'Δώστε το ωράριο λειτουργίας.', 'Give the opening hours.'))
  }
  if (hours.length > maxHours) {
    errors.push(
      fieldError(at, 'too_many', `Έως ${maxHours} διαστήματα.`, `At most ${maxHours} windows.`),
    )
    return errors
  }
  hours.forEach((h, i) => {
    const field = `${at}[${i}]`
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) {
      errors.push(
        fieldError(
          `${field}.weekday`,
          'invalid',
          'Ημέρα 1 (Δευτέρα) έως 7 (Κυριακή).',
          'Day 1 (Monday) to 7 (Sunday).',
        ),
      )
    }
    if (!timeFormat.test(h.opens) || !timeFormat.test(h.closes)) {
      errors.push(
        fieldError(
          `${field}.opens`,
          'invalid_format',
          'Ώρα ΩΩ:ΛΛ, π.χ. 08:00.',
          'Time HH:MM, e.g. 08:00.',
        ),
      )
    } else if (h.opens >= h.closes) {
      errors.push(
        fieldError(
          `${field}.closes`,
          'before_opening',
          'Η ώρα λήξης είναι πριν από την έναρξη.',
          'The closing time is before the opening time.',
        ),
      )
    } else if (
      hours.some(
        (o, j) => j < i && o.weekday === h.weekday && o.opens < h.closes && h.opens < o.closes,
      )
    ) {
      errors.push(
        fieldError(
          `${field}.opens`,
          'overlaps',
          'Το διάστημα επικαλύπτει άλλο της ίδιας ημέρας.',
          'The window overlaps another of the same day.',
        ),
      )
    }
  })
  return errors
}

async function employeesProblems(
  db: Db,
  municipality: MunicipalityRef,
  data: ApplicationData,
  mode: CheckMode,
): Promise<FieldError[]> {
  const errors: FieldError[] = []
  const list = data.employees
  if (list.length === 0 && mode === 'submit') {
    errors.push(
      required(
        'input.employees',
        'Δηλώστε τους εκπαιδευμένους υπαλλήλους.',
        'List the trained employees.',
      ),
    )
  }
  if (list.length > maxEmployees) {
    errors.push(
      fieldError(
        'input.employees',
        'too_many',
        `Έως ${maxEmployees} υπάλληλοι.`,
        `At most ${maxEmployees} employees.`,
      ),
    )
    return errors
  }
  const kepKeys = new Set(data.keps.map((k) => k.key))
  const taxIds = list.map((e) => e.taxId.trim()).filter((t) => isValidAfm(t))
  // ΑΦΜ already employed at a KEP of another municipality (one employment at a time)
  const elsewhere = new Set(
    (taxIds.length === 0
      ? []
      : await db
          .select({ taxId: employees.taxId })
          .from(employees)
          .innerJoin(keps, eq(keps.id, employees.kepId))
          .where(
            and(
              inArray(employees.taxId, taxIds),
              eq(employees.active, true),
              ne(keps.municipalityId, municipality.id),
            ),
          )
    ).map((r) => r.taxId),
  )
  const seen = new Set<string>()
  list.forEach((e, i) => {
    const at = `input.employees[${i}]`
    textCheck(errors, mode, `${at}.fullName`, e.fullName, maxNameLength, {
      el: 'Δώστε το ονοματεπώνυμο.',
      en: 'Give the full name.',
    })
    const taxId = e.taxId.trim()
    if (taxId === '') {
      if (mode === 'submit')
        errors.push(required(`${at}.taxId`, 'Δώστε τον ΑΦΜ.', 'Give the tax number (ΑΦΜ).'))
    } else if (!isValidAfm(taxId)) {
      errors.push(
        fieldError(`${at}.taxId`, 'invalid_format', 'Μη έγκυρος ΑΦΜ.', 'Invalid tax number (ΑΦΜ).'),
      )
    } else if (seen.has(taxId)) {
      errors.push(
        fieldError(
          `${at}.taxId`,
          'duplicate',
          'Ο ΑΦΜ δηλώθηκε ήδη.',
          'The tax number is already listed.',
        ),
      )
    } else if (elsewhere.has(taxId)) {
      errors.push(
        fieldError(
          `${at}.taxId`,
          'employed_elsewhere',
          'Ο υπάλληλος με αυτόν τον ΑΦΜ εργάζεται ήδη σε ΚΕΠ άλλου δήμου.',
          'The employee with this tax number already works at a KEP of another municipality.',
        ),
      )
    }
    seen.add(taxId)
    if (e.kepKey === '' ? mode === 'submit' : !kepKeys.has(e.kepKey)) {
      errors.push(
        fieldError(
          `${at}.kepKey`,
          e.kepKey === '' ? 'required' : 'unknown',
          'Επιλέξτε ένα από τα ΚΕΠ της αίτησης.',
          'Choose one of the application’s KEPs.',
        ),
      )
    }
    emailCheck(errors, mode, `${at}.email`, e.email)
  })
  if (mode === 'submit' && errors.length === 0) {
    // a new KEP needs someone to serve at it
    data.keps.forEach((k, i) => {
      if (!k.existingKepId && !list.some((e) => e.kepKey === k.key)) {
        errors.push(
          fieldError(
            `input.keps[${i}].key`,
            'no_employees',
            'Δηλώστε τουλάχιστον έναν υπάλληλο για το νέο ΚΕΠ.',
            'List at least one employee for the new KEP.',
          ),
        )
      }
    })
  }
  return errors
}

/** The services (R5.2): the procedure tables' own rules (no code: given on approval). */
function servicesProblems(list: ApplicationServiceData[], mode: CheckMode): FieldError[] {
  const errors: FieldError[] = []
  if (list.length === 0 && mode === 'submit') {
    errors.push(
      required(
        'input.services',
        'Δηλώστε τουλάχιστον μία υπηρεσία του δήμου.',
        'List at least one service of the municipality.',
      ),
    )
  }
  if (list.length > maxServices) {
    errors.push(
      fieldError(
        'input.services',
        'too_many',
        `Έως ${maxServices} υπηρεσίες.`,
        `At most ${maxServices} services.`,
      ),
    )
    return errors
  }
  const titles = new Set<string>()
  list.forEach((s, i) => {
    const at = `input.services[${i}]`
    const problems = procedureFieldsProblems({ ...s, code: 'APPLICATION' })
    for (const p of problems) {
      // a draft may leave fields empty; a title, on submit, never
      if (p.reason === 'required' && mode === 'save') continue
      errors.push({ ...p, field: p.field.replace(/^input\./, `${at}.`) })
    }
    const title = s.titleEl.trim()
    if (title !== '' && titles.has(title)) {
      errors.push(
        fieldError(
          `${at}.titleEl`,
          'duplicate',
          'Υπάρχει ήδη υπηρεσία με αυτόν τον τίτλο στην αίτηση.',
          'A service with this title is already in the application.',
        ),
      )
    }
    titles.add(title)
  })
  return errors
}

/** The application's data as stored from its row. */
export function dataOf(row: {
  decisionNumber: string
  decisionDate: string | null
  contactName: string
  contactEmail: string
  contactPhone: string
  keps: ApplicationKepData[]
  employees: ApplicationEmployeeData[]
  services: ApplicationServiceData[]
}): ApplicationData {
  return {
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    keps: row.keps,
    employees: row.employees,
    services: row.services,
  }
}
