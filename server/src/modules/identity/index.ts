// The identity module's public surface: other modules import only this file.
export * from './identity.table.js'
export { actorFromRequest, authenticateRequest, credentialOf } from './request-actor.js'
export { authRouter, safeReturnTo, type LoginRole } from './login.routes.js'
export { gsisStandInRouter, userinfoXml } from './gsis-standin/standin.routes.js'
export {
  demoUsers,
  isValidAfm,
  withAfmCheckDigit,
  type DemoUser,
} from './gsis-standin/demo-users.js'
export { resolveIdentitySettings, type IdentitySettings } from './identity.settings.js'
export { cookiePolicy } from './cookies.js'
export { apiScopes, scopeOperations, type ApiScope } from './api-client.service.js'
export { ApiKeyUsage } from './api-client-usage.js'
export { principalOf, revokeSessionsOf } from './session.service.js'
export { deleteEndedSessions } from './retention.js'
export { identityResolvers } from './identity.resolver.js'
export { actorNamesOf, type ActorRef } from './actor-names.js'
export {
  acceptableUseOperations,
  acknowledgeAcceptableUse,
  employeeAccount,
  updateEmployeeSettings,
  type EmployeeAccount,
} from './employee-account.service.js'
