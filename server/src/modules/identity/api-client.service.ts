import { randomBytes, timingSafeEqual } from 'node:crypto'
import { desc, eq } from 'drizzle-orm'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { sha256 } from './cookies.js'
import { requestsInLastDay } from './api-client-usage.js'
import { administrators, apiClients } from './identity.table.js'

/** What a third party's key may read (R7.2: least privilege). */
export const apiScopes = ['catalog:read', 'availability:read'] as const
export type ApiScope = (typeof apiScopes)[number]

/** Root fields each scope opens to an API client; anything else is refused to API keys. */
export const scopeOperations: Record<ApiScope, readonly string[]> = {
  'catalog:read': [
    'serviceCategories',
    'procedures',
    'municipalities',
    'municipality',
    'keps',
    'kep',
    'kepSpecialHours',
  ],
  'availability:read': ['availability'],
}

export type ApiClientRow = typeof apiClients.$inferSelect

/** The longest name of an API client (issue 17 item 5). */
export const apiClientNameMaxLength = 100
/** Bounds of a key's rate limit, requests a minute; 600 when not given. */
export const apiClientRateLimit = { min: 1, max: 60_000, default: 600 } as const

/** An API client as administrators see it: who made it, when last used, how much. */
export interface ApiClientListed extends ApiClientRow {
  createdByName: string | null
  requestsLastDay: number
}

// kep_<8-char id>_<43-char secret>: the id finds the row, the whole key is compared hashed.
const keyPattern = /^kep_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})$/
const alphanumeric = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'

function newKeyPrefix(): string {
  return Array.from(randomBytes(8), (b) => alphanumeric[b % alphanumeric.length]).join('')
}

function assertAdministrator(
  actor: Actor,
  role: 'administrator' | 'auditor' = 'administrator',
): asserts actor is Extract<Actor, { kind: 'administrator' }> {
  if (!isAdministrator(actor, role)) {
    throw new DomainError('FORBIDDEN', {
      el: 'Μόνο οι διαχειριστές διαχειρίζονται τα κλειδιά API.',
      en: 'Only administrators manage API keys.',
    })
  }
}

/**
 * Creates an API client and returns its key — the only time the key is ever shown.
 * @throws FORBIDDEN unless an administrator asks; VALIDATION_FAILED for a bad name, scope or limit.
 */
export async function createApiClient(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { name: string; scopes: string[]; rateLimitPerMinute?: number | null },
  ip?: string,
): Promise<{ client: ApiClientListed; key: string }> {
  assertAdministrator(actor)
  const name = input.name.trim()
  const problems: FieldError[] = []
  if (name.length < 2 || name.length > apiClientNameMaxLength) {
    problems.push({
      field: 'input.name',
      reason: 'invalid_length',
      message: {
        el: `Ένα όνομα από 2 έως ${apiClientNameMaxLength} χαρακτήρες.`,
        en: `A name of 2 to ${apiClientNameMaxLength} characters.`,
      },
    })
  }
  const scopes = [...new Set(input.scopes)]
  if (scopes.length === 0 || scopes.some((s) => !(apiScopes as readonly string[]).includes(s))) {
    problems.push({
      field: 'input.scopes',
      reason: 'invalid_scope',
      message: {
        el: `Τουλάχιστον ένα από: ${apiScopes.join(', ')}.`,
        en: `At least one of: ${apiScopes.join(', ')}.`,
      },
    })
  }
  const rateLimitPerMinute = input.rateLimitPerMinute ?? apiClientRateLimit.default
  if (
    !Number.isInteger(rateLimitPerMinute) ||
    rateLimitPerMinute < apiClientRateLimit.min ||
    rateLimitPerMinute > apiClientRateLimit.max
  ) {
    problems.push({
      field: 'input.rateLimitPerMinute',
      reason: 'out_of_range',
      message: {
        el: 'Από 1 έως 60.000 αιτήματα το λεπτό.',
        en: 'From 1 to 60,000 requests a minute.',
      },
    })
  }
  if (problems.length > 0) throw validationFailed(problems)

  const prefix = newKeyPrefix()
  const key = `kep_${prefix}_${randomBytes(32).toString('base64url')}`
  return db.transaction(async (tx) => {
    const [client] = await tx
      .insert(apiClients)
      .values({
        name,
        keyPrefix: prefix,
        keyHash: sha256(key),
        scopes,
        rateLimitPerMinute,
        createdBy: actor.administratorId,
        createdAt: clock.now(),
      })
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'api_client.create',
      entity: 'api_client',
      entityId: client!.id,
      ip,
      details: { scopes, rateLimitPerMinute },
      at: clock.now(),
    })
    return { client: await listedOne(tx, clock.now(), client!), key }
  })
}

/**
 * Revokes a key at once; requests with it fail from then on.
 * @throws FORBIDDEN unless an administrator asks; NOT_FOUND for an unknown client.
 */
export async function revokeApiClient(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string,
): Promise<ApiClientListed> {
  assertAdministrator(actor)
  const missing = notFound({ el: 'Ο πελάτης API', en: 'The API client' })
  if (!isUuid(id)) throw missing
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(apiClients).where(eq(apiClients.id, id))
    if (!existing) throw missing
    if (existing.revokedAt) return listedOne(tx, clock.now(), existing)
    const [row] = await tx
      .update(apiClients)
      .set({ revokedAt: clock.now() })
      .where(eq(apiClients.id, id))
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'api_client.revoke',
      entity: 'api_client',
      entityId: id,
      ip,
      at: clock.now(),
    })
    return listedOne(tx, clock.now(), row!)
  })
}

/** One client as the list shows it (after a change to it). */
async function listedOne(db: Db, now: Date, row: ApiClientRow): Promise<ApiClientListed> {
  const [creator] = row.createdBy
    ? await db
        .select({ fullName: administrators.fullName })
        .from(administrators)
        .where(eq(administrators.id, row.createdBy))
    : []
  const usage = await requestsInLastDay(db, now, row.id)
  return {
    ...row,
    createdByName: creator?.fullName ?? null,
    requestsLastDay: usage.get(row.id) ?? 0,
  }
}

/**
 * Every API client, newest first, with who made it, when it was last used and its requests in
 * the last day (up to a minute behind: see api-client-usage.ts). Listing is itself audited (R7.2).
 * @throws FORBIDDEN unless an administrator (any role) asks.
 */
export async function listApiClients(
  db: Db,
  clock: Clock,
  actor: Actor,
  ip?: string,
): Promise<ApiClientListed[]> {
  assertAdministrator(actor, 'auditor')
  const now = clock.now()
  const rows = await db
    .select({ client: apiClients, createdByName: administrators.fullName })
    .from(apiClients)
    .leftJoin(administrators, eq(administrators.id, apiClients.createdBy))
    .orderBy(desc(apiClients.createdAt), desc(apiClients.id))
  const usage = await requestsInLastDay(db, now)
  await recordAudit(db, {
    actor,
    action: 'api_client.list',
    entity: 'api_client',
    ip,
    details: { count: rows.length },
    at: now,
  })
  return rows.map(({ client, createdByName }) => ({
    ...client,
    createdByName,
    requestsLastDay: usage.get(client.id) ?? 0,
  }))
}

/**
 * The API client a key belongs to, or undefined for a key that is malformed, unknown or
 * revoked. Compares the hash in constant time.
 */
export async function authenticateApiKey(
  db: Db,
  key: string,
): Promise<
  { actor: Extract<Actor, { kind: 'api_client' }>; rateLimitPerMinute: number } | undefined
> {
  const match = keyPattern.exec(key)
  if (!match) return undefined
  const [row] = await db.select().from(apiClients).where(eq(apiClients.keyPrefix, match[1]!))
  if (!row || row.revokedAt) return undefined
  const given = Buffer.from(sha256(key), 'hex')
  const stored = Buffer.from(row.keyHash, 'hex')
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return undefined
  return {
    actor: { kind: 'api_client', clientId: row.id, scopes: row.scopes },
    rateLimitPerMinute: row.rateLimitPerMinute,
  }
}
