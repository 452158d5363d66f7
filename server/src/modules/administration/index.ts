// The administration module's public surface: other modules import only this file.
import { ParametersResolver } from './parameters.resolver.js'

export const administrationResolvers = [ParametersResolver] as const
