// The administration module's public surface (issue 13): other modules import only this file.
import { AdministratorsResolver } from './administrators.resolver.js'
import { EmployeesAdministrationResolver } from './employees.resolver.js'
import { HoursOperations } from './hours.resolver.js'
import { KepAdministration } from './keps.resolver.js'
import { ParametersResolver } from './parameters.resolver.js'
import { proceduresResolvers } from './procedures.resolver.js'
import { WorkstationOperations } from './workstations.resolver.js'

export { applyDueMoves } from './employees.moves.js'
export { procedureFormsRouter } from './procedures.http.js'

export const administrationResolvers = [
  KepAdministration,
  HoursOperations,
  EmployeesAdministrationResolver,
  ParametersResolver,
  ...proceduresResolvers,
  AdministratorsResolver,
  WorkstationOperations,
] as const
