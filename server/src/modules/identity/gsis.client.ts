import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { ResolvedProvider } from './identity.settings.js'

/**
 * What we take of GSIS's answer about the person who logged in (its XML userinfo). GSIS also
 * sends the father's and mother's names and the birth year: the service uses none of them, so
 * they are not read (issue 19 item 2, data minimisation).
 */
export interface GsisUser {
  userId: string
  taxId: string
  firstName: string
  lastName: string
}

/** Why a login failed at the provider's side; each has its own page text. */
export type GsisFailure =
  'provider_error' | 'timeout' | 'token_rejected' | 'userinfo_malformed' | 'userinfo_incomplete'

export class GsisError extends Error {
  constructor(readonly reason: GsisFailure) {
    super(`GSIS login failed: ${reason}`)
    this.name = 'GsisError'
  }
}

async function call(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) })
  } catch (err) {
    const name = (err as { name?: string }).name
    throw new GsisError(
      name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'provider_error',
    )
  }
}

/**
 * Exchanges an authorization code for an access token, server to server, with the client
 * secret and the PKCE verifier. The token never leaves this process.
 * @throws GsisError
 */
export async function exchangeCode(
  provider: ResolvedProvider,
  input: { code: string; redirectUri: string; codeVerifier: string },
  timeoutMs: number,
): Promise<string> {
  const res = await call(
    provider.tokenUrl,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        authorization: `Basic ${Buffer.from(
          `${encodeURIComponent(provider.clientId)}:${encodeURIComponent(provider.clientSecret)}`,
        ).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: input.code,
        redirect_uri: input.redirectUri,
        client_id: provider.clientId,
        code_verifier: input.codeVerifier,
      }),
    },
    timeoutMs,
  )
  if (res.status === 400 || res.status === 401) throw new GsisError('token_rejected')
  if (!res.ok) throw new GsisError('provider_error')
  let body: { access_token?: unknown }
  try {
    body = (await res.json()) as { access_token?: unknown }
  } catch {
    throw new GsisError('provider_error')
  }
  if (typeof body.access_token !== 'string' || body.access_token.length === 0) {
    throw new GsisError('provider_error')
  }
  return body.access_token
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
})

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

/**
 * Reads GSIS's XML userinfo: `<root><userinfo userid=… taxid=… lastname=… …/></root>` (the
 * root element is optional). Parses strictly: anything else is malformed.
 * @throws GsisError userinfo_malformed or userinfo_incomplete
 */
export function parseUserinfo(xml: string): GsisUser {
  let doc: Record<string, unknown>
  try {
    if (XMLValidator.validate(xml) !== true) throw new Error('invalid XML')
    doc = parser.parse(xml) as Record<string, unknown>
  } catch {
    throw new GsisError('userinfo_malformed')
  }
  const root = (doc.root ?? doc) as Record<string, unknown>
  const info = root.userinfo
  if (!info || typeof info !== 'object' || Array.isArray(info)) {
    throw new GsisError('userinfo_malformed')
  }
  const a = info as Record<string, unknown>
  const userId = text(a.userid)
  const taxId = text(a.taxid)
  const firstName = text(a.firstname)
  const lastName = text(a.lastname)
  if (!userId || !taxId || !/^\d{9}$/.test(taxId) || !firstName || !lastName) {
    throw new GsisError('userinfo_incomplete')
  }
  return { userId, taxId, firstName, lastName }
}

/**
 * Fetches and reads the userinfo of an access token.
 * @throws GsisError
 */
export async function fetchUserinfo(
  provider: ResolvedProvider,
  accessToken: string,
  timeoutMs: number,
): Promise<GsisUser> {
  const res = await call(
    provider.userinfoUrl,
    { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/xml' } },
    timeoutMs,
  )
  if (!res.ok) throw new GsisError('provider_error')
  let body: string
  try {
    body = await res.text()
  } catch {
    throw new GsisError('timeout')
  }
  if (body.length > 64 * 1024) throw new GsisError('userinfo_malformed')
  return parseUserinfo(body)
}
