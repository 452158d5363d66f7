import type { IncomingHttpHeaders } from 'node:http'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { authenticateApiKey } from './api-client.service.js'
import { readCookie } from './cookies.js'
import { actorFromSessionToken } from './session.service.js'

/** The credential a request carries: an API key (header) or a session cookie. */
export type Credential =
  { kind: 'api_key'; key: string } | { kind: 'session'; token: string } | { kind: 'none' }

const sessionCookieNames = ['__Host-keplive_session', 'keplive_session']

export function credentialOf(headers: IncomingHttpHeaders): Credential {
  const auth = headers.authorization
  if (auth?.startsWith('Bearer kep_')) return { kind: 'api_key', key: auth.slice(7).trim() }
  const apiKey = headers['x-api-key']
  if (typeof apiKey === 'string' && apiKey.trim() !== '') {
    return { kind: 'api_key', key: apiKey.trim() }
  }
  for (const name of sessionCookieNames) {
    const token = readCookie(headers, name)
    if (token) return { kind: 'session', token }
  }
  return { kind: 'none' }
}

export const invalidApiKey = () =>
  new DomainError('UNAUTHENTICATED', {
    el: 'Το κλειδί API δεν είναι έγκυρο ή έχει ανακληθεί. Ζητήστε νέο από το Υπουργείο.',
    en: 'The API key is not valid or has been revoked. Ask the ministry for a new one.',
  })

/**
 * Who is asking, from the session cookie or the API key of a request: for GraphQL (HTTP and
 * WebSocket) and for plain Express endpoints such as uploads. An expired or unknown session is
 * anonymous (operations that need a login then answer UNAUTHENTICATED).
 * @throws UNAUTHENTICATED for an API key that is malformed, unknown or revoked.
 */
export async function actorFromRequest(
  db: Db,
  clock: Clock,
  req: { headers: IncomingHttpHeaders },
): Promise<Actor> {
  return (await authenticateRequest(db, clock, req)).actor
}

/** actorFromRequest, plus the API key's own rate limit when the caller is an API client. */
export async function authenticateRequest(
  db: Db,
  clock: Clock,
  req: { headers: IncomingHttpHeaders },
): Promise<{ actor: Actor; rateLimitPerMinute?: number }> {
  const credential = credentialOf(req.headers)
  switch (credential.kind) {
    case 'api_key': {
      const client = await authenticateApiKey(db, credential.key)
      if (!client) throw invalidApiKey()
      return client
    }
    case 'session':
      return { actor: await actorFromSessionToken(db, clock, credential.token) }
    case 'none':
      return { actor: { kind: 'anonymous' } }
  }
}
