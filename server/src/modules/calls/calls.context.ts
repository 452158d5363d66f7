import type { Db } from '../../platform/db/client.js'
import { createCallsLoaders } from './calls.loaders.js'
import type { CallServices } from './calls.service.js'

/** What the calls module adds to every request's context. */
export interface CallsContext {
  callLoaders: ReturnType<typeof createCallsLoaders>
  callServices: CallServices
}

export function createCallsContext(db: Db, services: CallServices): CallsContext {
  return { callLoaders: createCallsLoaders(db), callServices: services }
}
