import type { IncomingMessage } from 'node:http'
import busboy from 'busboy'
import { fieldError, validationFailed, type Bilingual, type DomainError } from './errors.js'

// One reader for every multipart upload (a citizen's document, a procedure's form): one file,
// the limits enforced while the body streams, every stream's 'error' handled, and nothing
// handed on unless it arrived whole. What differs between uses — the size, the kind of file,
// how the refusals name them — is passed in.

export interface UploadRules {
  /** The largest file accepted, in bytes: a file of exactly this size passes. */
  maxFileBytes: number
  /** The file's name when the client sends none. */
  defaultFileName: string
  /** The refusals that name the use's file: none chosen, and too large (with its limit). */
  messages: { required: Bilingual; tooLarge: Bilingual }
}

export type Upload =
  | { kind: 'file'; fileName: string; bytes: Buffer }
  | { kind: 'refused'; error: DomainError }
  /** The client went away before the body was whole: nobody to answer. */
  | { kind: 'gone' }

/** Room for the multipart framing and a few small fields around the file itself. */
export const framingBytes = 64 * 1024

const fileProblem = (reason: string, message: Bilingual) =>
  validationFailed([fieldError('file', reason, message.el, message.en)])

const incomplete = () =>
  fileProblem('incomplete', {
    el: 'Το αρχείο δεν έφτασε ολόκληρο. Δοκιμάστε ξανά να το ανεβάσετε.',
    en: 'The file did not arrive whole. Please try uploading it again.',
  })
const malformed = () =>
  fileProblem('malformed', {
    el: 'Το αίτημα δεν είναι αποστολή αρχείου (multipart/form-data). Ανεβάστε το αρχείο από την εφαρμογή.',
    en: 'The request is not a file upload (multipart/form-data). Please upload the file from the app.',
  })
const tooManyFiles = () =>
  fileProblem('too_many_files', {
    el: 'Ανεβάστε ένα αρχείο τη φορά.',
    en: 'Please upload one file at a time.',
  })

/**
 * Reads the one file of a multipart request into memory. Never rejects: every stream on the
 * way (the request, busboy, the file's stream) has its error handled, and each way an upload can
 * go wrong — cut short, malformed, two files, too large, the client gone — is one outcome. A
 * refusal made mid-body reads the rest and drops it (so the answer can reach the client), up to
 * twice the limit; past it, the connection is cut.
 */
export function readUpload(req: IncomingMessage, rules: UploadRules): Promise<Upload> {
  const maxBodyBytes = rules.maxFileBytes + framingBytes
  const tooLarge = () => fileProblem('too_large', rules.messages.tooLarge)
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
        if (!req.complete) req.resume()
      }
      resolve(outcome)
    }

    // A client that disconnects: 'aborted' then 'error' (ECONNRESET) or only 'close'. Listened
    // to first, so that a request refused below (and drained) still has its error handled.
    req.on('error', () => settle({ kind: 'gone' }))
    // Gone already while the caller looked up who it is: its 'close' will not come again.
    if (req.destroyed) return settle({ kind: 'gone' })
    // A client that says at once it sends too much is answered before it sends it.
    if (Number(req.headers['content-length']) > maxBodyBytes) {
      return settle({ kind: 'refused', error: tooLarge() })
    }
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received <= maxBodyBytes) return
      if (!settled) settle({ kind: 'refused', error: tooLarge() })
      else if (received > maxBodyBytes * 2) req.socket.destroy()
    })
    req.on('close', () => {
      if (!req.complete) settle({ kind: 'gone' })
    })

    try {
      parser = busboy({
        headers: req.headers,
        limits: {
          files: 1,
          // busboy cuts a file when it reaches the limit: one byte more lets the limit through
          fileSize: rules.maxFileBytes + 1,
          fields: 5,
          fieldSize: 1024,
          parts: 10,
          headerPairs: 20,
        },
        defParamCharset: 'utf8',
      })
    } catch {
      // Not multipart, or no boundary: busboy refuses to start.
      return settle({ kind: 'refused', error: malformed() })
    }
    let file: { fileName: string; bytes: Buffer; truncated: boolean } | undefined
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
          fileName: info.filename ?? rules.defaultFileName,
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
      else if (!file)
        settle({ kind: 'refused', error: fileProblem('required', rules.messages.required) })
      else if (file.truncated) settle({ kind: 'refused', error: tooLarge() })
      else settle({ kind: 'file', fileName: file.fileName, bytes: file.bytes })
    })
    // pipe() forwards no errors: both ends have their own handlers above.
    req.pipe(parser)
  })
}
