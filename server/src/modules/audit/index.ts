// The audit module's public surface: other modules import only this file.
export * from './audit.table.js'
export {
  auditHmac,
  recordAudit,
  verifyAuditChain,
  type AuditEntry,
  type AuditRow,
  type ChainCheck,
} from './audit.service.js'
export { auditResolvers } from './audit.resolver.js'
