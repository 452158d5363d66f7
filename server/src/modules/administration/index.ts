// The administration module's public surface: other modules import only this file.
import { KepAdministration } from './keps.resolver.js'

export const administrationResolvers = [KepAdministration] as const
