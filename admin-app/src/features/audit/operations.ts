import { graphql } from '../../gql'

// Issue 17 item 4: the audit trail screen's operations.

export const auditTrailQuery = graphql(`
  query AuditTrail($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 25, after: $after) {
      entries {
        seq
        at
        actorKind
        actorId
        actorName
        actorRole
        kepId
        action
        entity
        entityId
        ipAddress
        details
        hash
        prevHash
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`)

export const auditChainStatusQuery = graphql(`
  query AuditChainStatus($full: Boolean) {
    auditChainStatus(full: $full) {
      ok
      verifiedRows
      fromSeq
      checkpointMonth
      badSeq
      reason
      unsealed
      checkedAt
    }
  }
`)
