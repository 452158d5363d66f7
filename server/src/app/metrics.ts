import { timingSafeEqual } from 'node:crypto'
import type { ApolloServerPlugin } from '@apollo/server'
import { count, inArray } from 'drizzle-orm'
import { Kind, type OperationDefinitionNode } from 'graphql'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Database } from '../platform/db/client.js'
import type { Logger } from '../platform/logger.js'
import { boundedLabel, metricsContentType, MetricsRegistry } from '../platform/metrics.js'
import { calls } from '../modules/calls/index.js'
import { outbox } from '../modules/notifications/index.js'

// The server's metrics (issue 17 item 7) and where they are fed: the HTTP middleware and the
// GraphQL plugin below, gauges read at scrape time from the database and the WebSocket server.
// The README's "Monitoring" lists them.

const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const
const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
/** The mutation that makes a booking, counted as "bookings made". */
const bookingMutation = 'bookAppointment'

/**
 * The route a path belongs to, as a pattern: never the raw path, whose ids and tokens would both
 * leak and make a series per request. Paths of no known route are "other".
 */
export function routeOf(method: string, path: string): string {
  const exact = [
    '/graphql',
    '/healthz',
    '/readyz',
    '/metrics',
    '/uploads',
    '/developers',
    '/developers/en',
    '/developers/schema.graphql',
  ]
  if (exact.includes(path)) return path
  const patterns: [RegExp, string][] = [
    [/^\/join\/[^/]+$/, '/join/:token'],
    [/^\/documents\/[^/]+$/, '/documents/:id'],
    [/^\/forms\/[^/]+\.pdf$/, '/forms/:procedureId.pdf'],
    [/^\/admin\/procedures\/[^/]+\/form$/, '/admin/procedures/:id/form'],
    [/^\/auth\/(login|callback|logout)$/, '/auth/$1'],
    [/^\/dev\/gsis(\/.*)?$/, '/dev/gsis/*'],
    [/^\/dev\/ked(\/.*)?$/, '/dev/ked/*'],
    [/^\/dev\/mail(\/.*)?$/, '/dev/mail/*'],
    [/^\/admin(\/.*)?$/, '/admin/*'],
    [/^\/staff(\/.*)?$/, '/staff/*'],
    [/^\/assets\/.*$/, '/assets/*'],
  ]
  for (const [pattern, route] of patterns) {
    const match = pattern.exec(path)
    if (match) return route.replace('$1', match[1] ?? '')
  }
  // The citizen app's pages (GET) and anything else.
  return method === 'GET' || method === 'HEAD' ? '/*' : 'other'
}

export interface ServerMetrics {
  registry: MetricsRegistry
  /** Counts every HTTP response by method, route pattern and status. */
  httpMiddleware: RequestHandler
  /** Counts GraphQL operations (over HTTP) by name with their latency, and bookings made. */
  graphqlPlugin: ApolloServerPlugin
}

/**
 * The registry of one server. `openSockets` answers the WebSocket connections open now.
 */
export function createServerMetrics(deps: {
  database: Database
  openSockets: () => number
}): ServerMetrics {
  const { database } = deps
  const registry = new MetricsRegistry()

  const httpRequests = registry.counter(
    'keplive_http_requests_total',
    'HTTP responses by method, route pattern and status.',
  )
  const httpDuration = registry.histogram(
    'keplive_http_request_duration_seconds',
    'Time to answer an HTTP request, by route pattern.',
    latencyBuckets,
  )
  const operations = registry.counter(
    'keplive_graphql_operations_total',
    'GraphQL operations over HTTP by operation name, type and outcome (ok or error).',
  )
  const operationDuration = registry.histogram(
    'keplive_graphql_operation_duration_seconds',
    'Time from receiving a GraphQL operation over HTTP to its response, by operation name.',
    latencyBuckets,
  )
  const bookingsMade = registry.counter(
    'keplive_bookings_made_total',
    'Bookings made (bookAppointment answered without errors) by this instance since it started.',
  )

  registry.gauge(
    'keplive_outbox_emails',
    'Emails of the outbox waiting to be sent (pending) or given up on (failed), read at scrape time.',
    async () => {
      const rows = await database.db
        .select({ status: outbox.status, n: count() })
        .from(outbox)
        .where(inArray(outbox.status, ['pending', 'failed']))
        .groupBy(outbox.status)
      return (['pending', 'failed'] as const).map((status) => ({
        labels: { status },
        value: rows.find((r) => r.status === status)?.n ?? 0,
      }))
    },
  )
  registry.gauge(
    'keplive_calls_active',
    'Calls open now: citizens waiting to be admitted (waiting) and calls under way (in_call).',
    async () => {
      const rows = await database.db
        .select({ status: calls.status, n: count() })
        .from(calls)
        .where(inArray(calls.status, ['waiting', 'in_call']))
        .groupBy(calls.status)
      return (['waiting', 'in_call'] as const).map((status) => ({
        labels: { status },
        value: rows.find((r) => r.status === status)?.n ?? 0,
      }))
    },
  )
  registry.gauge(
    'keplive_websocket_connections',
    'WebSocket connections open to this instance (GraphQL subscriptions: the calls).',
    () => [{ value: deps.openSockets() }],
  )
  registry.gauge(
    'keplive_db_connections',
    database.kind === 'postgres'
      ? "Connections to this database by state (pg_stat_activity; every instance's pool)."
      : 'Connections to the embedded PGlite: always one, in this process.',
    async () => {
      if (database.kind !== 'postgres') return [{ labels: { state: 'active' }, value: 1 }]
      const { rows } = await database.query(
        `select coalesce(state, 'unknown') as state, count(*)::int as n
           from pg_stat_activity where datname = current_database() group by 1`,
        [],
      )
      return rows.map((r) => ({ labels: { state: String(r.state) }, value: Number(r.n) }))
    },
  )
  registry.gauge('process_resident_memory_bytes', 'Resident memory of this process.', () => [
    { value: process.memoryUsage.rss() },
  ])
  const startedAt = Math.floor(Date.now() / 1000 - process.uptime())
  registry.gauge('process_start_time_seconds', 'When this process started (Unix time).', () => [
    { value: startedAt },
  ])

  const httpMiddleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const method = methods.has(req.method) ? req.method : 'other'
      const route = routeOf(req.method, req.originalUrl.split('?')[0]!)
      httpRequests.inc({ method, route, status: String(res.statusCode) })
      httpDuration.observe({ route }, Number(process.hrtime.bigint() - started) / 1e9)
    })
    next()
  }

  const operationName = boundedLabel(200)
  const graphqlPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = process.hrtime.bigint()
      return {
        async willSendResponse({ response, operation, operationName: given, request, document }) {
          // An operation that failed validation was never resolved: name it from its document.
          const written = document?.definitions.find(
            (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
          )
          const name = operationName(
            given ?? operation?.name?.value ?? request.operationName ?? written?.name?.value,
            'anonymous',
          )
          const type = operation?.operation ?? 'invalid'
          const errors =
            response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0
          operations.inc({ operation: name, type, outcome: errors ? 'error' : 'ok' })
          operationDuration.observe(
            { operation: name, type },
            Number(process.hrtime.bigint() - started) / 1e9,
          )
          if (!errors && type === 'mutation') {
            const made = bookingsIn(operation)
            if (made > 0) bookingsMade.inc({}, made)
          }
        },
      }
    },
  }

  return { registry, httpMiddleware, graphqlPlugin }
}

/** How many bookAppointment fields the mutation selected at its root (aliases included). */
function bookingsIn(operation: OperationDefinitionNode | undefined): number {
  if (!operation) return 0
  return operation.selectionSet.selections.filter(
    (s) => s.kind === Kind.FIELD && s.name.value === bookingMutation,
  ).length
}

const loopback = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/

/**
 * GET /metrics: the exposition for a scraper that sends `Authorization: Bearer <METRICS_TOKEN>`,
 * or for a request from the loopback address (the client address as Express sees it: with
 * TRUST_PROXY set, the one the proxies forwarded). A wrong token is refused even from the
 * loopback; anyone else gets 401 and nothing else.
 */
export function metricsRoute(deps: {
  metrics: ServerMetrics
  token: string | undefined
  logger: Logger
}): RequestHandler {
  const expected = deps.token ? Buffer.from(deps.token) : undefined
  return async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store')
    const header = req.headers.authorization
    if (header !== undefined) {
      const given = Buffer.from(header.replace(/^Bearer\s+/i, ''))
      const ok =
        /^Bearer\s+/i.test(header) &&
        expected !== undefined &&
        given.length === expected.length &&
        timingSafeEqual(given, expected)
      if (!ok) {
        res.status(403).type('text/plain').send('Forbidden\n')
        return
      }
    } else if (!loopback.test(req.ip ?? '')) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
      res.status(401).type('text/plain').send('Unauthorized\n')
      return
    }
    try {
      const body = await deps.metrics.registry.expose()
      res.status(200).setHeader('Content-Type', metricsContentType).send(body)
    } catch (err) {
      deps.logger.warn({ err }, 'metrics could not be exposed')
      res.status(503).type('text/plain').send('Unavailable\n')
    }
  }
}
