import { anonymous, type Actor } from '../platform/actor.js'
import type { BaseContext } from '../platform/context.js'
import type { Clock } from '../platform/clock.js'
import type { Db } from '../platform/db/client.js'
import type { Locale } from '../platform/errors.js'
import type { Logger } from '../platform/logger.js'
import { createBookingsLoaders, type BookingsContext } from '../modules/bookings/index.js'
import { createCatalogLoaders, type CatalogContext } from '../modules/catalog/index.js'
import { createSchedulingLoaders, type SchedulingContext } from '../modules/scheduling/index.js'

export type AppContext = BaseContext & CatalogContext & SchedulingContext & BookingsContext

/** A fresh context per request (HTTP) or per operation (WebSocket): loaders never outlive it. */
export function createContext(deps: {
  db: Db
  clock: Clock
  logger: Logger
  locale: Locale
  ip: string | undefined
  actor?: Actor
}): AppContext {
  return {
    ...deps,
    actor: deps.actor ?? anonymous,
    catalog: createCatalogLoaders(deps.db),
    scheduling: createSchedulingLoaders(deps.db),
    bookings: createBookingsLoaders(deps.db),
  }
}
