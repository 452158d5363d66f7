import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import { expressMiddleware } from '@as-integrations/express5'
import express, { type NextFunction, type Request, type Response } from 'express'
import { useServer } from 'graphql-ws/use/ws'
import { WebSocketServer } from 'ws'
import type { Clock } from '../platform/clock.js'
import type { Database } from '../platform/db/client.js'
import { isMigrated } from '../platform/db/migrate.js'
import { formatError, localeFrom } from '../platform/errors.js'
import type { Logger } from '../platform/logger.js'
import { createContext, type AppContext } from './context.js'
import { buildApiSchema } from './schema.js'
import { mountApps } from './static-apps.js'

export interface ServerDeps {
  database: Database
  clock: Clock
  logger: Logger
  /** Where the three apps' folders are; defaults to the workspace. */
  appsRoot?: string
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
  const { database, clock, logger } = deps
  const schema = await buildApiSchema()
  const app = express()
  app.disable('x-powered-by')
  const httpServer = http.createServer(app)

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' })
  const wsCleanup = useServer<Record<string, unknown>, { ip?: string; locale?: string }>(
    {
      schema,
      context: (ctx) =>
        createContext({
          db: database.db,
          clock,
          logger,
          locale: localeFrom(ctx.extra.request.headers['accept-language']),
          ip: ctx.extra.request.socket.remoteAddress,
        }),
    },
    wsServer,
  )

  const apollo = new ApolloServer<AppContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // main.ts handles SIGTERM itself: drain, then close the database, then exit.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose()
            },
          }
        },
      },
      localiseErrors,
    ],
  })
  await apollo.start()

  app.use((req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          path: req.originalUrl.split('?')[0],
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
  app.get('/readyz', async (_req, res) => {
    try {
      if (await isMigrated(database)) {
        res.json({ status: 'ready', database: database.kind })
        return
      }
      res.status(503).json({ status: 'not ready', reason: 'migrations pending' })
    } catch (err) {
      logger.warn({ err }, 'readiness check failed')
      res.status(503).json({ status: 'not ready', reason: 'database unreachable' })
    }
  })

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext({
          db: database.db,
          clock,
          logger,
          locale: localeFrom(req.headers['accept-language']),
          ip: req.socket.remoteAddress,
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

  mountApps(app, deps.appsRoot)

  return {
    httpServer,
    async start(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject)
        httpServer.listen(port, host, () => resolve())
      })
      const address = httpServer.address() as AddressInfo
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
      return {
        httpServer,
        url: `http://${shownHost}:${address.port}`,
        stop: () => apollo.stop(),
      }
    },
  }
}
