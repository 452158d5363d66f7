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
}

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
  }
}
