import express, { type Router } from 'express'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { escapeHtml as e } from './html.js'
import { joinTokenInfo, type JoinTokenInfo } from './join-tokens.js'
import type { SmtpSink } from './smtp-sink.js'

type Refusal = Extract<JoinTokenInfo, { valid: false }>

/** A refusal as JSON: which one, and the appointment's time (ISO) where there is one. */
function refusalBody(info: Refusal) {
  switch (info.reason) {
    case 'unknown':
      return { valid: false, reason: info.reason }
    case 'expired':
    case 'cancelled':
      return {
        valid: false,
        reason: info.reason,
        startsAt: info.startsAt.toISOString(),
        endsAt: info.endsAt.toISOString(),
      }
    case 'too_early':
      return {
        valid: false,
        reason: info.reason,
        bookingId: info.bookingId,
        validFrom: info.validFrom.toISOString(),
        startsAt: info.startsAt.toISOString(),
        endsAt: info.endsAt.toISOString(),
      }
  }
}

/**
 * GET /join/:token with `Accept: application/json` — whether a join link lets its holder in now,
 * and into which booking (R2.5); the token itself is the credential, so no session is needed.
 * A browser (asking for HTML) falls through to the citizens' app, which serves that route.
 */
export function joinRouter(deps: { db: Db; clock: Clock }): Router {
  const router = express.Router()
  router.get('/join/:token', async (req, res, next) => {
    if (req.accepts(['html', 'json']) !== 'json') return next()
    try {
      const info = await joinTokenInfo(deps.db, deps.clock, req.params.token)
      res.setHeader('Cache-Control', 'no-store')
      if (!info.valid) {
        res.status(info.reason === 'unknown' ? 404 : 409).json(refusalBody(info))
        return
      }
      res.json({
        valid: true,
        bookingId: info.bookingId,
        reference: info.reference,
        startsAt: info.startsAt.toISOString(),
        endsAt: info.endsAt.toISOString(),
      })
    } catch (err) {
      next(err)
    }
  })
  return router
}

/**
 * The development inbox: what the built-in SMTP sink received, at /dev/mail (HTML list),
 * /dev/mail.json (for tests) and each message's HTML and text. Never mounted in production.
 */
export function devMailRouter(sink: SmtpSink): Router {
  const router = express.Router()
  router.get('/dev/mail.json', (_req, res) => {
    res.json({ messages: [...sink.messages].reverse() })
  })
  router.get('/dev/mail', (_req, res) => {
    const rows = [...sink.messages]
      .reverse()
      .map(
        (m) =>
          `<li><h2>${e(m.subject || '(no subject)')}</h2><p>${e(m.to.join(', '))} · <time datetime="${e(m.receivedAt)}">${e(m.receivedAt)}</time></p><p><a href="/dev/mail/${m.id}.html">HTML</a> · <a href="/dev/mail/${m.id}.txt">text</a>${m.attachments.map((a) => ` · ${e(a.filename)}`).join('')}</p></li>`,
      )
      .join('\n')
    res.type('html').send(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Development inbox — keplive</title></head>
<body><main><h1>Development inbox</h1>
<p>The last ${sink.messages.length} emails the built-in SMTP server received (newest first). Not available in production.</p>
${rows ? `<ol>${rows}</ol>` : '<p>No emails yet.</p>'}
</main></body></html>`)
  })
  router.get('/dev/mail/:id.:format', (req, res) => {
    const mail = sink.messages.find((m) => String(m.id) === req.params.id)
    if (!mail || !['html', 'txt'].includes(req.params.format)) {
      res.status(404).type('text').send('No such message.')
      return
    }
    if (req.params.format === 'txt') {
      res.type('text').send(mail.text)
      return
    }
    // Emails carry inline styles; this page shows our own email and nothing else.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
    )
    res.type('html').send(mail.html)
  })
  return router
}
