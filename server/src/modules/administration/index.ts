// The administration module's public surface (issue 13): other modules import only this file.
import { HoursOperations } from './hours.resolver.js'
import { ParametersResolver } from './parameters.resolver.js'
import { proceduresResolvers } from './procedures.resolver.js'

export { procedureFormsRouter } from './procedures.http.js'

export const administrationResolvers = [
  HoursOperations,
  ParametersResolver,
  ...proceduresResolvers,
] as const
