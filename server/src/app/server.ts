import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import { expressMiddleware } from '@as-integrations/express5'
import express, { type NextFunction, type Request, type Response } from 'express'
import type { Transporter } from 'nodemailer'
import type { Actor } from '../platform/actor.js'
import type { Clock } from '../platform/clock.js'
import { devContacts, type Config, type ContactsConfig } from '../platform/config.js'
import type { Database } from '../platform/db/client.js'
import { isMigrated } from '../platform/db/migrate.js'
import { DomainError, formatError, localeFrom } from '../platform/errors.js'
import type { Logger } from '../platform/logger.js'
import { createNotifyPubSub } from '../platform/notify-pubsub.js'
import { createInProcessPubSub, type PubSub } from '../platform/pubsub.js'
import { graphqlProtection } from '../platform/security/graphql-limits.js'
import { inputTextPlugin } from '../platform/security/input-text.js'
import { securityHeaders } from '../platform/security/headers.js'
import {
  operationGuardPlugin,
  type OperationGuardOptions,
} from '../platform/security/operation-guard.js'
import { rateLimit, RateLimits, type RateLimitRules } from '../platform/security/rate-limit.js'
import { auditLogExport, unsealedTail } from '../modules/audit/index.js'
import { usageStatisticsExport } from '../modules/statistics/index.js'
import { procedureFormsRouter } from '../modules/administration/index.js'
import { defineExport, exportsRouter } from '../modules/exports/index.js'
import { adminBookingsExport, documentsRouter } from '../modules/bookings/index.js'
import {
  httpKedClient,
  kedStandInPath,
  kedStandInRouter,
  type CallServices,
} from '../modules/calls/index.js'
import { devMailRouter, joinRouter, type SmtpSink } from '../modules/notifications/index.js'
import {
  actorFromRequest,
  authenticateRequest,
  authRouter,
  gsisStandInRouter,
  resolveIdentitySettings,
  scopeOperations,
  acceptableUseOperations,
  ApiKeyUsage,
  type IdentitySettings,
} from '../modules/identity/index.js'
import { myDataRouter } from '../modules/mydata/index.js'
import { answerClientError } from './client-errors.js'
import { developersRouter } from './developers/developers.routes.js'
import { createServerMetrics, metricsRoute } from './metrics.js'
import { createContext, type AppContext } from './context.js'
import { finalErrorHandler, serviceUnavailableStatus } from './error-handler.js'
import { buildApiSchema } from './schema.js'
import { noticesRouter } from './notices/notices.routes.js'
import { mountApps } from './static-apps.js'
import { serveWebSocket, type WebSocketLimits } from './websocket.js'

export interface ServerDeps {
  database: Database
  clock: Clock
  logger: Logger
  /** Where the three apps' folders are; defaults to the workspace. */
  appsRoot?: string
  /**
   * Identity and security settings, always given: a server never falls back to the development
   * secrets (tests pass test/server.ts testServerConfig()).
   */
  config: ServerConfig
  /** Rate limits; the defaults of platform/security/rate-limit.ts unless a test sets its own. */
  rateLimits?: RateLimitRules
  /** Message size, sockets and operations per client; the defaults of ./websocket.ts unless set. */
  webSocketLimits?: Partial<WebSocketLimits>
  /** AES-256 key of uploaded documents; a random one (for tests) when absent. */
  documentsKey?: Buffer
  /** The built-in SMTP sink whose mail /dev/mail shows (development only). */
  devMail?: SmtpSink
  /**
   * Subscriptions' pub/sub. Unless given: on PostgreSQL, LISTEN/NOTIFY, so several instances
   * share calls; on the embedded PGlite (one process), an in-process one.
   */
  pubsub?: PubSub
  /** Mail sent at once (an interpreter's invitation, R2.8); absent: such emails are not sent. */
  mail?: { transport: Pick<Transporter, 'sendMail'>; from: string }
  /** The API keys' usage counter (tests pass their own to flush it); one of its own otherwise. */
  apiKeyUsage?: ApiKeyUsage
}

/** What the server needs from the configuration; publicUrl undefined = the address it listens on. */
export type ServerConfig = Pick<
  Config,
  | 'env'
  | 'gsis'
  | 'session'
  | 'auditKey'
  | 'cookieSecret'
  | 'trustProxy'
  | 'ked'
  | 'ice'
  | 'metricsToken'
> & {
  publicUrl?: string
  /** The notices' controller and contacts; the development placeholders unless given. */
  contacts?: ContactsConfig
}

export interface RunningServer {
  httpServer: http.Server
  url: string
  /** Stops taking requests, lets those in flight finish, closes the sockets. */
  stop(): Promise<void>
}

/** Localises error messages to the caller's language; both stay in extensions.messages. */
const localiseErrors: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return
        for (const error of response.body.singleResult.errors ?? []) {
          const messages = error.extensions?.messages as { el: string; en: string } | undefined
          if (messages) (error as { message: string }).message = messages[contextValue.locale]
        }
      },
    }
  },
}

/**
 * The HTTP server: GraphQL over HTTP and WebSocket on /graphql (one port), health checks, and
 * the three built apps. Call start() to listen.
 */
export async function createServer(deps: ServerDeps) {
  const { database, clock, logger, config } = deps
  const schema = await buildApiSchema()
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', config.trustProxy)
  const httpServer = http.createServer(app)
  httpServer.on('clientError', answerClientError)
  // An idle keep-alive connection is closed by the side that gives up first; when that is the
  // server, a client (or a proxy: nginx keeps upstream connections 60 s) that sends on it at that
  // moment gets ECONNRESET. Node's 5 s is shorter than what clients assume, so wait longer than
  // they do; the headers' limit must exceed it.
  httpServer.keepAliveTimeout = 65_000
  httpServer.headersTimeout = 66_000
  // On PostgreSQL the counters are shared by every instance; on the embedded PGlite, in memory.
  const rateLimits = new RateLimits(
    deps.rateLimits,
    database.kind === 'postgres' ? database : undefined,
  )
  app.locals.rateLimits = rateLimits
  const protection = graphqlProtection()

  // The public address is known at once when configured, else once listening (tests, PORT=0).
  let identity: IdentitySettings | undefined
  let internalBase = ''
  const resolveSettings = (publicUrl: string, internalUrl: string) => {
    identity = resolveIdentitySettings(config, publicUrl, internalUrl)
    internalBase = internalUrl
  }
  const settings = (): IdentitySettings => {
    if (!identity) throw new Error('the server is not listening yet')
    return identity
  }
  const guard: OperationGuardOptions = {
    production: config.env === 'production',
    scopeOperations,
    // The public read API plus `me` (which answers null to nobody): all else needs a login.
    // The call's operations an interpreter (no login) uses: the invitation or participant
    // token is their credential, checked by the calls module against the caller.
    publicOperations: new Set([
      ...Object.values(scopeOperations).flat(),
      'me',
      'joinCall',
      'callInvitation',
      'sendSignal',
      'missedSignals',
      'iceServers',
      'leaveCall',
      'setVideoEnabled',
      'callSignals',
      'callEvents',
    ]),
    beforeAcceptableUse: new Set([
      ...Object.values(scopeOperations).flat(),
      ...acceptableUseOperations,
    ]),
    rateLimits,
  }

  const mail = deps.mail
  const ownPubsub =
    deps.pubsub || database.kind !== 'postgres'
      ? undefined
      : await createNotifyPubSub(database.notifications, {
          onError: (err) => logger.warn({ err }, 'pub/sub message lost'),
        })
  const callServices: CallServices = {
    pubsub: deps.pubsub ?? ownPubsub ?? createInProcessPubSub(),
    ked: httpKedClient({
      url: () => config.ked.url ?? `${internalBase}${kedStandInPath}`,
      clientId: config.ked.clientId,
      clientSecret: config.ked.clientSecret,
      timeoutMs: config.ked.timeoutMs,
      onError: (err) => logger.warn({ err }, 'KED unavailable'),
    }),
    ice: config.ice,
    publicUrl: () => settings().publicUrl,
    auditKey: config.auditKey,
    sendMail: mail
      ? async (message) => {
          await mail.transport.sendMail({ from: mail.from, ...message })
        }
      : undefined,
  }

  const webSocket = serveWebSocket({
    httpServer,
    schema,
    validationRules: protection.validationRules,
    database,
    clock,
    logger,
    publicUrl: () => settings().publicUrl,
    guard,
    callServices,
    trustProxy: config.trustProxy,
    limits: deps.webSocketLimits,
  })

  const metrics = createServerMetrics({ database, openSockets: () => webSocket.openSockets() })
  // Issue 17 item 5: a key's use is counted in memory and written once a minute (see the class).
  const apiKeyUsage = deps.apiKeyUsage ?? new ApiKeyUsage()
  const flushApiKeyUsage = () =>
    apiKeyUsage
      .flush(database.db, clock.now())
      .catch((err: unknown) => logger.warn({ err }, 'API key usage not written; kept for later'))
  const apiKeyUsageTimer = setInterval(() => void flushApiKeyUsage(), 60_000)
  apiKeyUsageTimer.unref()

  const apollo = new ApolloServer<AppContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    // Allowed here for everybody outside production; in production the guard lets only
    // administrators and API clients introspect.
    introspection: true,
    // main.ts handles SIGTERM itself: drain, then close the database, then exit.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await webSocket.dispose()
            },
          }
        },
      },
      localiseErrors,
      serviceUnavailableStatus,
      // armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(protection.plugins as unknown as ApolloServerPlugin<AppContext>[]),
      operationGuardPlugin(guard),
      inputTextPlugin(schema),
      metrics.graphqlPlugin as ApolloServerPlugin<AppContext>,
    ],
  })
  await apollo.start()

  // Security headers on every response, including the apps, the stand-in and error pages.
  let headerHandlers: ReturnType<typeof securityHeaders> | undefined
  app.use((req, res, next) => {
    const handlers = (headerHandlers ??= securityHeaders(settings().publicUrl))
    handlers[0]!(req, res, (err?: unknown) => (err ? next(err) : handlers[1]!(req, res, next)))
  })

  app.use(metrics.httpMiddleware)
  app.use((req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          // A join link's token is a credential: never in a log line.
          path: req.originalUrl
            .split('?')[0]!
            .replace(/^\/join\/[^/]+/, '/join/[token]')
            .replace(/^\/call\/guest\/[^/]+/, '/call/guest/[token]'),
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      )
    })
    next()
  })

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  const auditSealingLagAlertSeconds = 60
  app.get('/readyz', async (_req, res) => {
    try {
      if (!(await isMigrated(database))) {
        res.status(503).json({ status: 'not ready', reason: 'migrations pending' })
        return
      }
      // Until it LISTENs again after a lost connection, calls' live updates would not arrive.
      if (ownPubsub && !ownPubsub.isListening()) {
        res.status(503).json({ status: 'not ready', reason: 'pub/sub not listening' })
        return
      }
      // Issue 12: audited writes wait for the sealing job; a tail over a minute old means it lags.
      const audit = await unsealedTail(database.db)
      if (audit.oldestUnsealedAgeSeconds > auditSealingLagAlertSeconds) {
        logger.warn({ audit }, 'audit chain sealing lags')
      }
      res.json({ status: 'ready', database: database.kind, audit })
    } catch (err) {
      logger.warn({ err }, 'readiness check failed')
      res.status(503).json({ status: 'not ready', reason: 'database unreachable' })
    }
  })

  app.get('/metrics', metricsRoute({ metrics, token: config.metricsToken, logger }))
  app.use(developersRouter({ schema, publicUrl: () => settings().publicUrl }))
  app.use(
    noticesRouter({
      contacts: config.contacts ?? devContacts,
      publicUrl: () => settings().publicUrl,
      clock,
      db: database.db,
    }),
  )

  if (config.gsis.standIn) app.use(gsisStandInRouter(settings))
  if (config.ked.standIn && config.env !== 'production') app.use(kedStandInRouter(config.ked))
  app.use(authRouter({ db: database.db, clock, logger, settings, rateLimits }))
  app.post('/uploads', rateLimit('upload'))
  app.use(
    documentsRouter({
      db: database.db,
      clock,
      logger,
      key: deps.documentsKey ?? randomBytes(32),
      actorOf: (req) => actorFromRequest(database.db, clock, req),
    }),
  )

  // Issue 19 item 3: the citizen downloads everything held about them.
  app.use(
    myDataRouter({
      db: database.db,
      clock,
      logger,
      actorOf: (req) => actorFromRequest(database.db, clock, req),
    }),
  )

  app.use(
    procedureFormsRouter({
      db: database.db,
      clock,
      logger,
      actorOf: (req) => actorFromRequest(database.db, clock, req),
    }),
  )

  // Issue 17 item 3: administrators' CSV exports; each kind adds one line to the list.
  app.use(
    exportsRouter({
      db: database.db,
      clock,
      logger,
      actorOf: (req) => actorFromRequest(database.db, clock, req),
      exports: [
        defineExport(auditLogExport),
        defineExport(adminBookingsExport(config.auditKey)),
        defineExport(usageStatisticsExport(database.db)),
      ],
    }),
  )

  // Who is asking, before Apollo: a bad API key gets 401 here; an API client its own rate limit.
  app.use('/graphql', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { actor, rateLimitPerMinute } = await authenticateRequest(database.db, clock, req)
      if (actor.kind === 'api_client' && rateLimitPerMinute !== undefined) {
        await rateLimits.consumeApiKey(actor.clientId, rateLimitPerMinute)
        apiKeyUsage.record(actor.clientId, clock.now())
      }
      res.locals.actor = actor
      next()
    } catch (err) {
      if (!(err instanceof DomainError)) return next(err)
      const status = err.code === 'RATE_LIMITED' ? 429 : 401
      if (status === 429) res.setHeader('Retry-After', String(err.details.retryAfterSeconds ?? 60))
      const locale = localeFrom(req.headers['accept-language'])
      res.status(status).json({
        errors: [
          {
            message: err.messages[locale],
            extensions: { code: err.code, messages: err.messages, ...err.details },
          },
        ],
      })
    }
  })

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext({
          db: database.db,
          clock,
          logger,
          locale: localeFrom(req.headers['accept-language']),
          ip: req.ip,
          actor: res.locals.actor as Actor | undefined,
          callServices,
        }),
    }),
  )

  // A body that is not JSON never reaches Apollo: answer as GraphQL over HTTP does, not with HTML.
  app.use('/graphql', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    const status = (err as { status?: number }).status
    if (!status || status >= 500) return next(err)
    res.status(status).json({
      errors: [
        {
          message:
            status === 413
              ? 'The request body is too large.'
              : 'The request body is not valid JSON.',
          extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
        },
      ],
    })
  })

  app.use(joinRouter({ db: database.db, clock }))
  if (deps.devMail && config.env !== 'production') app.use(devMailRouter(deps.devMail))

  mountApps(app, deps.appsRoot)
  // Last: whatever a route passes on is answered without internals (JSON or a plain page).
  app.use(finalErrorHandler(logger))

  return {
    httpServer,
    async start(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject)
        httpServer.listen(port, host, () => resolve())
      })
      const address = httpServer.address() as AddressInfo
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
      const loopback = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
      resolveSettings(
        config.publicUrl ?? `http://${shownHost}:${address.port}`,
        `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${address.port}`,
      )
      return {
        httpServer,
        url: `http://${shownHost}:${address.port}`,
        async stop() {
          clearInterval(apiKeyUsageTimer)
          await flushApiKeyUsage()
          await apollo.stop()
          await ownPubsub?.close()
        },
      }
    },
  }
}
