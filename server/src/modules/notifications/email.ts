import { escapeHtml } from './html.js'
import {
  messagesFor,
  type ContactField,
  type DeliveryMethod,
  type EmailKind,
  type Messages,
} from './messages.js'

/** What an email says about a booking; read from the database at send time. */
export interface BookingMail {
  bookingId: string
  reference: string
  fullName: string
  locale: string
  fieldName: string
  procedureTitle: string
  requiredDocuments: string[]
  /**
   * Issue 16 item 2: the procedure names the identity document itself (e.g. "of all the
   * partners"), so the general line about it is not said twice.
   */
  namesIdentityDocument?: boolean
  /** Issue 16 item 7: the call's length in minutes. */
  callMinutes?: number
  /** Issue 16 item 7: what the citizen asked for (R2.2 f). */
  requirements?: { signLanguage: boolean; lipReading: boolean; other: string | null }
  /** Issue 16 item 5: the contact details changed (the `contact_changed` email), now. */
  contact?: {
    changed: ContactField[]
    email: string
    phone: string
    postalAddress: string
  }
  kepName: string
  kepAddress: string
  startsAt: Date
  /** Why the service moved or cancelled it (issue 13: a KEP suspended, an employee absent…). */
  notice?: string
  /**
   * Issue 14 item 3: the reason the KEP's employee gave for moving or cancelling it on the
   * citizen's behalf, as they wrote it.
   */
  staffReason?: string
  /** Issue 14 item 4: what the employee recorded as the call's outcome (the `outcome` email). */
  outcome?: CallOutcomeMail
}

/** The submission record as the citizen is told it. */
export interface CallOutcomeMail {
  filedDescription: string
  protocolNumber: string
  deliveryMethod: DeliveryMethod
}

/** Whether an email is about an appointment still to come (join link, what to have). */
export const isUpcoming = (kind: EmailKind) =>
  kind === 'booked' || kind === 'rescheduled' || kind === 'reminder'

/** An invitation or its cancellation carries the .ics; the emails after the call do not. */
export const attachesCalendar = (kind: EmailKind) =>
  kind !== 'outcome' && kind !== 'no_show' && kind !== 'contact_changed'

/** Issue 16 item 7: the emails of an appointment to come say its length and requirements. */
const describesTheCall = (kind: EmailKind) => isUpcoming(kind) || kind === 'contact_changed'

export interface RenderedEmail {
  subject: string
  html: string
  text: string
}

/** "Τρίτη 12 Ιανουαρίου 2027, 10:30" — always in Athens time, whatever the server's zone. */
export function formatWhen(at: Date, locale: string): string {
  const m = messagesFor(locale)
  const parts = new Intl.DateTimeFormat(m.dateLocale, {
    timeZone: 'Europe/Athens',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  // The genitive month name ("Ιανουαρίου") is what the long format with a day gives.
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`
}

/**
 * The email of a booking (R2.3), its reminder (R2.6), the change notices and, after the call,
 * its outcome or the no-show (issue 14 item 4): HTML with real text, headings and a lang
 * attribute, plus the same as plain text. The join link (R2.5) is only in the emails of an
 * appointment still to come; the others offer a new booking instead.
 */
export function renderEmail(
  kind: EmailKind,
  mail: BookingMail,
  links: { join?: string; manage: string; book: string },
  joinOpensMinutesBefore: number,
): RenderedEmail {
  const m = messagesFor(mail.locale)
  const when = formatWhen(mail.startsAt, mail.locale)
  const details: [string, string][] = [
    [m.labels.reference, mail.reference],
    [m.labels.field, mail.fieldName],
    [m.labels.procedure, mail.procedureTitle],
    [m.labels.kep, mail.kepName],
    [m.labels.address, mail.kepAddress],
    [m.labels.when, when],
  ]
  const requirements = mail.requirements
  const describes = describesTheCall(kind)
  if (describes && mail.callMinutes !== undefined) {
    details.push([m.labels.length, m.minutes(mail.callMinutes)])
  }
  if (describes && requirements) {
    details.push([m.labels.requirements, requirementsText(m, requirements)])
  }
  const toHave = [
    ...(mail.namesIdentityDocument ? [] : [m.identityDocument]),
    ...mail.requiredDocuments,
    m.device,
  ]
  const active = isUpcoming(kind)
  const contact: [string, string][] =
    kind === 'contact_changed' && mail.contact
      ? mail.contact.changed.map((field) => [
          m.contactLabels[field],
          field === 'specialRequirements'
            ? requirementsText(
                m,
                requirements ?? { signLanguage: false, lipReading: false, other: null },
              )
            : mail.contact![field],
        ])
      : []
  const subject = m.subject[kind](mail.reference)
  const outcome: [string, string][] = mail.outcome
    ? [
        [m.outcomeLabels.filed, mail.outcome.filedDescription],
        [m.outcomeLabels.protocolNumber, mail.outcome.protocolNumber],
        [m.outcomeLabels.delivery, m.delivery[mail.outcome.deliveryMethod]],
      ]
    : []
  const offer = kind === 'no_show' ? [m.noShowText] : []
  const staffChange =
    mail.staffReason && (kind === 'rescheduled' || kind === 'cancelled')
      ? m.staffChange[kind](mail.staffReason)
      : undefined
  const notes = [
    mail.notice,
    staffChange,
    describes && requirements?.signLanguage ? m.interpreterNote : undefined,
    describes && requirements?.lipReading ? m.lipReadingNote : undefined,
  ].filter((n): n is string => Boolean(n))

  const text = [
    m.heading[kind],
    '',
    m.greeting(mail.fullName),
    '',
    m.intro[kind],
    '',
    ...notes.flatMap((n) => [n, '']),
    ...details.map(([k, v]) => `${k}: ${v}`),
    '',
    ...(outcome.length > 0 ? [m.outcomeHeading, ...outcome.map(([k, v]) => `${k}: ${v}`), ''] : []),
    ...(contact.length > 0
      ? [m.contactChangedHeading, ...contact.map(([k, v]) => `${k}: ${v}`), '']
      : []),
    ...(kind === 'contact_changed'
      ? [m.manageHeading, m.manageText, links.manage]
      : active
        ? [
            m.haveHeading,
            ...toHave.map((d) => `- ${d}`),
            '',
            m.joinHeading,
            m.joinText(joinOpensMinutesBefore),
            links.join ?? '',
            '',
            m.manageHeading,
            m.manageText,
            links.manage,
          ]
        : [...offer, m.newBookingLink, links.book]),
    '',
    ...(attachesCalendar(kind) ? [m.calendarNote, ''] : []),
    '--',
    m.footer,
  ].join('\n')

  const e = escapeHtml
  const rows = (pairs: [string, string][]) =>
    pairs
      .map(
        ([k, v]) =>
          `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${e(k)}</th><td style="padding:4px 0">${e(v)}</td></tr>`,
      )
      .join('\n')
  const button =
    'display:inline-block;background:#00703c;color:#ffffff;padding:12px 20px;font-size:18px;font-weight:bold;text-decoration:none;border-radius:4px'
  const html = `<!DOCTYPE html>
<html lang="${m.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${e(subject)}" lang="${m.lang}" style="max-width:640px;margin:0 auto;padding:16px">
<p style="margin:0 0 16px;padding:12px 16px;background:#003375;color:#ffffff;font-weight:bold">${e(m.service)}</p>
<h1 style="font-size:24px;margin:0 0 16px">${e(m.heading[kind])}</h1>
<p>${e(m.greeting(mail.fullName))}</p>
<p>${e(m.intro[kind])}</p>${notes.map((n) => `\n<p>${e(n)}</p>`).join('')}
<h2 style="font-size:20px">${e(m.detailsHeading)}</h2>
<table role="presentation" style="border-collapse:collapse">
${rows(details)}
</table>${
    outcome.length > 0
      ? `
<h2 style="font-size:20px">${e(m.outcomeHeading)}</h2>
<table role="presentation" style="border-collapse:collapse">
${rows(outcome)}
</table>`
      : ''
  }${
    contact.length > 0
      ? `
<h2 style="font-size:20px">${e(m.contactChangedHeading)}</h2>
<table role="presentation" style="border-collapse:collapse">
${rows(contact)}
</table>`
      : ''
  }
${
  kind === 'contact_changed'
    ? `<h2 style="font-size:20px">${e(m.manageHeading)}</h2>
<p>${e(m.manageText)} <a href="${e(links.manage)}" style="color:#1d70b8">${e(m.manageLink)}</a></p>`
    : active
      ? `<h2 style="font-size:20px">${e(m.haveHeading)}</h2>
<ul>
${toHave.map((d) => `<li>${e(d)}</li>`).join('\n')}
</ul>
<h2 style="font-size:20px">${e(m.joinHeading)}</h2>
<p>${e(m.joinText(joinOpensMinutesBefore))}</p>
<p><a href="${e(links.join ?? '')}" style="${button}">${e(m.joinLink)}</a></p>
<p style="word-break:break-all">${e(links.join ?? '')}</p>
<h2 style="font-size:20px">${e(m.manageHeading)}</h2>
<p>${e(m.manageText)} <a href="${e(links.manage)}" style="color:#1d70b8">${e(m.manageLink)}</a></p>`
      : `<p>${offer.map((o) => `${e(o)} `).join('')}<a href="${e(links.book)}" style="color:#1d70b8">${e(m.newBookingLink)}</a></p>`
}${attachesCalendar(kind) ? `\n<p>${e(m.calendarNote)}</p>` : ''}
<hr>
<p style="color:#505a5f;font-size:14px">${e(m.footer)}</p>
</div>
</body>
</html>
`
  return { subject, html, text }
}

/** "Greek Sign Language interpreting · Lip-reading · <other>", or "None". */
function requirementsText(
  m: Messages,
  r: { signLanguage: boolean; lipReading: boolean; other: string | null },
): string {
  const asked = [
    r.signLanguage ? m.requirements.signLanguage : null,
    r.lipReading ? m.requirements.lipReading : null,
    r.other,
  ].filter((x): x is string => Boolean(x))
  return asked.length > 0 ? asked.join(' · ') : m.requirements.none
}
