// The audit module's public surface: other modules import only this file.
export * from './audit.table.js'
export {
  auditHmac,
  auditWrite,
  recordAudit,
  recordAudits,
  sealAuditChain,
  unsealedTail,
  verifyAuditChain,
  type AuditEntry,
  type AuditRow,
  type ChainCheck,
  type UnsealedTail,
} from './audit.service.js'
export { auditResolvers } from './audit.resolver.js'
export { auditRetention, dropExpiredAuditMonths, ensureAuditPartitions } from './audit.retention.js'
export { AuditEntry as AuditEntryType } from './audit.types.js'
export { auditLogExport } from './audit.export.js'
