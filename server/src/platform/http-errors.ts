import type { Request, Response } from 'express'
import {
  DomainError,
  errorCodeOf,
  isDatabaseUnavailable,
  localeFrom,
  serviceUnavailable,
  unavailableRetryAfterSeconds,
  type Bilingual,
} from './errors.js'
import type { Logger } from './logger.js'

// Plain Express endpoints (uploads, forms, exports) answer errors in the shape of a GraphQL
// error, so clients read both alike: { errors: [{ message, extensions: { code, messages, … } }] }.

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ACCEPTABLE_USE_REQUIRED: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
}

export interface HttpError {
  code: string
  messages: Bilingual
  details: DomainError['details']
}

const internalError: HttpError = {
  code: 'INTERNAL_SERVER_ERROR',
  messages: {
    el: 'Κάτι πήγε στραβά από τη δική μας πλευρά. Δοκιμάστε ξανά σε λίγα λεπτά.',
    en: 'Something went wrong on our side. Please try again in a few minutes.',
  },
  details: {},
}

/** The client hung up: an answer would go nowhere, and nothing may be stored for it. */
export const clientGone = (req: Request, res: Response) => res.destroyed || req.socket.destroyed

/** Answers a domain error with its HTTP status (413 for a field refused as too large). */
export function sendHttpError(req: Request, res: Response, err: HttpError): void {
  const tooLarge = err.details.fields?.some((f) => f.reason === 'too_large')
  // Refused mid-body: the rest is read and dropped, and this connection serves nothing more.
  if (!req.complete) res.setHeader('Connection', 'close')
  res.status(tooLarge ? 413 : (statusOf[err.code] ?? 400)).json({
    errors: [
      {
        message: err.messages[localeFrom(req.headers['accept-language'])],
        extensions: { code: err.code, messages: err.messages, ...err.details },
      },
    ],
  })
}

/**
 * Domain errors as they are; a database outage as 503 with Retry-After; the rest masked as
 * INTERNAL_SERVER_ERROR and logged (without the request). When the answer has begun or the
 * client is gone, the connection is cut instead: nobody is left to read an error.
 */
export function answerHttpError(
  logger: Logger,
  req: Request,
  res: Response,
  err: unknown,
  what: string,
): void {
  if (err instanceof DomainError && !res.headersSent && !clientGone(req, res)) {
    return sendHttpError(req, res, err)
  }
  if (clientGone(req, res) || res.headersSent) {
    logger.warn({ code: errorCodeOf(err) }, `${what}; the client is gone or the answer had begun`)
    return void res.destroy()
  }
  if (isDatabaseUnavailable(err)) {
    logger.warn({ code: errorCodeOf(err) }, `${what}: database unavailable`)
    res.setHeader('Retry-After', String(unavailableRetryAfterSeconds))
    return sendHttpError(req, res, serviceUnavailable())
  }
  logger.error({ err }, what)
  sendHttpError(req, res, internalError)
}
