import { pino, type Logger } from 'pino'
import type { LogLevel } from './config.js'

export type { Logger }

/**
 * Structured JSON logs on stdout. Personal data never goes here: it belongs in the audit trail.
 * The redact list is a safety net for fields that must never reach a log line by mistake.
 */
export function createLogger(level: LogLevel): Logger {
  // Synchronous writes: the last lines before an exit (a failed start, a shutdown) are never lost.
  return pino(
    {
      level,
      base: { service: 'keplive' },
      timestamp: pino.stdTimeFunctions.isoTime,
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
    pino.destination({ dest: 1, sync: true }),
  )
}
