import type { Db } from '../../platform/db/client.js'
import type { Bilingual } from '../../platform/errors.js'
import { escapeHtml } from './html.js'
import { messagesFor, type MunicipalityApplicationStep } from './messages.js'
import type { RenderedEmail } from './email.js'
import { outbox } from './notifications.table.js'

// Issue 18 item 4: the contact person of a municipality's application hears of each step
// (submitted, changes requested, approved, rejected), in Greek then English. The row is written
// in the step's own transaction with a unique key (application, version): exactly once.

export const applicationMailKind = 'municipality_application'

export interface ApplicationMailPayload {
  applicationId: string
  step: MunicipalityApplicationStep
  municipality: Bilingual
  reason: string | null
  comments: { section: string; comment: string }[]
}

export interface ApplicationMail extends ApplicationMailPayload {
  /** The application's version after the step: one email per step taken. */
  version: number
  recipient: string
  at: Date
}

/** Writes the step's email into the outbox (in the caller's transaction), once. */
export async function enqueueApplicationEmail(tx: Db, mail: ApplicationMail): Promise<void> {
  const payload: ApplicationMailPayload = {
    applicationId: mail.applicationId,
    step: mail.step,
    municipality: mail.municipality,
    reason: mail.reason,
    comments: mail.comments,
  }
  await tx
    .insert(outbox)
    .values({
      kind: applicationMailKind,
      version: mail.version,
      recipient: mail.recipient,
      locale: 'el',
      payload: payload as unknown as Record<string, unknown>,
      dueAt: mail.at,
      nextAttemptAt: mail.at,
      createdAt: mail.at,
      dedupeKey: `${applicationMailKind}:${mail.applicationId}:${mail.version}`,
    })
    .onConflictDoNothing()
}

const steps: readonly MunicipalityApplicationStep[] = [
  'submitted',
  'changes_requested',
  'approved',
  'rejected',
]

/** The payload of a claimed row, or undefined when it is not one (nothing to send). */
export function applicationMailPayload(value: unknown): ApplicationMailPayload | undefined {
  const p = (
    typeof value === 'string' ? JSON.parse(value) : value
  ) as Partial<ApplicationMailPayload> | null
  if (
    !p ||
    typeof p.applicationId !== 'string' ||
    !steps.includes(p.step as MunicipalityApplicationStep) ||
    typeof p.municipality?.el !== 'string' ||
    typeof p.municipality.en !== 'string'
  ) {
    return undefined
  }
  return {
    applicationId: p.applicationId,
    step: p.step!,
    municipality: p.municipality,
    reason: typeof p.reason === 'string' ? p.reason : null,
    comments: Array.isArray(p.comments) ? p.comments : [],
  }
}

/** The email, Greek first then English; the link opens the application in the admin app. */
export function renderApplicationMail(
  payload: ApplicationMailPayload,
  publicUrl: string,
): RenderedEmail {
  const el = messagesFor('el')
  const en = messagesFor('en')
  const link = `${publicUrl}/admin/municipality/applications/${payload.applicationId}`
  const subject = `${el.municipalityApplication.subject[payload.step](payload.municipality.el)} / ${en.municipalityApplication.subject[payload.step](payload.municipality.en)}`
  const part = (m: typeof el, name: string) => {
    const a = m.municipalityApplication
    const comments = payload.comments.map(
      (c) => `${a.sections[c.section as keyof typeof a.sections] ?? c.section}: ${c.comment}`,
    )
    return {
      lang: m.lang,
      heading: a.subject[payload.step](name),
      intro: a.intro[payload.step],
      reason: payload.reason ? { heading: a.reasonHeading, text: payload.reason } : null,
      comments: comments.length > 0 ? { heading: a.commentsHeading, list: comments } : null,
      linkText: a.linkText,
      footer: a.footer,
    }
  }
  const parts = [part(el, payload.municipality.el), part(en, payload.municipality.en)]
  const text = parts
    .map((p) =>
      [
        p.heading,
        '',
        p.intro,
        ...(p.reason ? ['', `${p.reason.heading}:`, p.reason.text] : []),
        ...(p.comments
          ? ['', `${p.comments.heading}:`, ...p.comments.list.map((c) => `- ${c}`)]
          : []),
        '',
        `${p.linkText}: ${link}`,
        '--',
        p.footer,
      ].join('\n'),
    )
    .join('\n\n')
  const e = escapeHtml
  const html = `<!DOCTYPE html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
${parts
  .map(
    (
      p,
    ) => `<div role="article" aria-label="${e(p.heading)}" lang="${p.lang}" style="max-width:640px;margin:0 auto;padding:16px">
<p style="margin:0 0 16px;padding:12px 16px;background:#003375;color:#ffffff;font-weight:bold">myKEPlive</p>
<h1 style="font-size:24px;margin:0 0 16px">${e(p.heading)}</h1>
<p>${e(p.intro)}</p>
${p.reason ? `<h2 style="font-size:19px">${e(p.reason.heading)}</h2><p>${e(p.reason.text)}</p>` : ''}
${p.comments ? `<h2 style="font-size:19px">${e(p.comments.heading)}</h2><ul>${p.comments.list.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : ''}
<p><a href="${e(link)}" style="color:#1d70b8">${e(p.linkText)}</a></p>
<p style="color:#505a5f;font-size:14px">${e(p.footer)}</p>
</div>`,
  )
  .join('\n')}
</body>
</html>`
  return { subject, html, text }
}
