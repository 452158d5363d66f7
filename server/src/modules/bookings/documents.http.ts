import busboy from 'busboy'
import express, { type Request, type Response, type Router } from 'express'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import {
  type Bilingual,
  DomainError,
  errorCodeOf,
  isDatabaseUnavailable,
  localeFrom,
  serviceUnavailable,
  unavailableRetryAfterSeconds,
  validationFailed,
} from '../../platform/errors.js'
import type { Logger } from '../../platform/logger.js'
import { fieldError } from './booking.validation.js'
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

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
}

/** Answers a domain error in the shape of a GraphQL error, so clients read both alike. */
function sendError(
  req: Request,
  res: Response,
  err: { code: string; messages: Bilingual; details: DomainError['details'] },
) {
  const tooLarge = err.details.fields?.some((f) => f.reason === 'too_large')
  // Refused mid-body: the rest is read and dropped, and this connection serves nothing more.
  if (!req.complete) res.setHeader('Connection', 'close')
  res.status(tooLarge ? 413 : (statusOf[err.code] ?? 400)).json({
    errors: [
      {
        message: err.messages[localeFrom(req.headers['accept-language'])],
        extensions: { code: err.code, messages: err.messages, ...err.details },
      },
    ],
  })
}

const unauthenticated = new DomainError('UNAUTHENTICATED', {
  el: 'Συνδεθείτε με τους κωδικούς TaxisNet για να ανεβάσετε έγγραφα.',
  en: 'Log in with your TaxisNet credentials to upload documents.',
})

const internalError = {
  code: 'INTERNAL_SERVER_ERROR',
  messages: {
    el: 'Κάτι πήγε στραβά από τη δική μας πλευρά. Δοκιμάστε ξανά σε λίγα λεπτά.',
    en: 'Something went wrong on our side. Please try again in a few minutes.',
  },
  details: {},
}

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

const fileProblem = (reason: string, el: string, en: string) =>
  validationFailed([fieldError('file', reason, el, en)])

const noFile = () => fileProblem('required', 'Επιλέξτε ένα αρχείο.', 'Please choose a file.')
const incomplete = () =>
  fileProblem(
    'incomplete',
    'Το αρχείο δεν έφτασε ολόκληρο. Δοκιμάστε ξανά να το ανεβάσετε.',
    'The file did not arrive whole. Please try uploading it again.',
  )
const malformed = () =>
  fileProblem(
    'malformed',
    'Το αίτημα δεν είναι αποστολή αρχείου (multipart/form-data). Ανεβάστε το αρχείο από την εφαρμογή.',
    'The request is not a file upload (multipart/form-data). Please upload the file from the app.',
  )
const tooManyFiles = () =>
  fileProblem('too_many_files', 'Ανεβάστε ένα αρχείο τη φορά.', 'Please upload one file at a time.')
const tooLarge = () =>
  fileProblem(
    'too_large',
    'Το αρχείο είναι μεγαλύτερο από 10 MB. Ανεβάστε μικρότερο (π.χ. φωτογραφία σε χαμηλότερη ανάλυση).',
    'The file is larger than 10 MB. Please upload a smaller one (e.g. a photo at a lower resolution).',
  )

/** Room for the multipart framing and a few small fields around the file itself. */
const maxBodyBytes = maxDocumentBytes + 64 * 1024

type Upload =
  | { kind: 'file'; fileName: string; bytes: Buffer; truncated: boolean }
  | { kind: 'refused'; error: DomainError }
  /** The client went away before the body was whole: nobody to answer. */
  | { kind: 'gone' }

/**
 * Reads the one file of a multipart request into memory. Never rejects: every stream on the
 * way (the request, busboy, the file's stream) has its error handled, and each way an upload can
 * go wrong — cut short, malformed, two files, too large, the client gone — is one outcome.
 */
function readUpload(req: Request): Promise<Upload> {
  return new Promise((resolve) => {
    let settled = false
    let received = 0
    let parser: busboy.Busboy | undefined
    const settle = (outcome: Upload) => {
      if (settled) return
      settled = true
      if (outcome.kind !== 'file') {
        req.unpipe()
        parser?.destroy()
        // The rest of the body is read and dropped (the answer can then reach the client),
        // up to the limit: past it, the counter below hangs up.
        if (!req.complete) req.resume()
      }
      resolve(outcome)
    }

    // Gone already while we looked up who it is: its 'close' will not come again.
    if (req.destroyed) {
      settle({ kind: 'gone' })
      return
    }
    // A client that says at once it sends too much is answered before it sends it.
    if (Number(req.headers['content-length']) > maxBodyBytes) {
      settle({ kind: 'refused', error: tooLarge() })
      return
    }
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received <= maxBodyBytes) return
      if (!settled) settle({ kind: 'refused', error: tooLarge() })
      else if (received > maxBodyBytes * 2) req.socket.destroy()
    })
    // A client that disconnects: 'aborted' then 'error' (ECONNRESET) or only 'close'.
    req.on('error', () => settle({ kind: 'gone' }))
    req.on('close', () => {
      if (!req.complete) settle({ kind: 'gone' })
    })

    try {
      parser = busboy({
        headers: req.headers,
        limits: {
          files: 1,
          fileSize: maxDocumentBytes,
          fields: 5,
          fieldSize: 1024,
          parts: 10,
          headerPairs: 20,
        },
        defParamCharset: 'utf8',
      })
    } catch {
      // Not multipart, or no boundary: busboy refuses to start.
      settle({ kind: 'refused', error: malformed() })
      return
    }
    let file: Extract<Upload, { kind: 'file' }> | undefined
    let tooMany = false
    parser.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = []
      let truncated = false
      // busboy destroys the file's stream with the form's own error (cut short, bad header).
      stream.on('error', () => settle({ kind: 'refused', error: incomplete() }))
      stream.on('limit', () => {
        truncated = true
      })
      stream.on('data', (chunk: Buffer) => {
        if (!truncated) chunks.push(chunk)
      })
      stream.on('end', () => {
        file = {
          kind: 'file',
          fileName: info.filename ?? 'document',
          bytes: Buffer.concat(chunks),
          truncated,
        }
      })
    })
    // A second file part: busboy skips it and says so here.
    parser.on('filesLimit', () => {
      tooMany = true
    })
    parser.on('error', () => settle({ kind: 'refused', error: incomplete() }))
    parser.on('close', () => {
      if (tooMany) settle({ kind: 'refused', error: tooManyFiles() })
      else if (!file) settle({ kind: 'refused', error: noFile() })
      else if (file.truncated) settle({ kind: 'refused', error: tooLarge() })
      else settle(file)
    })
    // pipe() forwards no errors: both ends have their own handlers above.
    req.pipe(parser)
  })
}

/** The client hung up: an answer would go nowhere, and nothing may be stored for it. */
const clientGone = (req: Request, res: Response) => res.destroyed || req.socket.destroyed

/**
 * POST /uploads (multipart, field "file") and GET /documents/:id: for citizens' and staff's
 * sessions only, never API keys. The upload also needs the header `x-keplive-upload: 1`, which
 * a cross-site form cannot send. Who may send is decided before a byte of the body is read.
 */
export function documentsRouter(deps: DocumentsHttpDeps): Router {
  const router = express.Router()

  /** Domain errors as they are; a database outage as 503 with Retry-After; the rest masked. */
  const answerUnexpected = (req: Request, res: Response, err: unknown, what: string) => {
    if (err instanceof DomainError) return sendError(req, res, err)
    if (clientGone(req, res) || res.headersSent) {
      deps.logger.warn({ code: errorCodeOf(err) }, `${what}; the client is gone`)
      return void res.destroy()
    }
    if (isDatabaseUnavailable(err)) {
      deps.logger.warn({ code: errorCodeOf(err) }, `${what}: database unavailable`)
      res.setHeader('Retry-After', String(unavailableRetryAfterSeconds))
      return sendError(req, res, serviceUnavailable())
    }
    deps.logger.error({ err }, what)
    sendError(req, res, internalError)
  }

  router.post('/uploads', async (req, res) => {
    try {
      const actor = await deps.actorOf(req)
      if (actor.kind === 'anonymous') return sendError(req, res, unauthenticated)
      if (actor.kind === 'api_client') return sendError(req, res, sessionsOnly)
      if (actor.kind !== 'citizen') return sendError(req, res, citizensOnly)
      if (req.headers['x-keplive-upload'] !== '1') return sendError(req, res, notFromTheApp)
      const upload = await readUpload(req)
      // Nobody to answer: end the exchange here rather than leave it open.
      if (upload.kind === 'gone' || clientGone(req, res)) return void res.destroy()
      if (upload.kind === 'refused') return sendError(req, res, upload.error)
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
      if (actor.kind === 'anonymous') return sendError(req, res, unauthenticated)
      if (actor.kind !== 'citizen' && actor.kind !== 'employee') {
        return sendError(req, res, sessionsOnly)
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
