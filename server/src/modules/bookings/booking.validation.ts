import { isValidAfm } from '../../platform/afm.js'
import type { FieldError } from '../../platform/errors.js'

// Checks of what a citizen types, each with a reason code and a message in Greek and English.

const error = (field: string, reason: string, el: string, en: string): FieldError => ({
  field,
  reason,
  message: { el, en },
})

/**
 * A Greek phone number, landline (2…) or mobile (69…), ten digits, with or without +30 / 0030,
 * spaces, dots or dashes. Returns it normalised to +30XXXXXXXXXX, or null.
 */
export function normalisePhone(value: string): string | null {
  const digits = value.replace(/[\s.\-()]/g, '').replace(/^(\+30|0030)/, '')
  return /^(2\d{9}|69\d{8})$/.test(digits) ? `+30${digits}` : null
}

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/.test(value)
}

interface TextRule {
  field: string
  value: string | null | undefined
  required: boolean
  min: number
  max: number
  label: { el: string; en: string }
}

/** Trims a text and checks its length; pushes an error and returns null when it is bad. */
export function checkText(rule: TextRule, errors: FieldError[]): string | null {
  const text = (rule.value ?? '').trim().replace(/\s+/g, ' ')
  if (text.length === 0) {
    if (rule.required) {
      errors.push(
        error(
          rule.field,
          'required',
          `Συμπληρώστε: ${rule.label.el}.`,
          `Please fill in: ${rule.label.en}.`,
        ),
      )
    }
    return null
  }
  if (text.length < rule.min) {
    errors.push(
      error(
        rule.field,
        'too_short',
        `${rule.label.el}: τουλάχιστον ${rule.min} χαρακτήρες.`,
        `${rule.label.en}: at least ${rule.min} characters.`,
      ),
    )
    return null
  }
  if (text.length > rule.max) {
    errors.push(
      error(
        rule.field,
        'too_long',
        `${rule.label.el}: έως ${rule.max} χαρακτήρες.`,
        `${rule.label.en}: at most ${rule.max} characters.`,
      ),
    )
    return null
  }
  return text
}

export interface ContactInput {
  fullName: string
  email: string
  phone: string
  postalAddress: string
  specialRequirements?: {
    signLanguage?: boolean | null
    lipReading?: boolean | null
    other?: string | null
  } | null
  business?: { taxId: string; name: string } | null
  idempotencyKey?: string | null
}

export interface Contact {
  fullName: string
  email: string
  phone: string
  postalAddress: string
  needsSignLanguage: boolean
  needsLipReading: boolean
  otherRequirements: string | null
  businessTaxId: string | null
  businessName: string | null
}

/** R2.2 (a)–(d), (f) and the business details; errors go to `errors`, field by field. */
export function checkContact(input: ContactInput, errors: FieldError[]): Contact | null {
  const before = errors.length
  const fullName = checkText(
    {
      field: 'fullName',
      value: input.fullName,
      required: true,
      min: 3,
      max: 150,
      label: { el: 'ονοματεπώνυμο', en: 'full name' },
    },
    errors,
  )
  if (fullName && !/\p{L}/u.test(fullName)) {
    errors.push(
      error(
        'fullName',
        'invalid_format',
        'Το ονοματεπώνυμο θέλει γράμματα.',
        'A full name needs letters.',
      ),
    )
  }
  const email = input.email.trim().toLowerCase()
  if (!email) {
    errors.push(
      error('email', 'required', 'Συμπληρώστε το email σας.', 'Please fill in your email.'),
    )
  } else if (!isValidEmail(email)) {
    errors.push(
      error(
        'email',
        'invalid_format',
        'Το email δεν είναι σωστό (π.χ. onoma@example.gr).',
        'The email address is not valid (e.g. name@example.gr).',
      ),
    )
  }
  const phone = normalisePhone(input.phone)
  if (!input.phone.trim()) {
    errors.push(
      error(
        'phone',
        'required',
        'Συμπληρώστε το τηλέφωνό σας.',
        'Please fill in your phone number.',
      ),
    )
  } else if (!phone) {
    errors.push(
      error(
        'phone',
        'invalid_format',
        'Ο αριθμός τηλεφώνου δεν είναι σωστός: 10 ψηφία, σταθερό (2…) ή κινητό (69…).',
        'The phone number is not valid: 10 digits, a landline (2…) or a mobile (69…).',
      ),
    )
  }
  const postalAddress = checkText(
    {
      field: 'postalAddress',
      value: input.postalAddress,
      required: true,
      min: 5,
      max: 300,
      label: { el: 'διεύθυνση επικοινωνίας', en: 'postal address' },
    },
    errors,
  )
  const other = checkText(
    {
      field: 'specialRequirements.other',
      value: input.specialRequirements?.other,
      required: false,
      min: 2,
      max: 1000,
      label: { el: 'άλλες ειδικές απαιτήσεις', en: 'other special requirements' },
    },
    errors,
  )
  let businessTaxId: string | null = null
  let businessName: string | null = null
  if (input.business) {
    businessTaxId = input.business.taxId.replace(/\s/g, '')
    if (!isValidAfm(businessTaxId)) {
      errors.push(
        error(
          'business.taxId',
          'invalid_tax_id',
          'Ο ΑΦΜ της επιχείρησης δεν είναι έγκυρος (9 ψηφία με σωστό ψηφίο ελέγχου).',
          "The business's tax number (ΑΦΜ) is not valid (9 digits with a correct check digit).",
        ),
      )
    }
    businessName = checkText(
      {
        field: 'business.name',
        value: input.business.name,
        required: true,
        min: 2,
        max: 200,
        label: { el: 'επωνυμία επιχείρησης', en: 'business name' },
      },
      errors,
    )
  }
  if ((input.idempotencyKey?.length ?? 0) > 100) {
    errors.push(
      error(
        'idempotencyKey',
        'too_long',
        'Το κλειδί επανάληψης είναι πολύ μεγάλο.',
        'The idempotency key is too long.',
      ),
    )
  }
  if (errors.length > before) return null
  return {
    fullName: fullName!,
    email,
    phone: phone!,
    postalAddress: postalAddress!,
    needsSignLanguage: input.specialRequirements?.signLanguage ?? false,
    needsLipReading: input.specialRequirements?.lipReading ?? false,
    otherRequirements: other,
    businessTaxId,
    businessName,
  }
}

export { error as fieldError }
