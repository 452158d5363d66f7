import express, { type Request, type Response, type Router } from 'express'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { answerHttpError, clientGone, sendHttpError } from '../../platform/http-errors.js'
import type { Logger } from '../../platform/logger.js'
import { readUpload, type UploadRules } from '../../platform/upload.js'
import { maxFormBytes, readProcedureForm, storeProcedureForm } from './procedures.service.js'

// A procedure's form (έντυπο) as a PDF (Art. 4 "with their forms"): ADMINISTRATORs upload it,
// anyone downloads it. The body is read by platform/upload.ts, as bookings' documents are.

export interface ProcedureFormsHttpDeps {
  db: Db
  clock: Clock
  logger: Logger
  /** Who sends the request: from the session cookie (identity module). */
  actorOf(req: Request): Promise<Actor>
}

const unauthenticated = new DomainError('UNAUTHENTICATED', {
  el: 'Συνδεθείτε ως διαχειριστής για να ανεβάσετε έντυπα.',
  en: 'Log in as an administrator to upload forms.',
})

const administratorsOnly = new DomainError('FORBIDDEN', {
  el: 'Μόνο οι διαχειριστές (ADMINISTRATOR) αλλάζουν τις διαδικασίες και τα έντυπά τους.',
  en: 'Only administrators (ADMINISTRATOR) change procedures and their forms.',
})

const notFromTheApp = new DomainError('FORBIDDEN', {
  el: 'Το αίτημα δεν προέρχεται από την εφαρμογή διαχείρισης.',
  en: 'The request does not come from the administration app.',
})

/** What an upload may be here: a procedure's form, a PDF of up to 5 MB (checked on storing). */
const uploadRules: UploadRules = {
  maxFileBytes: maxFormBytes,
  defaultFileName: 'form.pdf',
  messages: {
    required: { el: 'Επιλέξτε ένα αρχείο PDF.', en: 'Please choose a PDF file.' },
    tooLarge: {
      el: 'Το έντυπο είναι μεγαλύτερο από 5 MB. Ανεβάστε μικρότερο αρχείο PDF.',
      en: 'The form is larger than 5 MB. Please upload a smaller PDF.',
    },
  },
}

/**
 * POST /admin/procedures/:id/form (multipart, field "file", header `x-keplive-upload: 1`, which
 * a cross-site form cannot send): an ADMINISTRATOR's session only, decided before a byte of the
 * body is read. GET /forms/:procedureId.pdf: anyone, cacheable, revalidated by its SHA-256.
 */
export function procedureFormsRouter(deps: ProcedureFormsHttpDeps): Router {
  const router = express.Router()

  const answerUnexpected = (req: Request, res: Response, err: unknown, what: string) =>
    answerHttpError(deps.logger, req, res, err, what)

  router.post('/admin/procedures/:id/form', async (req, res) => {
    try {
      const actor = await deps.actorOf(req)
      if (actor.kind === 'anonymous') return sendHttpError(req, res, unauthenticated)
      if (!isAdministrator(actor, 'administrator'))
        return sendHttpError(req, res, administratorsOnly)
      if (req.headers['x-keplive-upload'] !== '1') return sendHttpError(req, res, notFromTheApp)
      const upload = await readUpload(req, uploadRules)
      if (upload.kind === 'gone' || clientGone(req, res)) return void res.destroy()
      if (upload.kind === 'refused') return sendHttpError(req, res, upload.error)
      const form = await storeProcedureForm(
        deps.db,
        deps.clock,
        actor,
        req.params.id!,
        upload,
        req.ip,
      )
      if (!clientGone(req, res)) res.status(201).json(form)
    } catch (err) {
      answerUnexpected(req, res, err, 'form upload failed')
    }
  })

  router.get('/forms/:file', async (req, res) => {
    try {
      const id = /^(.+)\.pdf$/.exec(req.params.file!)?.[1] ?? ''
      const form = await readProcedureForm(deps.db, id)
      const etag = `"${form.sha256}"`
      // Public, and asked again each time: a replaced form shows at once, an unchanged one is 304.
      res.setHeader('Cache-Control', 'public, no-cache')
      res.setHeader('ETag', etag)
      if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag))
        return void res.status(304).end()
      res.setHeader('Content-Type', 'application/pdf')
      res.setHeader('Content-Length', String(form.bytes.length))
      res.setHeader('X-Content-Type-Options', 'nosniff')
      res.setHeader(
        'Content-Disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(form.fileName)}`,
      )
      // a reader who goes away mid-download: nobody is left to answer
      res.once('error', () => req.socket.destroy())
      res.end(form.bytes)
    } catch (err) {
      answerUnexpected(req, res, err, 'form download failed')
    }
  })

  return router
}
