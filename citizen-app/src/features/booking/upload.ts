import type { BilingualText } from '@keplive/api'
import type { UploadedDocument } from './booking-answers'

/** The server's limit (documents.service.ts): checked here too, so a large photo is refused at once. */
export const maxDocumentBytes = 10 * 1024 * 1024
export const maxDocuments = 5

export type UploadResult =
  | { ok: true; document: UploadedDocument }
  | { ok: false; code: string | undefined; message: BilingualText | undefined }

interface ErrorBody {
  errors?: {
    extensions?: {
      code?: string
      messages?: BilingualText
      fields?: { message?: BilingualText }[]
    }
  }[]
}

function problemOf(text: string): Extract<UploadResult, { ok: false }> {
  try {
    const extensions = (JSON.parse(text) as ErrorBody).errors?.[0]?.extensions
    return {
      ok: false,
      code: extensions?.code,
      // the field's own message says what is wrong with the file; the general one otherwise
      message: extensions?.fields?.[0]?.message ?? extensions?.messages,
    }
  } catch {
    return { ok: false, code: undefined, message: undefined }
  }
}

/**
 * Sends one file to POST /uploads (multipart, field "file") and reports its progress from 0 to 1.
 * XMLHttpRequest, because fetch cannot report an upload's progress.
 */
export function uploadDocument(
  file: File,
  language: 'el' | 'en',
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open('POST', '/uploads')
    // a cross-site form cannot send this header: the server's guard against forged uploads
    request.setRequestHeader('x-keplive-upload', '1')
    request.setRequestHeader('accept-language', language)
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    })
    request.addEventListener('load', () => {
      if (request.status === 201) {
        const stored = JSON.parse(request.responseText) as UploadedDocument
        resolve({
          ok: true,
          document: { id: stored.id, fileName: stored.fileName, sizeBytes: stored.sizeBytes },
        })
      } else {
        resolve(problemOf(request.responseText))
      }
    })
    request.addEventListener('error', () =>
      resolve({ ok: false, code: 'NETWORK', message: undefined }),
    )
    const form = new FormData()
    form.append('file', file, file.name)
    request.send(form)
  })
}
