import express, { type Request, type Response, type Router } from 'express'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { answerHttpError, clientGone, sendHttpError } from '../../platform/http-errors.js'
import type { Logger } from '../../platform/logger.js'
import { readUpload, type UploadRules } from '../../platform/upload.js'
import { acceptableUseRequired } from '../../platform/security/operation-guard.js'
import { maxDocumentBytes, readDocument, storeDocument } from './documents.service.js'

export interface DocumentsHttpDeps {
  db: Db
  clock: Clock
  logger: Logger
  /** AES-256-GCM key for documents at rest. */
  key: Buffer
  /** Who sends the request: from the session cookie (identity module). */
  actorOf(req: Request): Promise<Actor>
}

const unauthenticated = new DomainError('UNAUTHENTICATED', {
  el: 'Συνδεθείτε με τους κωδικούς TaxisNet για να ανεβάσετε έγγραφα.',
  en: 'Log in with your TaxisNet credentials to upload documents.',
})

const sessionsOnly = new DomainError('FORBIDDEN', {
  el: 'Τα έγγραφα είναι μόνο για τον πολίτη και τους υπαλλήλους του ΚΕΠ, συνδεδεμένους στην εφαρμογή (όχι με κλειδί API).',
  en: 'Documents are only for the citizen and the KEP’s staff, logged in to the app (not with an API key).',
})

const citizensOnly = new DomainError('FORBIDDEN', {
  el: 'Μόνο ο πολίτης μπορεί να ανεβάσει έγγραφα για το ραντεβού του.',
  en: 'Only the citizen can upload documents for their appointment.',
})

const notFromTheApp = new DomainError('FORBIDDEN', {
  el: 'Το αίτημα δεν προέρχεται από την εφαρμογή myKEPlive.',
  en: 'The request does not come from the myKEPlive app.',
})

/** What an upload may be here: a citizen's document of up to 10 MB, its type judged later. */
const uploadRules: UploadRules = {
  maxFileBytes: maxDocumentBytes,
  defaultFileName: 'document',
  messages: {
    required: { el: 'Επιλέξτε ένα αρχείο.', en: 'Please choose a file.' },
    tooLarge: {
      el: 'Το αρχείο είναι μεγαλύτερο από 10 MB. Ανεβάστε μικρότερο (π.χ. φωτογραφία σε χαμηλότερη ανάλυση).',
      en: 'The file is larger than 10 MB. Please upload a smaller one (e.g. a photo at a lower resolution).',
    },
  },
}

/**
 * POST /uploads (multipart, field "file") and GET /documents/:id: for citizens' and staff's
 * sessions only, never API keys. The upload also needs the header `x-keplive-upload: 1`, which
 * a cross-site form cannot send. Who may send is decided before a byte of the body is read.
 */
export function documentsRouter(deps: DocumentsHttpDeps): Router {
  const router = express.Router()

  const answerUnexpected = (req: Request, res: Response, err: unknown, what: string) =>
    answerHttpError(deps.logger, req, res, err, what)

  router.post('/uploads', async (req, res) => {
    try {
      const actor = await deps.actorOf(req)
      if (actor.kind === 'anonymous') return sendHttpError(req, res, unauthenticated)
      if (actor.kind === 'api_client') return sendHttpError(req, res, sessionsOnly)
      if (actor.kind !== 'citizen') return sendHttpError(req, res, citizensOnly)
      if (req.headers['x-keplive-upload'] !== '1') return sendHttpError(req, res, notFromTheApp)
      const upload = await readUpload(req, uploadRules)
      // Nobody to answer: end the exchange here rather than leave it open.
      if (upload.kind === 'gone' || clientGone(req, res)) return void res.destroy()
      if (upload.kind === 'refused') return sendHttpError(req, res, upload.error)
      const stored = await storeDocument(deps.db, deps.clock, actor, deps.key, upload, {
        ip: req.ip,
      })
      if (!clientGone(req, res)) res.status(201).json(stored)
    } catch (err) {
      answerUnexpected(req, res, err, 'upload failed')
    }
  })

  router.get('/documents/:id', async (req, res) => {
    try {
      const actor = await deps.actorOf(req)
      if (actor.kind === 'anonymous') return sendHttpError(req, res, unauthenticated)
      if (actor.kind !== 'citizen' && actor.kind !== 'employee') {
        return sendHttpError(req, res, sessionsOnly)
      }
      // a citizen's documents, like every other operation, after the notice of Art. 7.2
      if (actor.kind === 'employee' && actor.acceptableUseAcknowledged !== true) {
        return sendHttpError(req, res, acceptableUseRequired())
      }
      const doc = await readDocument(deps.db, actor, deps.key, req.params.id!, { ip: req.ip })
      res.setHeader('Content-Type', doc.mimeType)
      res.setHeader('Content-Length', String(doc.bytes.length))
      res.setHeader('Cache-Control', 'no-store')
      res.setHeader('X-Content-Type-Options', 'nosniff')
      res.setHeader(
        'Content-Disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      )
      res.end(doc.bytes)
    } catch (err) {
      answerUnexpected(req, res, err, 'document read failed')
    }
  })

  return router
}
