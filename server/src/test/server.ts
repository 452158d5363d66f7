import {
  createServer,
  type RunningServer,
  type ServerConfig,
  type ServerDeps,
} from '../app/server.js'
import { fixedClock, type Clock } from '../platform/clock.js'
import { loadConfig } from '../platform/config.js'
import type { Database } from '../platform/db/client.js'
import { createLogger } from '../platform/logger.js'
import { defaultRateLimits, type RateLimitRules } from '../platform/security/rate-limit.js'

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number
  data?: T | null
  errors?: {
    message: string
    path?: (string | number)[]
    extensions?: Record<string, unknown> & { code?: string }
  }[]
}

export interface TestServer extends RunningServer {
  /** POSTs one operation to /graphql and returns the status and the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>
}

/**
 * The configuration of a test server: the test environment's (GSIS and KED stand-ins, test
 * secrets); the public address is the one it listens on.
 */
export function testServerConfig(): ServerConfig {
  return { ...loadConfig({ NODE_ENV: 'test' }), publicUrl: undefined }
}

/**
 * Rate limits that `points` requests a window never reach, per caller and per IP: for tests in
 * which many people come from one address, or that send a flood on purpose (rate limits have
 * tests of their own).
 */
export function roomyRateLimits(points: number, windowSeconds: number): RateLimitRules {
  const roomy = { points, windowSeconds }
  return {
    login: { perCaller: null, perIp: roomy },
    booking: { perCaller: roomy, perIp: roomy },
    hold: { perCaller: roomy, perIp: roomy },
    upload: { perCaller: roomy, perIp: roomy },
    signal: { perCaller: roomy, perIp: roomy },
  }
}

/**
 * The default limits, but room for the many logins of a matrix (every role, and afresh for
 * each cell that ends sessions): the login limit is tested on its own.
 */
export const manyLogins: RateLimitRules = {
  ...defaultRateLimits,
  login: roomyRateLimits(10_000, 600).login,
}

/** A real server on a free port, as graphql-ws's own tests do; stop() it in afterAll. */
export async function startTestServer(
  database: Database,
  options: {
    clock?: Clock
    appsRoot?: string
    config?: ServerConfig
    rateLimits?: RateLimitRules
    /** The SMTP sink /dev/mail shows, and mail sent at once (the call's invitations). */
    devMail?: ServerDeps['devMail']
    mail?: ServerDeps['mail']
    pubsub?: ServerDeps['pubsub']
    apiKeyUsage?: ServerDeps['apiKeyUsage']
  } = {},
): Promise<TestServer> {
  const server = await createServer({
    database,
    clock: options.clock ?? fixedClock('2027-01-12T08:00:00Z'),
    logger: createLogger('silent'),
    appsRoot: options.appsRoot,
    config: options.config ?? testServerConfig(),
    rateLimits: options.rateLimits,
    devMail: options.devMail,
    mail: options.mail,
    pubsub: options.pubsub,
    apiKeyUsage: options.apiKeyUsage,
  })
  const running = await server.start(0)
  return {
    ...running,
    async graphql(query, variables, headers) {
      const res = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      })
      return { status: res.status, ...((await res.json()) as object) }
    },
  }
}

/** Fails the test with the errors' messages when a response has any. */
export function expectNoGraphQLErrors<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`)
  }
  return res.data as T
}
