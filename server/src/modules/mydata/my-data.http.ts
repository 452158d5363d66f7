import express, { type Request, type Router } from 'express'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { answerHttpError, sendHttpError } from '../../platform/http-errors.js'
import type { Logger } from '../../platform/logger.js'
import { exportMyData } from './my-data.service.js'
import { renderMyDataHtml } from './my-data.html.js'

export interface MyDataHttpDeps {
  db: Db
  clock: Clock
  logger: Logger
  /** Who sends the request: from the session cookie (identity module). */
  actorOf(req: Request): Promise<Actor>
}

const unauthenticated = new DomainError('UNAUTHENTICATED', {
  el: 'Συνδεθείτε με τους κωδικούς TaxisNet για να κατεβάσετε τα δεδομένα σας.',
  en: 'Log in with your TaxisNet credentials to download your data.',
})

const citizensOnly = new DomainError('FORBIDDEN', {
  el: 'Τα δεδομένα του πολίτη τα κατεβάζει μόνο ο ίδιος, συνδεδεμένος ως πολίτης.',
  en: 'A citizen’s data are downloaded only by the citizen, logged in as a citizen.',
})

/**
 * Issue 19 item 3: GET /my-data.json and GET /my-data.html, the logged-in citizen's own data
 * as a download. Read-only, so a cross-site link can do no harm (the file goes to the
 * citizen's own browser, as an attachment, never cached); each download is audited.
 */
export function myDataRouter(deps: MyDataHttpDeps): Router {
  const router = express.Router()
  const download = (format: 'json' | 'html') =>
    router.get(`/my-data.${format}`, async (req, res) => {
      try {
        const actor = await deps.actorOf(req)
        if (actor.kind === 'anonymous') return sendHttpError(req, res, unauthenticated)
        if (actor.kind !== 'citizen') return sendHttpError(req, res, citizensOnly)
        const data = await exportMyData(deps.db, deps.clock, actor, format, { ip: req.ip })
        const day = data.generatedAt.slice(0, 10)
        res.setHeader('Cache-Control', 'no-store')
        res.setHeader('X-Content-Type-Options', 'nosniff')
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="mykeplive-my-data-${day}.${format}"`,
        )
        if (format === 'json') {
          res.type('application/json').send(JSON.stringify(data, null, 2))
        } else {
          const locale = data.citizen.locale === 'en' ? 'en' : 'el'
          res.type('text/html; charset=utf-8').send(renderMyDataHtml(data, locale))
        }
      } catch (err) {
        answerHttpError(deps.logger, req, res, err, 'my data download failed')
      }
    })
  download('json')
  download('html')
  return router
}
