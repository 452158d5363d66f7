import type { Actor } from './actor.js'
import type { Clock } from './clock.js'
import type { Db } from './db/client.js'
import type { Locale } from './errors.js'
import type { Logger } from './logger.js'

/** What every resolver receives; modules add their own per-request parts (e.g. loaders). */
export interface BaseContext {
  db: Db
  clock: Clock
  logger: Logger
  locale: Locale
  /** Who is asking: anonymous until the identity module recognises a session or an API key. */
  actor: Actor
  /** The caller's address, for the audit trail and rate limits. */
  ip: string | undefined
}
