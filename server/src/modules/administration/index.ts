// The administration module's public surface: other modules import only this file.
import { proceduresResolvers } from './procedures.resolver.js'

export { procedureFormsRouter } from './procedures.http.js'

export const administrationResolvers = [...proceduresResolvers] as const
