// The calls module's public surface: other modules import only this file.
import { AgendaOperations } from './agenda.resolver.js'
import { callsResolvers as callResolvers } from './calls.resolver.js'

export * from './calls.table.js'
export {
  callWindowOf,
  callWindowRule,
  type CallWindow,
  type CallWindowRule,
} from './call-window.js'
export { createCallsContext, type CallsContext } from './calls.context.js'
export type { CallServices } from './calls.service.js'
export { httpKedClient, type KedClient } from './ked.client.js'
export { kedStandInPath, kedStandInRouter } from './ked-standin/ked-standin.routes.js'
export { markMissedCalls } from './outcome.service.js'
export { deleteOldInvitations } from './retention.js'

/** The module's resolvers: the call's and the staff agenda's (issue 14). */
export const callsResolvers = [...callResolvers, AgendaOperations] as const
