import type http from 'node:http'
import type { Duplex } from 'node:stream'
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql'
import { CloseCode, handleProtocols, makeServer, MessageType, parseMessage } from 'graphql-ws'
import proxyAddr from 'proxy-addr'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Actor } from '../platform/actor.js'
import type { Clock } from '../platform/clock.js'
import type { Database } from '../platform/db/client.js'
import { DomainError, formatError, localeFrom } from '../platform/errors.js'
import type { Logger } from '../platform/logger.js'
import { parseAndValidate } from '../platform/security/graphql-limits.js'
import { assertOperationText } from '../platform/security/input-text.js'
import { guardOperation, type OperationGuardOptions } from '../platform/security/operation-guard.js'
import { callerKey } from '../platform/security/rate-limit.js'
import type { CallServices } from '../modules/calls/index.js'
import { authenticateRequest, credentialOf } from '../modules/identity/index.js'
import { createContext } from './context.js'

/** What one client may hold on the WebSocket. */
export interface WebSocketLimits {
  /** The largest message in bytes; a larger frame closes the socket (1009) before it is read. */
  maxPayloadBytes: number
  /** Open sockets per client address (after TRUST_PROXY), on this instance. */
  socketsPerIp: number
  /** Open sockets per credential (session cookie or API key), on this instance. */
  socketsPerCaller: number
  /** Operations in progress (subscriptions, queries) on one socket. */
  operationsPerSocket: number
}

/**
 * The defaults and why:
 * - 64 kB: the largest legitimate message is a call's signal of 16 kB with its GraphQL
 *   document and JSON around it; HTTP takes bodies of the same order.
 * - 10 sockets per session: a page holds one; a person with a few tabs open, reloading, stays
 *   well under. 20 per address: a KEP's employees or a family share one address.
 * - 50 operations per socket: a call page subscribes to 3 (signals, events, the call), the
 *   staff app to a few more.
 */
export const defaultWebSocketLimits: WebSocketLimits = {
  maxPayloadBytes: 64 * 1024,
  socketsPerIp: 20,
  socketsPerCaller: 10,
  operationsPerSocket: 50,
}

export interface WebSocketDeps {
  httpServer: http.Server
  schema: GraphQLSchema
  validationRules: ValidationRule[]
  database: Database
  clock: Clock
  logger: Logger
  /** Our pages' origin: the only Origin a browser may open the socket from with a session. */
  publicUrl: () => string
  guard: OperationGuardOptions
  callServices: CallServices
  /** Reverse proxies in front (TRUST_PROXY), as Express's 'trust proxy' for HTTP. */
  trustProxy: number
  limits?: Partial<WebSocketLimits>
}

/**
 * The client's address as Express's req.ip gives it for HTTP: X-Forwarded-For is read only as
 * far as the configured number of proxies in front, so a client cannot name its own address.
 */
export function clientAddress(req: http.IncomingMessage, trustProxy: number): string {
  return proxyAddr(req, (_address, hop) => hop < trustProxy)
}

const tooManySockets = () =>
  new DomainError('RATE_LIMITED', {
    el: 'Πάρα πολλές ανοιχτές συνδέσεις. Κλείστε κάποιες καρτέλες και δοκιμάστε ξανά σε λίγο.',
    en: 'Too many open connections. Close some tabs and try again in a moment.',
  })

const tooManyOperations = (limit: number) =>
  new DomainError(
    'RATE_LIMITED',
    {
      el: `Πάρα πολλές ενεργές συνδρομές σε μία σύνδεση (έως ${limit}).`,
      en: `Too many operations in progress on one connection (at most ${limit}).`,
    },
    { limit },
  )

const keepAliveMs = 12_000

/** A message of the types only a server sends: from a client, a protocol error. */
function isServerMessage(text: string): boolean {
  try {
    const { type } = parseMessage(text)
    return (
      type === MessageType.ConnectionAck || type === MessageType.Next || type === MessageType.Error
    )
  } catch {
    return false // not a graphql-ws message at all: graphql-ws closes the socket for it (4400)
  }
}

/**
 * A close reason within the 123 bytes a close frame holds: graphql-ws may quote the client's
 * operation id in it (4409), and ws throws on a longer one.
 */
function closeReason(reason: string | undefined): string | undefined {
  if (!reason || Buffer.byteLength(reason) <= 123) return reason
  let short = ''
  for (const char of reason) {
    if (Buffer.byteLength(short + char) > 120) break
    short += char
  }
  return `${short}…`
}

/** A domain error as graphql-ws sends it: the code and both messages, as over HTTP. */
const asGraphQLErrors = (err: DomainError) => [
  new GraphQLError(err.messages.en, {
    extensions: { code: err.code, messages: err.messages, ...err.details },
  }),
]

/** Refuses an upgrade with an HTTP answer, as a proxy would see it. */
function refuseUpgrade(socket: Duplex, status: number, reason: string, err?: DomainError) {
  socket.on('error', () => {})
  const body = err
    ? JSON.stringify({
        errors: [
          { message: err.messages.en, extensions: { code: err.code, messages: err.messages } },
        ],
      })
    : ''
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n` +
      (err ? 'Content-Type: application/json\r\nRetry-After: 60\r\n' : '') +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}

/**
 * GraphQL over WebSocket (graphql-ws) on /graphql, beside HTTP on the same port, with the same
 * checks: Origin and session, the operation guard, the API key's rate limit; and limits of its
 * own: message size, sockets per address and per credential, operations per socket.
 */
export function serveWebSocket(deps: WebSocketDeps): {
  /** WebSocket connections open now (for /metrics). */
  openSockets(): number
  dispose(): Promise<void>
} {
  const { database, clock, logger, schema, guard, httpServer } = deps
  const limits = { ...defaultWebSocketLimits, ...deps.limits }
  const wsServer = new WebSocketServer({
    noServer: true,
    path: '/graphql',
    maxPayload: limits.maxPayloadBytes,
    handleProtocols,
  })

  // Open sockets, counted when the handshake completes and released when the socket closes.
  const openByIp = new Map<string, number>()
  const openByCaller = new Map<string, number>()
  const add = (counts: Map<string, number>, key: string, by: number) => {
    const n = (counts.get(key) ?? 0) + by
    if (n > 0) counts.set(key, n)
    else counts.delete(key)
  }

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!wsServer.shouldHandle(req)) return refuseUpgrade(socket, 400, 'Bad Request')
    const ip = clientAddress(req, deps.trustProxy)
    const credential = credentialOf(req.headers)
    const caller = callerKey(
      credential.kind === 'session'
        ? credential.token
        : credential.kind === 'api_key'
          ? credential.key
          : undefined,
    )
    if (
      (openByIp.get(ip) ?? 0) >= limits.socketsPerIp ||
      (caller && (openByCaller.get(caller) ?? 0) >= limits.socketsPerCaller)
    ) {
      return refuseUpgrade(socket, 429, 'Too Many Requests', tooManySockets())
    }
    // ws completes the handshake synchronously here (no verifyClient), so the check above and
    // the count below cannot be interleaved by another upgrade.
    wsServer.handleUpgrade(req, socket, head, (ws) => {
      add(openByIp, ip, 1)
      if (caller) add(openByCaller, caller, 1)
      ws.once('close', () => {
        add(openByIp, ip, -1)
        if (caller) add(openByCaller, caller, -1)
      })
      serve(ws, req)
    })
  }
  httpServer.on('upgrade', onUpgrade)

  const server = makeServer<
    Record<string, unknown>,
    { socket: WebSocket; request: http.IncomingMessage }
  >({
    schema,
    // Browsers always send Origin: a page of another site must not use a citizen's cookie
    // here (cross-site WebSocket hijacking). Clients without Origin are not browsers; they
    // may connect, but not with a session cookie.
    onConnect: async (ctx) => {
      const headers = ctx.extra.request.headers
      const origin = headers.origin
      if (origin ? origin !== deps.publicUrl() : credentialOf(headers).kind === 'session') {
        return false
      }
      try {
        await authenticateRequest(database.db, clock, ctx.extra.request)
      } catch {
        return false
      }
      return true
    },
    // Errors over the socket as over HTTP: a domain error keeps its code and both messages in
    // the caller's language; anything else is logged and masked.
    onNext: (ctx, _id, _payload, _args, result) => {
      if (!result.errors?.length) return
      const locale = localeFrom(ctx.extra.request.headers['accept-language'])
      return {
        ...result,
        errors: result.errors.map((error) => formatError(error.toJSON(), error, logger, locale)),
      }
    },
    onSubscribe: async (ctx, _id, payload) => {
      // graphql-ws has registered this operation already: more than the limit is one too many.
      if (Object.keys(ctx.subscriptions).length > limits.operationsPerSocket) {
        return asGraphQLErrors(tooManyOperations(limits.operationsPerSocket))
      }
      const parsed = parseAndValidate(schema, payload.query, deps.validationRules)
      if ('errors' in parsed) return parsed.errors
      // What graphql-ws would otherwise report without a code (and we would then mask as an
      // internal error): an unknown operation name, variables not of their declared types.
      const operation = getOperationAST(parsed.document, payload.operationName)
      if (!operation) {
        return [
          new GraphQLError('The operation to run could not be identified.', {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
          }),
        ]
      }
      const variables = getVariableValues(
        schema,
        operation.variableDefinitions ?? [],
        payload.variables ?? {},
        { maxErrors: 10 },
      )
      if (variables.errors) {
        return variables.errors.map(
          (e) => new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT' } }),
        )
      }
      const request = ctx.extra.request
      // Per operation, so a logout or an expired session takes effect on an open socket.
      const { actor, rateLimitPerMinute } = await authenticateRequest(
        database.db,
        clock,
        request,
      ).catch(() => ({ actor: { kind: 'anonymous' } as Actor, rateLimitPerMinute: undefined }))
      const ip = clientAddress(request, deps.trustProxy)
      try {
        if (actor.kind === 'api_client' && rateLimitPerMinute !== undefined) {
          await guard.rateLimits.consumeApiKey(actor.clientId, rateLimitPerMinute)
        }
        // Anonymous callers get UNAUTHENTICATED for anything outside the public operations.
        await guardOperation(guard, parsed.document, payload.operationName, { actor, ip })
        // The same text rules as over HTTP (NUL, lone surrogates, length), field by field.
        assertOperationText(schema, parsed.document, payload.operationName, payload.variables)
      } catch (err) {
        if (err instanceof DomainError) return asGraphQLErrors(err)
        throw err
      }
      return {
        schema,
        document: parsed.document,
        variableValues: payload.variables ?? undefined,
        operationName: payload.operationName ?? undefined,
        contextValue: createContext({
          db: database.db,
          clock,
          logger,
          locale: localeFrom(request.headers['accept-language']),
          ip,
          actor,
          callServices: deps.callServices,
        }),
      }
    },
  })

  /**
   * graphql-ws's protocol on one socket, as its own adapter for ws does, except: messages only a
   * server sends (connection_ack, next, error) and binary frames are the client's protocol
   * errors (graphql-ws would throw on them and close with 4500), and a socket's errors are
   * logged as the client's in one line, not printed with their stack.
   */
  const serve = (socket: WebSocket, request: http.IncomingMessage) => {
    // ws has closed the socket with the error's code already (1009 too large, 1007 bad UTF-8…)
    socket.on('error', (err: Error & { code?: string }) => {
      logger.info({ code: err.code ?? err.name }, 'WebSocket closed on a client error')
    })
    // Keep-alive: a socket that answers no ping within the interval is gone.
    let pongWait: NodeJS.Timeout | undefined
    const pings = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return
      pongWait = setTimeout(() => socket.terminate(), keepAliveMs)
      socket.once('pong', () => clearTimeout(pongWait))
      socket.ping()
    }, keepAliveMs)
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve()
            socket.send(data, (err) => (err ? reject(err) : resolve()))
          }),
        close: (code, reason) => socket.close(code, closeReason(reason)),
        onMessage: (onMessage) =>
          socket.on('message', async (data, isBinary) => {
            if (isBinary) return socket.close(1003, 'Text frames only')
            const text = String(data)
            if (isServerMessage(text)) {
              return socket.close(CloseCode.BadRequest, 'Invalid message received')
            }
            try {
              await onMessage(text)
            } catch (err) {
              logger.error({ err }, 'WebSocket message failed')
              socket.close(CloseCode.InternalServerError, 'Internal server error')
            }
          }),
      },
      { socket, request },
    )
    socket.once('close', (code, reason) => {
      clearTimeout(pongWait)
      clearInterval(pings)
      void closed(code, String(reason))
    })
  }

  return {
    openSockets: () => wsServer.clients.size,
    async dispose() {
      httpServer.off('upgrade', onUpgrade)
      for (const socket of wsServer.clients) socket.close(1001, 'Going away')
      await new Promise<void>((resolve, reject) =>
        wsServer.close((err) => (err ? reject(err) : resolve())),
      )
    },
  }
}
