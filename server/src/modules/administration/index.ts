// The administration module's public surface (issue 13): other modules import only this file.
import { HoursOperations } from './hours.resolver.js'
import { ParametersResolver } from './parameters.resolver.js'

export const administrationResolvers = [HoursOperations, ParametersResolver] as const
