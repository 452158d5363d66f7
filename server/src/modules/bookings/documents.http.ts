import busboy from 'busboy'
import express, { type Request, type Response, type Router } from 'express'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError, localeFrom } from '../../platform/errors.js'
import type { Logger } from '../../platform/logger.js'
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
}

/** Answers a domain error in the shape of a GraphQL error, so clients read both alike. */
function sendError(req: Request, res: Response, err: DomainError) {
  const tooLarge = err.details.fields?.some((f) => f.reason === 'too_large')
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

/** Reads the one file of a multipart request into memory, stopping at the size limit. */
function readUpload(
  req: Request,
): Promise<{ fileName: string; bytes: Buffer; truncated: boolean } | null> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxDocumentBytes, fields: 5 },
        defParamCharset: 'utf8',
      })
    } catch {
      resolve(null)
      return
    }
    let file: { fileName: string; bytes: Buffer; truncated: boolean } | null = null
    parser.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        file = {
          fileName: info.filename ?? 'document',
          bytes: Buffer.concat(chunks),
          truncated: (stream as unknown as { truncated?: boolean }).truncated === true,
        }
      })
    })
    parser.on('close', () => resolve(file))
    parser.on('error', reject)
    req.pipe(parser)
  })
}

/**
 * POST /uploads (multipart, field "file") and GET /documents/:id. Both need the session; the
 * upload also needs the header `x-keplive-upload: 1`, which a cross-site form cannot send.
 */
export function documentsRouter(deps: DocumentsHttpDeps): Router {
  const router = express.Router()

  router.post('/uploads', async (req, res) => {
    try {
      const actor = await deps.actorOf(req)
      if (actor.kind === 'anonymous') return sendError(req, res, unauthenticated)
      if (req.headers['x-keplive-upload'] !== '1') {
        return sendError(
          req,
          res,
          new DomainError('FORBIDDEN', {
            el: 'Το αίτημα δεν προέρχεται από την εφαρμογή myKEPlive.',
            en: 'The request does not come from the myKEPlive app.',
          }),
        )
      }
      const upload = await readUpload(req)
      if (!upload) {
        return sendError(
          req,
          res,
          new DomainError(
            'VALIDATION_FAILED',
            { el: 'Επιλέξτε ένα αρχείο.', en: 'Please choose a file.' },
            {
              fields: [
                {
                  field: 'file',
                  reason: 'required',
                  message: { el: 'Επιλέξτε ένα αρχείο.', en: 'Please choose a file.' },
                },
              ],
            },
          ),
        )
      }
      const stored = await storeDocument(deps.db, deps.clock, actor, deps.key, upload, {
        ip: req.ip,
      })
      res.status(201).json(stored)
    } catch (err) {
      if (err instanceof DomainError) return sendError(req, res, err)
      deps.logger.error({ err }, 'upload failed')
      res.status(500).json({
        errors: [{ message: 'Upload failed.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      })
    }
  })

  router.get('/documents/:id', async (req, res) => {
    try {
      const actor = await deps.actorOf(req)
      if (actor.kind === 'anonymous') return sendError(req, res, unauthenticated)
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
      if (err instanceof DomainError) return sendError(req, res, err)
      deps.logger.error({ err }, 'document read failed')
      res.status(500).json({
        errors: [{ message: 'Read failed.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      })
    }
  })

  return router
}
