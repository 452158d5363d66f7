import type { MyData } from './my-data.export.js'

// The readable copy of the export (issue 19 item 3): one standalone page, saved by the
// citizen and opened from their disk, so its style is inline and it loads nothing. Every value
// of the JSON is shown; labels are in the citizen's language.

type Locale = 'el' | 'en'

const texts = {
  el: {
    title: 'Τα δεδομένα μου στο myKEPlive',
    intro:
      'Όσα κρατά η υπηρεσία για εσάς τη στιγμή της λήψης (άρθρα 15 και 20 ΓΚΠΔ). Το ίδιο περιεχόμενο, σε μορφή για υπολογιστές, είναι στο αρχείο JSON.',
    generatedAt: 'Δημιουργήθηκε',
    citizen: 'Τα στοιχεία σας',
    bookings: 'Ραντεβού',
    booking: 'Ραντεβού',
    events: 'Ιστορικό',
    documents: 'Έγγραφα (όνομα και μέγεθος· όχι το περιεχόμενο)',
    call: 'Βιντεοκλήση',
    submissionRecord: 'Έντυπο επιτυχούς καταχώρισης',
    emails: 'Μηνύματα email',
    unattachedDocuments: 'Έγγραφα χωρίς ραντεβού',
    sessions: 'Συνδέσεις',
    auditEntries: 'Ενέργειές σας στο αρχείο ελέγχου',
    none: 'Κανένα.',
    yes: 'ναι',
    no: 'όχι',
  },
  en: {
    title: 'My data on myKEPlive',
    intro:
      'What the service holds about you at the time of the download (GDPR Articles 15 and 20). The same content, for computers, is in the JSON file.',
    generatedAt: 'Generated',
    citizen: 'Your details',
    bookings: 'Appointments',
    booking: 'Appointment',
    events: 'History',
    documents: 'Documents (name and size; not the content)',
    call: 'Video call',
    submissionRecord: 'Successful submission form',
    emails: 'Emails',
    unattachedDocuments: 'Documents with no appointment',
    sessions: 'Logins',
    auditEntries: 'Your actions in the audit trail',
    none: 'None.',
    yes: 'yes',
    no: 'no',
  },
} as const

function escape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

type Texts = (typeof texts)[Locale]

/** Each field's name as a person reads it; a field not listed shows its own name. */
const labels: Record<string, [el: string, en: string]> = {
  id: ['Αναγνωριστικό', 'Identifier'],
  firstName: ['Όνομα', 'First name'],
  lastName: ['Επώνυμο', 'Last name'],
  email: ['Email', 'Email'],
  phone: ['Τηλέφωνο', 'Phone'],
  postalAddress: ['Διεύθυνση επικοινωνίας', 'Postal address'],
  locale: ['Γλώσσα', 'Language'],
  createdAt: ['Δημιουργήθηκε', 'Created'],
  updatedAt: ['Τελευταία αλλαγή', 'Last changed'],
  lastLoginAt: ['Τελευταία σύνδεση', 'Last login'],
  taxNumber: ['ΑΦΜ', 'Tax number'],
  reference: ['Αριθμός ραντεβού', 'Appointment number'],
  status: ['Κατάσταση', 'Status'],
  startsAt: ['Έναρξη', 'Starts'],
  endsAt: ['Λήξη', 'Ends'],
  procedureId: ['Διαδικασία (αναγνωριστικό)', 'Procedure (identifier)'],
  procedureTitleEl: ['Διαδικασία', 'Procedure (Greek)'],
  procedureTitleEn: ['Διαδικασία (αγγλικά)', 'Procedure'],
  kepId: ['ΚΕΠ (αναγνωριστικό)', 'KEP (identifier)'],
  kepNameEl: ['ΚΕΠ', 'KEP (Greek)'],
  kepNameEn: ['ΚΕΠ (αγγλικά)', 'KEP'],
  fullName: ['Ονοματεπώνυμο', 'Full name'],
  needsSignLanguage: ['Διερμηνεία νοηματικής', 'Sign-language interpreting'],
  needsLipReading: ['Χειλεανάγνωση', 'Lip reading'],
  otherRequirements: ['Άλλες ειδικές απαιτήσεις', 'Other special requirements'],
  deliveryMethod: ['Τρόπος παράδοσης', 'Delivery'],
  businessTaxId: ['ΑΦΜ επιχείρησης', 'Business tax number'],
  businessName: ['Επωνυμία επιχείρησης', 'Business name'],
  representationStatus: ['Νόμιμη εκπροσώπηση', 'Legal representation'],
  representationCheckedAt: ['Έλεγχος εκπροσώπησης', 'Representation checked'],
  representationReference: ['Αριθμός ελέγχου ΚΕΔ', 'KED check reference'],
  cancelledAt: ['Ακυρώθηκε', 'Cancelled'],
  pseudonymisedAt: ['Ψευδωνυμοποιήθηκε', 'Pseudonymised'],
  bookingId: ['Ραντεβού', 'Appointment'],
  action: ['Ενέργεια', 'Action'],
  actorKind: ['Από', 'By'],
  at: ['Πότε', 'When'],
  fromStartsAt: ['Από ώρα', 'From time'],
  toStartsAt: ['Σε ώρα', 'To time'],
  details: ['Λεπτομέρειες', 'Details'],
  fileName: ['Όνομα αρχείου', 'File name'],
  mimeType: ['Τύπος', 'Type'],
  sizeBytes: ['Μέγεθος (bytes)', 'Size (bytes)'],
  deleteAfter: ['Διαγράφεται μετά από', 'Deleted after'],
  citizenJoinedAt: ['Μπήκατε στην αναμονή', 'You joined the waiting room'],
  admittedAt: ['Ξεκίνησε η κλήση', 'Call started'],
  endedAt: ['Τέλος κλήσης', 'Call ended'],
  audioOnly: ['Μόνο ήχος', 'Audio only'],
  identityDocumentType: ['Έγγραφο ταυτοποίησης', 'Identity document'],
  identityVerified: ['Ταυτοποιηθήκατε', 'Identity verified'],
  identityCheckedAt: ['Έλεγχος ταυτότητας', 'Identity checked'],
  kedReference: ['Αναφορά ΚΕΔ', 'KED reference'],
  callId: ['Κλήση', 'Call'],
  role: ['Ρόλος', 'Role'],
  displayName: ['Όνομα στην κλήση', 'Name in the call'],
  joinedAt: ['Συνδέθηκε', 'Joined'],
  leftAt: ['Αποσυνδέθηκε', 'Left'],
  guestName: ['Όνομα προσκεκλημένου', 'Guest’s name'],
  expiresAt: ['Λήγει', 'Expires'],
  usedAt: ['Χρησιμοποιήθηκε', 'Used'],
  protocolNumber: ['Αριθμός πρωτοκόλλου', 'Protocol number'],
  filedDescription: ['Τι κατατέθηκε', 'What was filed'],
  notes: ['Σημειώσεις', 'Notes'],
  recordedAt: ['Καταχωρίστηκε', 'Recorded'],
  kind: ['Είδος', 'Kind'],
  recipient: ['Παραλήπτης', 'Recipient'],
  dueAt: ['Προγραμματίστηκε', 'Due'],
  sentAt: ['Στάλθηκε', 'Sent'],
  lastSeenAt: ['Τελευταία χρήση', 'Last used'],
  absoluteExpiresAt: ['Λήγει το αργότερο', 'Expires at the latest'],
  revokedAt: ['Τερματίστηκε', 'Ended'],
  ipAddress: ['Διεύθυνση IP', 'IP address'],
  userAgent: ['Φυλλομετρητής', 'Browser'],
  entity: ['Εγγραφή', 'Record'],
  entityId: ['Εγγραφή (αναγνωριστικό)', 'Record (identifier)'],
}

const label = (key: string, locale: Locale) => escape(labels[key]?.[locale === 'el' ? 0 : 1] ?? key)

/** A moment in Athens time, as people there read it (the JSON keeps the exact instant). */
function when(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'el' ? 'el-GR' : 'en-GB', {
    timeZone: 'Europe/Athens',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(value)
}

function show(value: unknown, t: Texts, locale: Locale): string {
  if (value === null || value === undefined) return '—'
  if (value instanceof Date) return escape(when(value, locale))
  if (typeof value === 'boolean') return value ? t.yes : t.no
  if (typeof value === 'object') return `<code>${escape(JSON.stringify(value))}</code>`
  return escape(String(value))
}

/** A record as a two-column table; nested lists and records are left to the caller. */
function fields(row: Record<string, unknown>, t: Texts, locale: Locale): string {
  const rows = Object.entries(row)
    .filter(([, v]) => !Array.isArray(v) && !(v && typeof v === 'object' && !(v instanceof Date)))
    .map(
      ([k, v]) => `<tr><th scope="row">${label(k, locale)}</th><td>${show(v, t, locale)}</td></tr>`,
    )
  return `<table>${rows.join('')}</table>`
}

/** A list of records as one table, a column per field. */
function list(rows: readonly Record<string, unknown>[], t: Texts, locale: Locale): string {
  if (rows.length === 0) return `<p>${t.none}</p>`
  const keys = Object.keys(rows[0]!).filter((k) => !Array.isArray(rows[0]![k]))
  const head = keys.map((k) => `<th scope="col">${label(k, locale)}</th>`).join('')
  const body = rows
    .map((r) => `<tr>${keys.map((k) => `<td>${show(r[k], t, locale)}</td>`).join('')}</tr>`)
    .join('')
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
}

const style = `
body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; margin: 0; }
header { background: #003375; color: #fff; padding: 0.75rem 1rem; font-weight: 600; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #b1b4b6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
.scroll { overflow-x: auto; }
section.booking { border-left: 4px solid #003375; padding-left: 0.75rem; margin: 1rem 0; }
code { word-break: break-all; }
`

/** The export as a readable page in `locale`. */
export function renderMyDataHtml(data: NonNullable<MyData>, locale: Locale): string {
  const t = texts[locale]
  const bookingSections = data.bookings.map((b) => {
    const { events, documents, call, submissionRecord, emails, ...row } = b
    const callPart = call
      ? `${fields(call, t, locale)}${list(call.citizenConnections, t, locale)}${list(call.invitations, t, locale)}`
      : `<p>${t.none}</p>`
    return `<section class="booking">
<h3>${t.booking} ${escape(b.reference)}</h3>
${fields(row, t, locale)}
<h4>${t.events}</h4>${list(events, t, locale)}
<h4>${t.documents}</h4>${list(documents, t, locale)}
<h4>${t.call}</h4>${callPart}
<h4>${t.submissionRecord}</h4>${submissionRecord ? fields(submissionRecord, t, locale) : `<p>${t.none}</p>`}
<h4>${t.emails}</h4>${list(emails, t, locale)}
</section>`
  })
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>${style}</style>
</head>
<body>
<header>myKEPlive</header>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
<p>${t.generatedAt}: ${escape(when(new Date(data.generatedAt), locale))}</p>
<h2>${t.citizen}</h2>
${fields(data.citizen, t, locale)}
<h2>${t.bookings}</h2>
${bookingSections.length ? bookingSections.join('\n') : `<p>${t.none}</p>`}
<h2>${t.unattachedDocuments}</h2>
${list(data.unattachedDocuments, t, locale)}
<h2>${t.sessions}</h2>
${list(data.sessions, t, locale)}
<h2>${t.auditEntries}</h2>
${list(data.auditEntries, t, locale)}
</main>
</body>
</html>
`
}
