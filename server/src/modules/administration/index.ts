// The administration module's public surface (issue 13): other modules import only this file.
import { AdministratorsResolver } from './administrators.resolver.js'
import { HoursOperations } from './hours.resolver.js'

export const administrationResolvers = [HoursOperations, AdministratorsResolver] as const
