import { apiErrorOf } from '@keplive/api'
import { RequestStatus } from '@keplive/ui'

/** While `me` loads, or why it failed (network, service unavailable), in a live region. */
export function MeStatus({ loading, error }: { loading: boolean; error: unknown }) {
  const read = apiErrorOf(error)
  return (
    <RequestStatus
      loading={loading}
      error={read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined}
    />
  )
}
