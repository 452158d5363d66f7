import type { Db } from '../../platform/db/client.js'
import type { Bilingual } from '../../platform/errors.js'
import { formatWhen, type RenderedEmail } from './email.js'
import { escapeHtml } from './html.js'
import { messagesFor } from './messages.js'
import { outbox } from './notifications.table.js'

// Issue 19 item 3: a citizen who has their data erased hears, in one email, which of their
// appointments to come were cancelled. The per-booking cancellation emails cannot carry this:
// erasure pseudonymises the bookings in the same transaction, and with them their emails go
// (their rows name the person). This row belongs to no booking and carries what it must say;
// it is written once per erasure and address (its unique key).

export const erasureMailKind = 'erasure_summary'

export interface ErasureMailPayload {
  appointments: { reference: string; startsAt: string; kep: Bilingual; procedure: Bilingual }[]
}

export interface ErasureMail extends ErasureMailPayload {
  citizenId: string
  recipient: string
  locale: string
  at: Date
}

/** Writes the erasure's email into the outbox (in the caller's transaction), once per address. */
export async function enqueueErasureEmail(tx: Db, mail: ErasureMail): Promise<void> {
  const payload: ErasureMailPayload = { appointments: mail.appointments }
  await tx
    .insert(outbox)
    .values({
      kind: erasureMailKind,
      recipient: mail.recipient,
      locale: mail.locale === 'en' ? 'en' : 'el',
      payload: payload as unknown as Record<string, unknown>,
      dueAt: mail.at,
      nextAttemptAt: mail.at,
      createdAt: mail.at,
      dedupeKey: `${erasureMailKind}:${mail.citizenId}:${mail.recipient}`,
    })
    .onConflictDoNothing()
}

/** The payload of a claimed row, or undefined when it is not one (nothing to send). */
export function erasureMailPayload(value: unknown): ErasureMailPayload | undefined {
  const p = (
    typeof value === 'string' ? JSON.parse(value) : value
  ) as Partial<ErasureMailPayload> | null
  if (!p || !Array.isArray(p.appointments) || p.appointments.length === 0) return undefined
  return { appointments: p.appointments }
}

const texts = {
  el: {
    subject: 'Τα δεδομένα σας διαγράφηκαν και τα ραντεβού σας ακυρώθηκαν',
    intro:
      'Όπως ζητήσατε, διαγράψαμε τα προσωπικά σας δεδομένα από το myKEPlive. Τα παρακάτω επερχόμενα ραντεβού σας ακυρώθηκαν:',
    kept: 'Τα έντυπα καταχώρισης των αιτήσεών σας μένουν στο ΚΕΠ, όπως ορίζει ο νόμος, χωρίς τα στοιχεία επικοινωνίας σας. Μπορείτε να κλείσετε νέο ραντεβού όποτε θέλετε.',
  },
  en: {
    subject: 'Your data were erased and your appointments cancelled',
    intro:
      'As you asked, we erased your personal data from myKEPlive. These upcoming appointments of yours were cancelled:',
    kept: 'The submission records of your applications stay with the KEP, as the law requires, without your contact details. You can book a new appointment whenever you like.',
  },
} as const

/** The email in the citizen's language: the cancelled appointments, one line each. */
export function renderErasureMail(payload: ErasureMailPayload, locale: string): RenderedEmail {
  const lang = locale === 'en' ? 'en' : 'el'
  const t = texts[lang]
  const m = messagesFor(lang)
  const lines = payload.appointments.map(
    (a) =>
      `${a.reference} — ${formatWhen(new Date(a.startsAt), lang)} — ${a.procedure[lang]} — ${a.kep[lang]}`,
  )
  const text = [t.intro, '', ...lines.map((l) => `- ${l}`), '', t.kept, '--', m.footer].join('\n')
  const e = escapeHtml
  const html = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:640px;margin:0 auto;padding:16px">
<p style="margin:0 0 16px;padding:12px 16px;background:#003375;color:#ffffff;font-weight:bold">myKEPlive</p>
<h1 style="font-size:24px;margin:0 0 16px">${e(t.subject)}</h1>
<p>${e(t.intro)}</p>
<ul>${lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>
<p>${e(t.kept)}</p>
<p style="color:#505a5f;font-size:14px">${e(m.footer)}</p>
</div>
</body>
</html>`
  return { subject: t.subject, html, text }
}
