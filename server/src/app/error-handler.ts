import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import type { NextFunction, Request, Response } from 'express'
import {
  errorCodeOf,
  isDatabaseUnavailable,
  localeFrom,
  serviceUnavailable,
  unavailableRetryAfterSeconds,
  type Bilingual,
} from '../platform/errors.js'
import type { Logger } from '../platform/logger.js'

// The last word on every error an Express route passes on (or throws): JSON in the shape of
// GraphQL over HTTP for /graphql and for clients asking for JSON, a plain bilingual page for
// browsers; never the error's message, SQL, parameters or a stack trace, in any NODE_ENV.

interface Answer {
  status: number
  code: string
  messages: Bilingual
}

const internal: Bilingual = {
  el: 'Κάτι πήγε στραβά από τη δική μας πλευρά. Δοκιμάστε ξανά σε λίγα λεπτά.',
  en: 'Something went wrong on our side. Please try again in a few minutes.',
}

/** What to answer for an error: its HTTP status if a client's fault, 503 for an outage, else 500. */
export function answerFor(err: unknown): Answer {
  if (isDatabaseUnavailable(err)) {
    const { code, messages } = serviceUnavailable()
    return { status: 503, code, messages }
  }
  const status = (err as { status?: unknown; statusCode?: unknown } | null)?.status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return status === 413
      ? {
          status,
          code: 'PAYLOAD_TOO_LARGE',
          messages: { el: 'Το αίτημα είναι πολύ μεγάλο.', en: 'The request body is too large.' },
        }
      : {
          status,
          code: 'BAD_REQUEST',
          messages: { el: 'Το αίτημα δεν είναι έγκυρο.', en: 'The request is not valid.' },
        }
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', messages: internal }
}

/** Sends an answer as GraphQL over HTTP does: `{ errors: [{ message, extensions }] }`. */
export function sendJsonError(req: Request, res: Response, answer: Answer): void {
  if (answer.status === 503) res.setHeader('Retry-After', String(unavailableRetryAfterSeconds))
  const locale = localeFrom(req.headers['accept-language'])
  res
    .status(answer.status)
    .type('application/json')
    .send(
      JSON.stringify({
        errors: [
          {
            message: answer.messages[locale],
            extensions: {
              code: answer.code,
              messages: answer.messages,
              ...(answer.status === 503 ? { retryAfterSeconds: unavailableRetryAfterSeconds } : {}),
            },
          },
        ],
      }),
    )
}

const page = (answer: Answer) => `<!doctype html>
<html lang="el"><head><meta charset="utf-8"><title>${answer.messages.el}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><p>${answer.messages.el}</p><p lang="en">${answer.messages.en}</p></main></body></html>
`

/** The final Express error handler; mount it after every route. */
export function finalErrorHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const answer = answerFor(err)
    if (answer.status === 503) {
      logger.warn({ code: errorCodeOf(err), method: req.method }, 'database unavailable')
    } else if (answer.status === 500) {
      logger.error({ err, method: req.method }, 'unexpected error in an HTTP route')
    }
    if (res.headersSent) {
      // part of the answer is out: all that is left is to end it as broken
      res.destroy()
      return
    }
    const wantsJson =
      req.originalUrl.startsWith('/graphql') || req.accepts(['html', 'json']) === 'json'
    if (wantsJson) {
      sendJsonError(req, res, answer)
      return
    }
    if (answer.status === 503) res.setHeader('Retry-After', String(unavailableRetryAfterSeconds))
    res.status(answer.status).type('html').setHeader('Cache-Control', 'no-store').send(page(answer))
  }
}

/**
 * Apollo plugin: an operation that failed because the database is unavailable answers HTTP 503
 * with Retry-After, as the rest of the server does (its errors' code is SERVICE_UNAVAILABLE).
 */
export const serviceUnavailableStatus: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return
        const errors = response.body.singleResult.errors ?? []
        if (!errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return
        response.http.status = 503
        response.http.headers.set('retry-after', String(unavailableRetryAfterSeconds))
      },
    }
  },
}
