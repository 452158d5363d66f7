import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The server's root folder (server/), so relative paths do not depend on the working directory. */
export const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type Environment = 'development' | 'test' | 'production'
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'

export interface Config {
  env: Environment
  host: string
  port: number
  /** Where the embedded PGlite database keeps its files; unused when databaseUrl is set. */
  dataDir: string
  /** postgres:// URL of a PostgreSQL server; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined
  /** Load the seed data into an empty database at start. */
  seedOnStart: boolean
  publicUrl: string
  logLevel: LogLevel
  shutdownTimeoutMs: number
  /** Login through GSIS/TaxisNet (R1.4, R2.1); see identity/gsis.client.ts. */
  gsis: GsisConfig
  session: SessionConfig
  /** Key of the keyed hashes (HMAC) the audit trail writes instead of personal identifiers. */
  auditKey: string
  /** Key that signs and encrypts the short-lived login-transaction cookie (state, PKCE verifier). */
  cookieSecret: string
  /** Express's "trust proxy": how many reverse proxies set X-Forwarded-For (0: none). */
  trustProxy: number
  /**
   * Bearer token a scraper of /metrics sends (METRICS_TOKEN, at least 32 characters); unset:
   * only requests from the loopback address may read /metrics (issue 17 item 7).
   */
  metricsToken: string | undefined
  /**
   * AES-256 key of uploaded documents at rest (DOCUMENTS_KEY, base64 of 32 bytes). Required in
   * production; elsewhere, when unset, one is generated once and kept in DATA_DIR.
   */
  documentsKey: Buffer | undefined
  /**
   * smtp:// or smtps:// URL of the mail server (SMTP_URL). Unset outside production: the server
   * runs its own SMTP sink, shown at /dev/mail.
   */
  smtpUrl: string | undefined
  /** The From of every email (MAIL_FROM). */
  mailFrom: string
  /** The identity-document check through KED (R6.2, R7.1); see calls/ked.client.ts. */
  ked: KedConfig
  /** STUN/TURN servers handed to the call's browsers; none needed on one machine. */
  ice: IceConfig
  /** Who answers for the data and how to reach them, as the notices state them (issue 19 item 4). */
  contacts: ContactsConfig
}

/**
 * The controller and contacts the privacy notice, the accessibility statement and
 * /.well-known/security.txt name. The defaults are placeholders for development: production
 * must set its own (`pnpm check:prod-config` refuses them).
 */
export interface ContactsConfig {
  /** CONTROLLER_NAME: the data controller, e.g. the ministry's directorate. */
  controllerName: string
  /** CONTROLLER_ADDRESS: its postal address. */
  controllerAddress: string
  /** DPO_EMAIL: the data protection officer's address. */
  dpoEmail: string
  /** CONTACT_EMAIL: questions, accessibility feedback, complaints about the service. */
  contactEmail: string
  /** SECURITY_CONTACT: where to report a vulnerability (mailto: or https: URL). */
  securityContact: string
}

/** Development placeholders of the contacts: refused by `pnpm check:prod-config`. */
export const devContacts: ContactsConfig = {
  controllerName: 'Υπουργείο Εσωτερικών — Διεύθυνση Ενιαίων Κέντρων Εξυπηρέτησης (ΚΕΠ)',
  controllerAddress: 'Σταδίου 27, 101 83 Αθήνα',
  dpoEmail: 'dpo@keplive.localhost',
  contactEmail: 'kep@keplive.localhost',
  securityContact: 'mailto:security@keplive.localhost',
}

export interface KedConfig {
  /** Serve the KED stand-in with demo documents at /dev/ked (never in production). */
  standIn: boolean
  /** The KED service's base URL; absent = the stand-in on our own server. */
  url: string | undefined
  clientId: string
  clientSecret: string
  timeoutMs: number
}

export interface IceConfig {
  /** stun: URLs (STUN_URLS, comma-separated). */
  stunUrls: string[]
  /** turn:/turns: URLs (TURN_URLS, comma-separated); they need TURN_SECRET. */
  turnUrls: string[]
  /** coturn's static-auth-secret: time-limited credentials (TURN REST API). */
  turnSecret: string | undefined
}

/** One OAuth2 client registration at GSIS; URLs absent = the stand-in on our own server. */
export interface GsisProvider {
  authorizeUrl: string | undefined
  tokenUrl: string | undefined
  userinfoUrl: string | undefined
  clientId: string
  clientSecret: string
}

export interface GsisConfig {
  /** Serve the GSIS stand-in with demo users at /dev/gsis (never in production). */
  standIn: boolean
  /** Citizens' (and legal representatives') TaxisNet login. */
  citizen: GsisProvider
  /** The public-administration variant, for KEP employees and administrators. */
  government: GsisProvider
  /** How long to wait for GSIS's token and userinfo endpoints. */
  timeoutMs: number
}

export interface SessionConfig {
  citizenIdleSeconds: number
  staffIdleSeconds: number
  absoluteSeconds: number
}

/** Development-only secrets: refused in production, so a real deployment must set its own. */
export const devSecrets = {
  auditKey: 'keplive-dev-audit-key-not-for-production',
  cookieSecret: 'keplive-dev-cookie-secret-not-for-production',
  gsisClientSecret: 'keplive-dev-gsis-secret',
  kedClientSecret: 'keplive-dev-ked-secret',
} as const

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

type Env = Record<string, string | undefined>

/**
 * Reads and validates the configuration from environment variables.
 * @throws ConfigError naming every bad variable and what it expects.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = []
  const read = <T>(name: string, fallback: T, parse: (raw: string) => T | string): T => {
    const raw = env[name]
    if (raw === undefined || raw.trim() === '') return fallback
    const parsed = parse(raw.trim())
    if (typeof parsed === 'string' && typeof fallback !== 'string') {
      problems.push(`${name}=${JSON.stringify(raw)}: ${parsed}`)
      return fallback
    }
    return parsed as T
  }
  const fail = (name: string, raw: string | undefined, expected: string) => {
    problems.push(`${name}=${JSON.stringify(raw)}: ${expected}`)
  }

  const env_ = env.NODE_ENV?.trim() || 'development'
  if (!['development', 'test', 'production'].includes(env_)) {
    fail('NODE_ENV', env.NODE_ENV, 'expected one of development, test, production')
  }

  const port = read('PORT', 4000, (raw) => {
    const n = Number(raw)
    return /^\d+$/.test(raw) && n >= 0 && n <= 65535
      ? n
      : 'expected a whole number from 0 to 65535 (0 picks a free port)'
  })

  const host = env.HOST?.trim() || '0.0.0.0'

  const dataDir = path.resolve(serverRoot, env.DATA_DIR?.trim() || '.data')

  let databaseUrl: string | undefined = env.DATABASE_URL?.trim() || undefined
  if (databaseUrl !== undefined) {
    try {
      const url = new URL(databaseUrl)
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        fail('DATABASE_URL', '(hidden)', 'expected a postgres:// or postgresql:// URL')
        databaseUrl = undefined
      }
    } catch {
      fail(
        'DATABASE_URL',
        '(hidden)',
        'expected a URL such as postgres://user@127.0.0.1:5432/keplive',
      )
      databaseUrl = undefined
    }
  }

  const seed = env.SEED?.trim() || 'auto'
  if (!['auto', 'never'].includes(seed)) fail('SEED', env.SEED, 'expected auto or never')

  const logLevels: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']
  const logLevel = (env.LOG_LEVEL?.trim() || (env_ === 'test' ? 'silent' : 'info')) as LogLevel
  if (!logLevels.includes(logLevel)) {
    fail('LOG_LEVEL', env.LOG_LEVEL, `expected one of ${logLevels.join(', ')}`)
  }

  const shutdownTimeoutMs = read('SHUTDOWN_TIMEOUT_MS', 10_000, (raw) =>
    /^\d+$/.test(raw) && Number(raw) > 0
      ? Number(raw)
      : 'expected a positive whole number of milliseconds',
  )

  let publicUrl = env.PUBLIC_URL?.trim() || `http://localhost:${port}`
  try {
    const url = new URL(publicUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error()
    publicUrl = url.origin
  } catch {
    fail('PUBLIC_URL', env.PUBLIC_URL, 'expected an http:// or https:// URL')
  }

  const isProduction = env_ === 'production'
  const positive = (unit: string) => (raw: string) =>
    /^\d+$/.test(raw) && Number(raw) > 0
      ? Number(raw)
      : `expected a positive whole number of ${unit}`

  const standInRaw = env.GSIS_STANDIN?.trim() || (isProduction ? 'off' : 'on')
  if (!['on', 'off'].includes(standInRaw))
    fail('GSIS_STANDIN', env.GSIS_STANDIN, 'expected on or off')
  const standIn = standInRaw === 'on'
  if (standIn && isProduction) {
    fail('GSIS_STANDIN', env.GSIS_STANDIN, 'the GSIS stand-in must be off in production')
  }
  const gsisUrl = (name: string): string | undefined => {
    const raw = env[name]?.trim()
    if (!raw) return undefined
    try {
      const url = new URL(raw)
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !isProduction))
        throw new Error()
      return url.toString()
    } catch {
      fail(name, raw, isProduction ? 'expected an https:// URL' : 'expected an http(s):// URL')
      return undefined
    }
  }
  const secret = (name: string, devDefault: string, minLength: number): string => {
    const raw = env[name]?.trim()
    if (!raw) {
      if (isProduction)
        problems.push(
          `${name}: required in production (a random secret of at least ${minLength} characters)`,
        )
      return devDefault
    }
    if (raw.length < minLength) problems.push(`${name}: expected at least ${minLength} characters`)
    return raw
  }
  const provider = (prefix: string, clientIdDefault: string): GsisProvider => {
    const urls = {
      authorizeUrl: gsisUrl(`${prefix}_AUTHORIZE_URL`),
      tokenUrl: gsisUrl(`${prefix}_TOKEN_URL`),
      userinfoUrl: gsisUrl(`${prefix}_USERINFO_URL`),
    }
    const given = Object.values(urls).filter(Boolean).length
    if (!standIn && given < 3) {
      problems.push(
        `${prefix}_AUTHORIZE_URL, ${prefix}_TOKEN_URL, ${prefix}_USERINFO_URL: all three required when GSIS_STANDIN=off`,
      )
    }
    return {
      ...urls,
      clientId: env[`${prefix}_CLIENT_ID`]?.trim() || (isProduction ? '' : clientIdDefault),
      clientSecret: secret(`${prefix}_CLIENT_SECRET`, devSecrets.gsisClientSecret, 8),
    }
  }
  const gsis: GsisConfig = {
    standIn,
    citizen: provider('GSIS', 'keplive-dev'),
    government: provider('GSIS_GOV', 'keplive-dev-gov'),
    timeoutMs: read('GSIS_TIMEOUT_MS', 10_000, positive('milliseconds')),
  }
  if (isProduction && !gsis.citizen.clientId)
    problems.push('GSIS_CLIENT_ID: required in production')
  if (isProduction && !gsis.government.clientId) {
    problems.push('GSIS_GOV_CLIENT_ID: required in production')
  }

  const session: SessionConfig = {
    citizenIdleSeconds: 60 * read('SESSION_IDLE_MINUTES_CITIZEN', 30, positive('minutes')),
    staffIdleSeconds: 60 * read('SESSION_IDLE_MINUTES_STAFF', 15, positive('minutes')),
    absoluteSeconds: 3600 * read('SESSION_ABSOLUTE_HOURS', 8, positive('hours')),
  }
  const auditKey = secret('AUDIT_KEY', devSecrets.auditKey, 32)
  const cookieSecret = secret('COOKIE_SECRET', devSecrets.cookieSecret, 32)
  const trustProxy = read('TRUST_PROXY', 0, (raw) =>
    /^\d+$/.test(raw)
      ? Number(raw)
      : 'expected the number of reverse proxies in front (0 for none)',
  )

  const metricsToken = env.METRICS_TOKEN?.trim() || undefined
  if (metricsToken !== undefined && metricsToken.length < 32) {
    problems.push('METRICS_TOKEN: expected at least 32 characters (openssl rand -hex 32)')
  }

  let documentsKey: Buffer | undefined
  const rawDocumentsKey = env.DOCUMENTS_KEY?.trim()
  if (rawDocumentsKey) {
    documentsKey = Buffer.from(rawDocumentsKey, 'base64')
    if (documentsKey.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(rawDocumentsKey)) {
      problems.push('DOCUMENTS_KEY: expected 32 random bytes in base64 (openssl rand -base64 32)')
    }
  } else if (isProduction) {
    problems.push('DOCUMENTS_KEY: required in production (openssl rand -base64 32)')
  }

  let smtpUrl: string | undefined = env.SMTP_URL?.trim() || undefined
  if (smtpUrl !== undefined) {
    try {
      const url = new URL(smtpUrl)
      if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error()
      if (!url.hostname) throw new Error()
    } catch {
      fail('SMTP_URL', '(hidden)', 'expected smtp://user:password@host:port or smtps://…')
      smtpUrl = undefined
    }
  }
  const mailFrom = env.MAIL_FROM?.trim() || 'myKEPlive <no-reply@keplive.localhost>'
  if (!/^(?:[^<>@\s][^<>]*<)?[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>?$/.test(mailFrom)) {
    fail('MAIL_FROM', env.MAIL_FROM, 'expected an address, or Name <address>')
  }

  const kedStandInRaw = env.KED_STANDIN?.trim() || (isProduction ? 'off' : 'on')
  if (!['on', 'off'].includes(kedStandInRaw))
    fail('KED_STANDIN', env.KED_STANDIN, 'expected on or off')
  const kedStandIn = kedStandInRaw === 'on'
  if (kedStandIn && isProduction) {
    fail('KED_STANDIN', env.KED_STANDIN, 'the KED stand-in must be off in production')
  }
  const kedUrl = gsisUrl('KED_URL')
  if (!kedStandIn && !kedUrl && !env.KED_URL?.trim()) {
    problems.push('KED_URL: required when KED_STANDIN=off')
  }
  const ked: KedConfig = {
    standIn: kedStandIn,
    url: kedUrl?.replace(/\/$/, ''),
    clientId: env.KED_CLIENT_ID?.trim() || (isProduction ? '' : 'keplive-dev'),
    clientSecret: secret('KED_CLIENT_SECRET', devSecrets.kedClientSecret, 8),
    timeoutMs: read('KED_TIMEOUT_MS', 5_000, positive('milliseconds')),
  }
  if (isProduction && !ked.clientId) problems.push('KED_CLIENT_ID: required in production')

  const urlList = (name: string, schemes: RegExp, expected: string): string[] => {
    const list = (env[name] ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean)
    if (list.some((u) => !schemes.test(u))) {
      fail(name, env[name], expected)
      return []
    }
    return list
  }
  const ice: IceConfig = {
    stunUrls: urlList('STUN_URLS', /^stuns?:\S+$/, 'expected stun:host:port URLs, comma-separated'),
    turnUrls: urlList('TURN_URLS', /^turns?:\S+$/, 'expected turn:host:port URLs, comma-separated'),
    turnSecret: env.TURN_SECRET?.trim() || undefined,
  }
  if (ice.turnUrls.length > 0 && !ice.turnSecret) {
    problems.push('TURN_SECRET: required with TURN_URLS (coturn static-auth-secret)')
  }
  if (ice.turnSecret !== undefined && ice.turnSecret.length < 16) {
    problems.push('TURN_SECRET: expected at least 16 characters')
  }

  const email = (name: string, fallback: string): string => {
    const raw = env[name]?.trim()
    if (!raw) return fallback
    if (!/^[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+$/.test(raw)) {
      fail(name, raw, 'expected an email address')
      return fallback
    }
    return raw
  }
  const contactEmail = email('CONTACT_EMAIL', devContacts.contactEmail)
  let securityContact = env.SECURITY_CONTACT?.trim() || devContacts.securityContact
  if (!/^(?:mailto:[^<>@\s]+@[^<>@\s]+|https:\/\/\S+)$/.test(securityContact)) {
    fail('SECURITY_CONTACT', env.SECURITY_CONTACT, 'expected a mailto: or https:// URL')
    securityContact = devContacts.securityContact
  }
  const contacts: ContactsConfig = {
    controllerName: env.CONTROLLER_NAME?.trim() || devContacts.controllerName,
    controllerAddress: env.CONTROLLER_ADDRESS?.trim() || devContacts.controllerAddress,
    dpoEmail: email('DPO_EMAIL', devContacts.dpoEmail),
    contactEmail,
    securityContact,
  }

  if (problems.length > 0) throw new ConfigError(problems)
  return {
    env: env_ as Environment,
    host,
    port,
    dataDir,
    databaseUrl,
    seedOnStart: seed === 'auto',
    publicUrl,
    logLevel,
    shutdownTimeoutMs,
    gsis,
    session,
    auditKey,
    cookieSecret,
    trustProxy,
    metricsToken,
    documentsKey,
    smtpUrl,
    mailFrom,
    ked,
    ice,
    contacts,
  }
}
