import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import express, { type Router } from 'express'
import { serverRoot } from '../../../platform/config.js'
import {
  identityDocumentTypes,
  normaliseDocumentNumber,
  type IdentityDocumentType,
  type KedHolder,
} from '../ked.client.js'

// A local stand-in for KED's identity-document service (development and tests only): the same
// protocol as ked.client.ts speaks, answered from demo documents. Not a production service.

export const kedStandInPath = '/dev/ked'

interface DemoDocument {
  documentType: IdentityDocumentType
  documentNumber: string
  status: 'VALID' | 'EXPIRED' | 'REVOKED'
  holder: KedHolder
}

export const demoDocumentsFile = path.join(
  serverRoot,
  'src/modules/calls/ked-standin/demo-documents.json',
)

let cached: DemoDocument[] | undefined

/** The stand-in's documents (ked-standin/demo-documents.json, listed in the README). */
export function demoDocuments(): DemoDocument[] {
  cached ??= (JSON.parse(readFileSync(demoDocumentsFile, 'utf8')) as { documents: DemoDocument[] })
    .documents
  return cached
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** POST /dev/ked/v1/documents/verify with the client's Basic credentials. */
export function kedStandInRouter(client: { clientId: string; clientSecret: string }): Router {
  const router = express.Router()
  const expected = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`
  router.post(
    `${kedStandInPath}/v1/documents/verify`,
    express.json({ limit: '4kb' }),
    (req, res) => {
      res.setHeader('Cache-Control', 'no-store')
      if (!sameSecret(req.headers.authorization ?? '', expected)) {
        res.status(401).json({ error: 'invalid_client' })
        return
      }
      const body = (req.body ?? {}) as Record<string, unknown>
      const type = body.documentType as IdentityDocumentType
      if (
        !identityDocumentTypes.includes(type) ||
        typeof body.documentNumber !== 'string' ||
        body.documentNumber.length > 40
      ) {
        res.status(400).json({ error: 'invalid_request' })
        return
      }
      const number = normaliseDocumentNumber(type, body.documentNumber)
      const found = demoDocuments().find(
        (d) =>
          d.documentType === type && normaliseDocumentNumber(type, d.documentNumber) === number,
      )
      const reference = `KED-STANDIN-${randomBytes(6).toString('hex').toUpperCase()}`
      res.json(
        found
          ? { status: found.status, holder: found.holder, reference }
          : { status: 'NOT_FOUND', holder: null, reference },
      )
    },
  )
  return router
}
