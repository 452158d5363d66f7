import { pino, type DestinationStream, type Logger } from 'pino'
import type { LogLevel } from './config.js'

export type { Logger }

/**
 * Structured JSON logs on stdout. Personal data never goes here: it belongs in the audit trail.
 * The redact list is a safety net for fields that must never reach a log line by mistake; errors
 * go through serializeError, which takes out a failed query's parameters. Tests pass their own
 * destination to read the lines.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = stdout()): Logger {
  return pino(
    {
      level,
      base: { service: 'keplive' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
      redact: {
        paths: [
          '*.email',
          '*.phone',
          '*.taxId',
          '*.afm',
          '*.password',
          '*.token',
          'req.headers.cookie',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  )
}

// Synchronous writes: the last lines before an exit (a failed start, a shutdown) are never lost.
const stdout = () => pino.destination({ dest: 1, sync: true })

/**
 * What a failed query's error carries besides its SQL: the parameters are the citizen's own
 * words (name, email, phone, address). drizzle puts them in `params` and in its message
 * ("Failed query: … params: …"); PGlite in `params`; postgres.js in `parameters`/`args`; the
 * server repeats a value in `detail` ("Key (email)=(…) already exists") or in its message
 * ('invalid input syntax for type uuid: "…"').
 */
const parameterKeys = ['params', 'parameters', 'args'] as const
const hiddenKeys = new Set<string>([...parameterKeys, 'queryOptions', 'types', 'raw'])
const redacted = '[redacted]'
// Shorter values (a flag, an enum) are no one's personal data, and scrubbing them would
// blot out words of the message.
const minSecretLength = 4
const maxDepth = 8

/** Every parameter value and query literal of every error in the chain, longest first. */
function secretsOf(err: unknown): string[] {
  const secrets = new Set<string>()
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value.length >= minSecretLength) secrets.add(value)
    else if (Array.isArray(value)) value.forEach(add)
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      Object.values(value).forEach(add)
      secrets.add(JSON.stringify(value))
    } else if (value !== null && value !== undefined && typeof value !== 'object') {
      const text = String(value)
      if (text.length >= minSecretLength) secrets.add(text)
    }
  }
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < maxDepth; depth++) {
    const record = e as Record<string, unknown>
    for (const key of parameterKeys) add(record[key])
    // a statement written with sql.raw may embed its values as literals
    if (typeof record.query === 'string') {
      for (const [, literal] of record.query.matchAll(/'((?:[^']|'')*)'/g)) {
        add(literal!.replace(/''/g, "'"))
      }
    }
    e = record.cause
  }
  return [...secrets].sort((a, b) => b.length - a.length)
}

/** SQL with its string literals blanked: a statement written with sql.raw may embed values. */
const withoutLiterals = (query: string) => query.replace(/'(?:[^']|'')*'/g, `'${redacted}'`)

function scrubber(secrets: string[]) {
  return (text: string): string => {
    let out = text
    for (const secret of secrets) out = out.split(secret).join(redacted)
    return out
      .replace(/^(params: ).*$/gm, `$1${redacted}`)
      .replace(/(Key \(.*?\)=\().*?(\))/g, `$1${redacted}$2`)
  }
}

function scrubValue(value: unknown, scrub: (text: string) => string, depth: number): unknown {
  if (typeof value === 'string') return scrub(value)
  if (depth >= maxDepth || value === null || typeof value !== 'object') return value
  if (isErrorLike(value)) return serialize(value, scrub, depth + 1)
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, scrub, depth + 1))
  if (value instanceof Date) return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, scrubValue(v, scrub, depth + 1)]),
  )
}

const isErrorLike = (value: unknown): value is Error =>
  !!value && typeof value === 'object' && typeof (value as Error).message === 'string'

function serialize(err: Error, scrub: (text: string) => string, depth: number) {
  const record = err as unknown as Record<string, unknown>
  const out: Record<string, unknown> = {
    type: err.constructor?.name ?? err.name,
    message: scrub(err.message),
    stack: typeof err.stack === 'string' ? scrub(err.stack) : undefined,
  }
  for (const key in err) {
    if (hiddenKeys.has(key) || key === 'cause' || key in out) continue
    const value = record[key]
    out[key] =
      key === 'query' && typeof value === 'string'
        ? withoutLiterals(scrub(value))
        : scrubValue(value, scrub, depth)
  }
  if (isErrorLike(err.cause) && depth < maxDepth) out.cause = serialize(err.cause, scrub, depth + 1)
  return out
}

/**
 * pino's `err` serializer, with every database parameter removed: the keys that hold them are
 * dropped and their values blotted out wherever else they appear (messages, stacks, `detail`,
 * the causes' too), and string literals are blanked from query texts.
 */
export function serializeError(err: unknown): unknown {
  if (!isErrorLike(err)) return err
  const secrets = secretsOf(err)
  const scrub = scrubber(secrets)
  const out = serialize(err, scrub, 0)
  // drizzle writes the whole query into its message: without its literals too.
  const query = (err as unknown as { query?: unknown }).query
  if (typeof query === 'string' && query.length >= minSecretLength) {
    const clean = withoutLiterals(query)
    for (const key of ['message', 'stack'] as const) {
      if (typeof out[key] === 'string') out[key] = (out[key] as string).split(query).join(clean)
    }
  }
  return out
}
