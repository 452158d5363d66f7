// R2.8: the email that carries an interpreter's link. Greek first, then English: the employee
// does not know the third person's language.

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

const when = (at: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Athens',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)

export function invitationEmail(details: {
  link: string
  reference: string
  kepNameEl: string
  kepNameEn: string
  startsAt: Date
}): { subject: string; text: string; html: string } {
  const el = [
    'Πρόσκληση σε βιντεοκλήση myKEPlive',
    `Το ${details.kepNameEl} σας προσκαλεί ως διερμηνέα σε βιντεοκλήση με πολίτη, ${when(details.startsAt, 'el-GR')} (ώρα Ελλάδας). Αριθμός ραντεβού: ${details.reference}.`,
    'Ανοίξτε τον σύνδεσμο λίγο πριν από την ώρα. Δεν χρειάζεστε κωδικούς· ο σύνδεσμος ισχύει μόνο για αυτή την κλήση — μην τον προωθήσετε.',
  ]
  const en = [
    'Invitation to a myKEPlive video call',
    `${details.kepNameEn} invites you as an interpreter to a video call with a citizen, ${when(details.startsAt, 'en-GB')} (Greek time). Appointment: ${details.reference}.`,
    'Open the link shortly before the time. You need no login; the link is for this call only — please do not forward it.',
  ]
  const text = [...el, details.link, '', ...en, details.link].join('\n\n')
  const section = (lang: string, lines: string[], button: string) =>
    `<section lang="${lang}"><h1>${escapeHtml(lines[0]!)}</h1><p>${escapeHtml(lines[1]!)}</p><p>${escapeHtml(lines[2]!)}</p><p><a href="${escapeHtml(details.link)}">${escapeHtml(button)}</a></p></section>`
  const html = `<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>myKEPlive</title></head><body>${section('el', el, 'Είσοδος στην κλήση')}<hr>${section('en', en, 'Join the call')}</body></html>`
  return {
    subject: `Πρόσκληση σε βιντεοκλήση / Video call invitation — ${details.reference}`,
    text,
    html,
  }
}
