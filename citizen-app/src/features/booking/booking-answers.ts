import type { FieldProblem } from '@keplive/api'
import type { DeliveryMethod, ServiceCategoryCode } from '../../gql/graphql'

/** The steps of the booking flow, one question each, in the order they are asked. */
export type StepName =
  | 'category'
  | 'municipality'
  | 'procedure'
  | 'kepMode'
  | 'kep'
  | 'date'
  | 'time'
  | 'details'
  | 'review'

export const categoryCodes: readonly ServiceCategoryCode[] = [
  'INFORMATION',
  'BUSINESS',
  'DISABILITY',
  'MUNICIPAL',
]

export interface UploadedDocument {
  id: string
  fileName: string
  sizeBytes: number
}

export interface Slot {
  startsAt: string
  endsAt: string
}

/**
 * The chosen time, held for the citizen while they book (issue 16 item 1), and the KEP the
 * hold chose (named before confirming, item 3).
 */
export interface HeldSlot {
  id: string
  startsAt: string
  /** When the hold ends, by this device's clock (the server's length from its receipt). */
  deadline: number
  kep: { name: { el: string; en: string }; municipality: { el: string; en: string } }
}

/** R2.2 (a)–(g) and the business, as typed: kept as strings until the server judges them. */
export interface Details {
  fullName: string
  email: string
  phone: string
  postalAddress: string
  documents: UploadedDocument[]
  signLanguage: boolean
  lipReading: boolean
  otherNeeds: boolean
  otherText: string
  deliveryMethod?: DeliveryMethod
  forBusiness?: 'yes' | 'no'
  businessName: string
  businessTaxId: string
  /** Issue 16 item 4: the business was filled in from the citizen's last booking. */
  businessFromLast?: boolean
  /** The prefill from the login has been applied once (never again over what was typed). */
  prefilled: boolean
}

export interface BookingAnswers {
  category?: ServiceCategoryCode
  municipalityId?: string
  procedureId?: string
  /** Outside the municipal field: any KEP, or one the citizen chooses. */
  kepMode?: 'any' | 'chosen'
  kepId?: string
  /** The month the calendar shows, `YYYY-MM`. */
  month?: string
  date?: string
  slot?: Slot
  /** The hold of `slot` (issue 16 item 1); let go when the time changes or the flow is left. */
  hold?: HeldSlot
  details: Details
  detailsDone: boolean
  /** Set by a "Change" link of the review: the step goes back to the review when answered. */
  returnToReview: boolean
  /** Free times the server offered when the chosen one was taken (SLOT_UNAVAILABLE). */
  alternatives: Slot[]
  /** The server's objections to the last attempt, field by field (VALIDATION_FAILED). */
  problems: FieldProblem[]
  /** One per booking attempt: a retried request returns the same booking. */
  idempotencyKey: string
}

export const emptyDetails = (): Details => ({
  fullName: '',
  email: '',
  phone: '',
  postalAddress: '',
  documents: [],
  signLanguage: false,
  lipReading: false,
  otherNeeds: false,
  otherText: '',
  businessName: '',
  businessTaxId: '',
  prefilled: false,
})

export const freshAnswers = (): BookingAnswers => ({
  details: emptyDetails(),
  detailsDone: false,
  returnToReview: false,
  alternatives: [],
  problems: [],
  idempotencyKey: crypto.randomUUID(),
})

/** R4.4: only the municipal field asks for the municipality first and requires its KEP. */
export const isMunicipal = (answers: Pick<BookingAnswers, 'category'>) =>
  answers.category === 'MUNICIPAL'

/** The questions this citizen is asked, given the answers so far. */
export function stepsFor(answers: BookingAnswers): StepName[] {
  const where: StepName[] = isMunicipal(answers)
    ? ['municipality', 'procedure', 'kep']
    : [
        'procedure',
        'kepMode',
        ...(answers.kepMode === 'chosen' ? (['municipality', 'kep'] as const) : []),
      ]
  return ['category', ...where, 'date', 'time', 'details', 'review']
}

function answered(step: StepName, answers: BookingAnswers): boolean {
  switch (step) {
    case 'category':
      return answers.category !== undefined
    case 'municipality':
      return answers.municipalityId !== undefined
    case 'procedure':
      return answers.procedureId !== undefined
    case 'kepMode':
      return answers.kepMode !== undefined
    case 'kep':
      return answers.kepId !== undefined
    case 'date':
      return answers.date !== undefined
    case 'time':
      // chosen and held (issue 16 item 1): a hold let go sends the citizen back to hold it again
      return answers.slot !== undefined && answers.hold !== undefined
    case 'details':
      return answers.detailsDone
    case 'review':
      return false
  }
}

/**
 * The step to show: the one asked for if every question before it is answered, otherwise the
 * first unanswered one (a stale or hand-typed address never skips a question).
 */
export function resolveStep(answers: BookingAnswers, requested: string | null): StepName {
  const steps = stepsFor(answers)
  const firstOpen = steps.findIndex((step) => !answered(step, answers))
  const wanted = steps.indexOf(requested as StepName)
  if (wanted !== -1 && wanted <= firstOpen) return steps[wanted]!
  return steps[firstOpen]!
}

/** Where "Continue" leads from `step`: the next question, or back to the review. */
export function stepAfter(answers: BookingAnswers, step: StepName): StepName {
  const steps = stepsFor(answers)
  if (answers.returnToReview) return resolveStep(answers, 'review')
  return steps[steps.indexOf(step) + 1] ?? 'review'
}

/** Where "Back" leads from `step`; undefined on the first question. */
export function stepBefore(answers: BookingAnswers, step: StepName): StepName | undefined {
  const steps = stepsFor(answers)
  const index = steps.indexOf(step)
  return index > 0 ? steps[index - 1] : undefined
}

// What each answer invalidates: a new field means a new procedure, a new place a new time.
const later = {
  category: {
    municipalityId: undefined,
    procedureId: undefined,
    kepMode: undefined,
    kepId: undefined,
    date: undefined,
    slot: undefined,
  },
  place: { date: undefined, slot: undefined },
} satisfies Record<string, Partial<BookingAnswers>>

export function chooseCategory(answers: BookingAnswers, category: ServiceCategoryCode) {
  if (answers.category === category) return answers
  return { ...answers, ...later.category, category }
}

export function chooseMunicipality(answers: BookingAnswers, municipalityId: string) {
  if (answers.municipalityId === municipalityId) return answers
  return {
    ...answers,
    ...later.place,
    municipalityId,
    kepId: undefined,
    // a municipal procedure belongs to its municipality
    procedureId: isMunicipal(answers) ? undefined : answers.procedureId,
  }
}

export function chooseProcedure(answers: BookingAnswers, procedureId: string) {
  if (answers.procedureId === procedureId) return answers
  return { ...answers, ...later.place, procedureId }
}

export function chooseKepMode(answers: BookingAnswers, kepMode: 'any' | 'chosen') {
  if (answers.kepMode === kepMode) return answers
  return { ...answers, ...later.place, kepMode, municipalityId: undefined, kepId: undefined }
}

export function chooseKep(answers: BookingAnswers, kepId: string) {
  if (answers.kepId === kepId) return answers
  return { ...answers, ...later.place, kepId }
}

export function chooseDate(answers: BookingAnswers, date: string) {
  if (answers.date === date) return answers
  return { ...answers, date, slot: undefined }
}

/**
 * A server field problem's path within the booking's input: the booking's own checks name
 * `fullName`, the server's rule for every text (no control characters, at most 10,000
 * characters) names `input.fullName`; both are the same question.
 */
export function bookingField(field: string): string {
  return field.replace(/^input\./, '')
}

/** Which step asks the question a server field problem is about. */
export function stepOfField(problemField: string): StepName {
  const field = bookingField(problemField)
  if (field === 'startsAt' || field === 'holdId') return 'time'
  if (field === 'procedureId') return 'procedure'
  if (field === 'kepId') return 'kep'
  if (field === 'municipalityId') return 'municipality'
  if (field === 'category') return 'category'
  return 'details'
}

const storageKey = 'keplive.booking'

/**
 * The answers survive a reload and the login round trip in this tab's session storage (and
 * nowhere else: closing the tab forgets them).
 */
export function loadAnswers(): BookingAnswers {
  try {
    const stored = sessionStorage.getItem(storageKey)
    if (stored) {
      const parsed = JSON.parse(stored) as Partial<BookingAnswers>
      const fresh = freshAnswers()
      return { ...fresh, ...parsed, details: { ...fresh.details, ...parsed.details } }
    }
  } catch {
    // storage disabled or a damaged entry: start afresh
  }
  return freshAnswers()
}

export function saveAnswers(answers: BookingAnswers) {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(answers))
  } catch {
    // the answers then last while the page is open
  }
}

export function forgetAnswers() {
  try {
    sessionStorage.removeItem(storageKey)
  } catch {
    // nothing stored
  }
}
