import { createHash } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import { DomainError } from '../errors.js'

/**
 * What is limited: starting and completing logins, booking changes, holding a time, uploads, a
 * call's signals.
 */
export type RateLimitBucket = 'login' | 'booking' | 'hold' | 'upload' | 'signal'

export interface RateLimitRule {
  /** Requests allowed per window. */
  points: number
  windowSeconds: number
}

/** Per bucket: one rule per caller (session or API key) and one per IP address. */
export type RateLimitRules = Record<
  RateLimitBucket,
  { perCaller: RateLimitRule | null; perIp: RateLimitRule }
>

/**
 * The defaults and why:
 * - login: 60 per IP per 10 min — a KEP office or a family shares one address; a brute-force
 *   attempt at the callback (guessing codes/states) needs thousands.
 * - booking: 20 per session per 10 min (a person makes a few bookings; retries after
 *   SLOT_UNAVAILABLE count too) and 200 per IP (many people behind one NAT, e.g. a KEP helping).
 * - hold: 60 per session per 10 min (each time chosen while booking holds it, issue 16 item 1:
 *   a citizen weighing times chooses several; a script cycling holds to keep slots from others
 *   is stopped), 600 per IP.
 * - upload: 30 per session per 10 min (a few documents per booking, with retries), 300 per IP.
 * - signal: 600 per session (or, for an interpreter without one, per IP) per minute: setting
 *   up a call takes a few dozen (offer, answer, ICE candidates) and each recovery as many
 *   again; a page sending ten a second for a minute is broken or hostile. 6,000 per IP: a
 *   KEP's employees share one address.
 * API keys have their own per-minute limit, stored with each key.
 */
export const defaultRateLimits: RateLimitRules = {
  login: { perCaller: null, perIp: { points: 60, windowSeconds: 600 } },
  booking: {
    perCaller: { points: 20, windowSeconds: 600 },
    perIp: { points: 200, windowSeconds: 600 },
  },
  hold: {
    perCaller: { points: 60, windowSeconds: 600 },
    perIp: { points: 600, windowSeconds: 600 },
  },
  upload: {
    perCaller: { points: 30, windowSeconds: 600 },
    perIp: { points: 300, windowSeconds: 600 },
  },
  signal: {
    perCaller: { points: 600, windowSeconds: 60 },
    perIp: { points: 6000, windowSeconds: 60 },
  },
}

export const rateLimited = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    'RATE_LIMITED',
    {
      el: `Πάρα πολλά αιτήματα σε λίγο χρόνο. Δοκιμάστε ξανά σε ${retryAfterSeconds} δευτερόλεπτα.`,
      en: `Too many requests in a short time. Please try again in ${retryAfterSeconds} seconds.`,
    },
    { retryAfterSeconds },
  )

/** Where counters shared by several instances live: a PostgreSQL database (its rate_limits table). */
export interface RateLimitStore {
  /** Database.relaxedQuery: a counter lost in a crash costs nothing, a flush per request does. */
  relaxedQuery(sql: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
}

/** The table of migration 0008_rate_limits. */
const rateLimitsTable = 'rate_limits'

/**
 * The counters. With a store (PostgreSQL, whenever DATABASE_URL is set) they are rows every
 * instance increments in one statement each, so a client spreading its requests over several
 * instances still gets one allowance; should the database fail, each instance goes on counting
 * in memory until it answers again. Without one (the embedded PGlite: one process), in memory.
 */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>()
  // One counter per key with a huge budget; each key's own limit is compared by us.
  private readonly apiKeys: RateLimiterAbstract

  constructor(
    readonly rules: RateLimitRules = defaultRateLimits,
    private readonly store?: RateLimitStore,
  ) {
    // The store's expired rows are swept by one limiter, not by each.
    this.apiKeys = this.create('api-key', { points: 1e9, windowSeconds: 60 }, true)
  }

  private create(name: string, rule: RateLimitRule, sweep = false): RateLimiterAbstract {
    const options = { keyPrefix: name, points: rule.points, duration: rule.windowSeconds }
    const store = this.store
    if (!store) return new RateLimiterMemory(options)
    return new RateLimiterPostgres({
      ...options,
      // RateLimiterPostgres speaks node-postgres ({ text, values } → { rows, rowCount }).
      storeClient: {
        async query(q: { text: string; values?: unknown[] }) {
          const { rows } = await store.relaxedQuery(q.text, q.values ?? [])
          return { rows, rowCount: rows.length }
        },
      },
      storeType: 'pool',
      tableName: rateLimitsTable,
      tableCreated: true,
      clearExpiredByTimeout: sweep,
      insuranceLimiter: new RateLimiterMemory(options),
    })
  }

  private limiter(name: string, rule: RateLimitRule): RateLimiterAbstract {
    let limiter = this.limiters.get(name)
    if (!limiter) {
      limiter = this.create(name, rule)
      this.limiters.set(name, limiter)
    }
    return limiter
  }

  /**
   * Counts one request in a bucket, by caller and by IP.
   * @throws RATE_LIMITED with the seconds to wait.
   */
  async consume(bucket: RateLimitBucket, keys: { caller?: string; ip?: string }): Promise<void> {
    const rule = this.rules[bucket]
    try {
      if (rule.perCaller && keys.caller) {
        await this.limiter(`${bucket}:caller`, rule.perCaller).consume(keys.caller)
      }
      await this.limiter(`${bucket}:ip`, rule.perIp).consume(keys.ip ?? 'unknown')
    } catch (err) {
      if (err instanceof RateLimiterRes) throw rateLimited(Math.ceil(err.msBeforeNext / 1000))
      throw err
    }
  }

  /** Counts one request of an API client against its own per-minute limit. @throws RATE_LIMITED */
  async consumeApiKey(clientId: string, perMinute: number): Promise<void> {
    const res = await this.apiKeys.consume(clientId)
    if (res.consumedPoints > perMinute) throw rateLimited(Math.ceil(res.msBeforeNext / 1000))
  }
}

/** A stable, non-reversible name for the credential a request carries (cookie or API key). */
export function callerKey(credential: string | undefined): string | undefined {
  return credential ? createHash('sha256').update(credential).digest('hex').slice(0, 32) : undefined
}

function credentialOf(req: Request): string | undefined {
  const auth = req.headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice(7)
  const apiKey = req.headers['x-api-key']
  if (typeof apiKey === 'string') return apiKey
  const cookie = req.headers.cookie
  const match = cookie ? /(?:^|;\s*)(?:__Host-)?keplive_session=([^;]+)/.exec(cookie) : null
  return match?.[1]
}

/**
 * Express middleware for a bucket, e.g. `app.post('/uploads', rateLimit('upload'), …)`. Uses the
 * server's counters (app.locals.rateLimits, set by createServer); answers 429 with Retry-After.
 */
export function rateLimit(bucket: RateLimitBucket) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const limits = req.app.locals.rateLimits as RateLimits | undefined
    if (!limits) return next()
    try {
      await limits.consume(bucket, { caller: callerKey(credentialOf(req)), ip: req.ip })
      next()
    } catch (err) {
      if (!(err instanceof DomainError)) return next(err)
      const retry = Number(err.details.retryAfterSeconds ?? 60)
      res.setHeader('Retry-After', String(retry))
      res.status(429).json({
        errors: [
          {
            message: err.messages.en,
            extensions: { code: 'RATE_LIMITED', messages: err.messages, retryAfterSeconds: retry },
          },
        ],
      })
    }
  }
}
