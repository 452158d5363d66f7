import { anonymous, type Actor } from '../platform/actor.js'
import type { BaseContext } from '../platform/context.js'
import type { Clock } from '../platform/clock.js'
import type { Db } from '../platform/db/client.js'
import type { Locale } from '../platform/errors.js'
import type { Logger } from '../platform/logger.js'
import { createBookingsLoaders, type BookingsContext } from '../modules/bookings/index.js'
import { createCallsContext, type CallServices, type CallsContext } from '../modules/calls/index.js'
import { createCatalogLoaders, type CatalogContext } from '../modules/catalog/index.js'
import {
  closedForGoodAt,
  createSchedulingLoaders,
  type SchedulingContext,
} from '../modules/scheduling/index.js'

export type AppContext = BaseContext &
  CatalogContext &
  SchedulingContext &
  BookingsContext &
  CallsContext

/** A fresh context per request (HTTP) or per operation (WebSocket): loaders never outlive it. */
export function createContext(deps: {
  db: Db
  clock: Clock
  logger: Logger
  locale: Locale
  ip: string | undefined
  actor?: Actor
  /** The call's pub/sub, KED client, ICE settings, mail: one set per server. */
  callServices: CallServices
}): AppContext {
  const { callServices, ...rest } = deps
  return {
    ...rest,
    actor: deps.actor ?? anonymous,
    // the catalog lists KEPs by scheduling's closures, handed in here (no import cycle)
    catalog: createCatalogLoaders(deps.db, closedForGoodAt(deps.clock.now())),
    scheduling: createSchedulingLoaders(deps.db),
    bookings: createBookingsLoaders(deps.db),
    ...createCallsContext(deps.db, callServices),
  }
}
