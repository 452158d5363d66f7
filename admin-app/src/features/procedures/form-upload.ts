import type { BilingualText } from '@keplive/api'

/** The server's limit (procedures.service.ts maxFormBytes): checked here too, refused at once. */
export const maxFormBytes = 5 * 1024 * 1024

export type FormUploadResult =
  { ok: true } | { ok: false; code: string | undefined; message: BilingualText | undefined }

interface ErrorBody {
  errors?: {
    extensions?: {
      code?: string
      messages?: BilingualText
      fields?: { message?: BilingualText }[]
    }
  }[]
}

/**
 * Sends a procedure's form to POST /admin/procedures/:id/form (multipart, field "file"). The
 * header x-keplive-upload, which a cross-site form cannot send, is the server's guard.
 */
export async function uploadProcedureForm(
  procedureId: string,
  file: File,
  language: 'el' | 'en',
): Promise<FormUploadResult> {
  const body = new FormData()
  body.append('file', file, file.name)
  try {
    const res = await fetch(`/admin/procedures/${encodeURIComponent(procedureId)}/form`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'x-keplive-upload': '1', 'accept-language': language },
    })
    if (res.status === 201) return { ok: true }
    const extensions = ((await res.json().catch(() => ({}))) as ErrorBody).errors?.[0]?.extensions
    return {
      ok: false,
      code: extensions?.code,
      // the file's own problem (not a PDF, too large) says most; the general message otherwise
      message: extensions?.fields?.[0]?.message ?? extensions?.messages,
    }
  } catch {
    return { ok: false, code: 'NETWORK', message: undefined }
  }
}
