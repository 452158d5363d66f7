import { el } from './messages.el.js'
import { en } from './messages.en.js'

export type EmailKind =
  'booked' | 'rescheduled' | 'reminder' | 'cancelled' | 'contact_changed' | CallOutcomeKind

/** Issue 14 item 4: what the citizen is told when the call's outcome or a no-show is recorded. */
export type CallOutcomeKind = 'outcome' | 'no_show'

/** The changes the KEP's staff make on a citizen's behalf (issue 14 item 3). */
export type StaffChangeKind = 'rescheduled' | 'cancelled'

/** Issue 16 item 5: the contact details a citizen may change on an upcoming booking. */
export type ContactField = 'email' | 'phone' | 'postalAddress' | 'specialRequirements'

/** How the KEP delivers the document (bookings' delivery_method). */
export type DeliveryMethod = 'post' | 'email' | 'pickup'

/** Every user-facing string of the emails; one catalog per language (messages.el.ts, .en.ts). */
export interface Messages {
  lang: 'el' | 'en'
  /** For Intl.DateTimeFormat. */
  dateLocale: string
  service: string
  subject: Record<EmailKind, (reference: string) => string>
  heading: Record<EmailKind, string>
  greeting: (name: string) => string
  intro: Record<EmailKind, string>
  /** Issue 14 item 3: a change the KEP's staff made on the citizen's behalf, with their reason. */
  staffChange: Record<StaffChangeKind, (reason: string) => string>
  detailsHeading: string
  labels: Record<
    'reference' | 'field' | 'procedure' | 'kep' | 'address' | 'when' | 'length' | 'requirements',
    string
  >
  /** Issue 16 item 7: the call's length, e.g. "20 λεπτά". */
  minutes: (count: number) => string
  /** Issue 16 item 7: the special requirements as the citizen asked for them, and what follows. */
  requirements: Record<'signLanguage' | 'lipReading' | 'none', string>
  interpreterNote: string
  lipReadingNote: string
  /** Issue 16 item 5: the contact details changed on the booking's page, by their new values. */
  contactChangedHeading: string
  contactLabels: Record<'email' | 'phone' | 'postalAddress' | 'specialRequirements', string>
  haveHeading: string
  identityDocument: string
  device: string
  joinHeading: string
  joinText: (opensMinutesBefore: number) => string
  joinLink: string
  manageHeading: string
  manageText: string
  manageLink: string
  newBookingLink: string
  outcomeHeading: string
  outcomeLabels: Record<'filed' | 'protocolNumber' | 'delivery', string>
  delivery: Record<DeliveryMethod, string>
  noShowText: string
  calendarNote: string
  footer: string
  calendarSummary: (reference: string) => string
  /** Issue 14 item 4: an employee's morning email listing their day (to their work address). */
  morningSummary: MorningSummaryMessages
  /** Issue 18: the steps of a municipality's application, to its contact person. */
  municipalityApplication: MunicipalityApplicationMessages
}

export type MunicipalityApplicationStep =
  'submitted' | 'changes_requested' | 'approved' | 'rejected'

export interface MunicipalityApplicationMessages {
  subject: Record<MunicipalityApplicationStep, (municipality: string) => string>
  intro: Record<MunicipalityApplicationStep, string>
  reasonHeading: string
  commentsHeading: string
  sections: Record<
    'municipality' | 'contact' | 'decision' | 'keps' | 'employees' | 'services',
    string
  >
  linkText: string
  footer: string
}

export interface MorningSummaryMessages {
  /** `date`: the day already written out ("Τρίτη 12 Ιανουαρίου 2027"). */
  subject: (date: string, count: number) => string
  heading: (date: string) => string
  intro: (count: number) => string
  columns: Record<'time' | 'procedure' | 'citizen' | 'requirements' | 'documents', string>
  signLanguage: string
  lipReading: string
  noRequirements: string
  agendaText: string
  agendaLink: string
  settingsNote: string
  footer: string
}

/** Greek unless the citizen chose English. */
export const messagesFor = (locale: string): Messages => (locale === 'en' ? en : el)
