import type { Config, Environment, GsisProvider, SessionConfig } from '../../platform/config.js'

/** An OAuth2 client registration with every endpoint known. */
export interface ResolvedProvider {
  /** Where the browser is sent to log in. */
  authorizeUrl: string
  /** Called server to server. */
  tokenUrl: string
  userinfoUrl: string
  clientId: string
  clientSecret: string
}

export type ProviderName = 'citizen' | 'government'

/** What login, sessions and the stand-in need, with the public address known. */
export interface IdentitySettings {
  env: Environment
  /** The origin citizens reach, e.g. https://mykeplive.gov.gr; cookies and redirects use it. */
  publicUrl: string
  gsis: {
    standIn: boolean
    timeoutMs: number
    citizen: ResolvedProvider
    government: ResolvedProvider
  }
  session: SessionConfig
  auditKey: string
  cookieSecret: string
}

const standInPaths: Record<ProviderName, string> = {
  citizen: '/dev/gsis/oauth2server',
  government: '/dev/gsis/oauth2servergov',
}

/**
 * Fills in the stand-in's endpoints where none are configured: the browser goes to the public
 * address, while the server calls its own port directly (it may not reach itself through the
 * public name, e.g. behind a proxy).
 */
export function resolveIdentitySettings(
  config: Pick<Config, 'env' | 'gsis' | 'session' | 'auditKey' | 'cookieSecret'>,
  publicUrl: string,
  internalUrl: string,
): IdentitySettings {
  const resolve = (name: ProviderName, p: GsisProvider): ResolvedProvider => ({
    authorizeUrl: p.authorizeUrl ?? `${publicUrl}${standInPaths[name]}/oauth/authorize`,
    tokenUrl: p.tokenUrl ?? `${internalUrl}${standInPaths[name]}/oauth/token`,
    userinfoUrl: p.userinfoUrl ?? `${internalUrl}${standInPaths[name]}/userinfo?format=xml`,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
  })
  return {
    env: config.env,
    publicUrl,
    gsis: {
      standIn: config.gsis.standIn,
      timeoutMs: config.gsis.timeoutMs,
      citizen: resolve('citizen', config.gsis.citizen),
      government: resolve('government', config.gsis.government),
    },
    session: config.session,
    auditKey: config.auditKey,
    cookieSecret: config.cookieSecret,
  }
}

export const standInBasePath = standInPaths
