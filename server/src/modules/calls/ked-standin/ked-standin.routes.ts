import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import express, { type Request, type Response, type Router } from 'express'
import { isValidAfm } from '../../../platform/afm.js'
import { serverRoot } from '../../../platform/config.js'
import {
  identityDocumentTypes,
  normaliseDocumentNumber,
  type IdentityDocumentType,
  type KedHolder,
} from '../ked.client.js'

// A local stand-in for KED's identity-document service (development and tests only): the same
// protocol as ked.client.ts speaks, answered from demo documents and demo company
// representations. Not a production service.

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

interface DemoCompany {
  taxId: string
  name: string
  representatives: { taxId: string; role: string }[]
}

interface DemoRegistry {
  companies: DemoCompany[]
  /** Companies whose check answers 503: the registry "down", on demand (issue 19 item 6). */
  unavailableCompanies: string[]
}

export const demoRepresentationsFile = path.join(
  serverRoot,
  'src/modules/calls/ked-standin/demo-representations.json',
)

let cachedRegistry: DemoRegistry | undefined

/** The stand-in's companies and representatives (ked-standin/demo-representations.json). */
export function demoRegistry(): DemoRegistry {
  cachedRegistry ??= JSON.parse(readFileSync(demoRepresentationsFile, 'utf8')) as DemoRegistry
  return cachedRegistry
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

const standInReference = () => `KED-STANDIN-${randomBytes(6).toString('hex').toUpperCase()}`

/** The registry's answer about a person and a company, from the demo data. */
function representationAnswer(personTaxId: string, companyTaxId: string) {
  const company = demoRegistry().companies.find((c) => c.taxId === companyTaxId)
  const reference = standInReference()
  if (!company) return { status: 'COMPANY_NOT_FOUND', companyName: null, role: null, reference }
  const representative = company.representatives.find((r) => r.taxId === personTaxId)
  return representative
    ? { status: 'REPRESENTS', companyName: company.name, role: representative.role, reference }
    : { status: 'DOES_NOT_REPRESENT', companyName: company.name, role: null, reference }
}

/**
 * POST /dev/ked/v1/documents/verify and /dev/ked/v1/representation/verify with the client's
 * Basic credentials.
 */
export function kedStandInRouter(client: { clientId: string; clientSecret: string }): Router {
  const router = express.Router()
  const expected = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`
  /** no-store, and the client's credentials checked; false when refused (answered 401). */
  const admitted = (req: Request, res: Response): boolean => {
    res.setHeader('Cache-Control', 'no-store')
    if (sameSecret(req.headers.authorization ?? '', expected)) return true
    res.status(401).json({ error: 'invalid_client' })
    return false
  }
  router.post(
    `${kedStandInPath}/v1/documents/verify`,
    express.json({ limit: '4kb' }),
    (req, res) => {
      if (!admitted(req, res)) return
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
      const reference = standInReference()
      res.json(
        found
          ? { status: found.status, holder: found.holder, reference }
          : { status: 'NOT_FOUND', holder: null, reference },
      )
    },
  )
  router.post(
    `${kedStandInPath}/v1/representation/verify`,
    express.json({ limit: '4kb' }),
    (req, res) => {
      if (!admitted(req, res)) return
      const body = (req.body ?? {}) as Record<string, unknown>
      const { personTaxId, companyTaxId } = body
      if (
        typeof personTaxId !== 'string' ||
        typeof companyTaxId !== 'string' ||
        !isValidAfm(personTaxId) ||
        !isValidAfm(companyTaxId)
      ) {
        res.status(400).json({ error: 'invalid_request' })
        return
      }
      if (demoRegistry().unavailableCompanies.includes(companyTaxId)) {
        res.status(503).json({ error: 'temporarily_unavailable' })
        return
      }
      res.json(representationAnswer(personTaxId, companyTaxId))
    },
  )
  return router
}
