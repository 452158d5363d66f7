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
// issue 18: the municipalities' officers keep their procedures with the same rules
export {
  duplicateFromConstraint as procedureDuplicateFromConstraint,
  duplicateProblems as procedureDuplicateProblems,
  fieldsProblems as procedureFieldsProblems,
  rowOf as procedureRowOf,
  snapshot as procedureSnapshot,
  type ProcedureFields,
} from './procedures.service.js'
export { changeWithImpact, stalePreview, type ImpactOptions } from './impact.service.js'
export { BookingFate, Impact, ImpactInput, UncoveredChoice } from './impact.types.js'

export const administrationResolvers = [
  KepAdministration,
  HoursOperations,
  EmployeesAdministrationResolver,
  ParametersResolver,
  ...proceduresResolvers,
  AdministratorsResolver,
  WorkstationOperations,
] as const
