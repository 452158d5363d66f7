import { apiErrorOf } from '@keplive/api'
import type { Language } from '@keplive/ui'
import type { MessageKey } from '../../i18n'

/** Why a call or booking cannot be opened, as the pages explain it. */
export type Refusal = 'stranger' | 'notOpen' | 'ended' | 'login' | 'inUse' | 'other'

export function refusalOf(error: unknown): { kind: Refusal } {
  const read = apiErrorOf(error)
  switch (read?.code) {
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return { kind: 'stranger' }
    case 'UNAUTHENTICATED':
      return { kind: 'login' }
    case 'CALL_NOT_OPEN':
      return { kind: 'notOpen' }
    case 'CALL_ENDED':
      return { kind: 'ended' }
    case 'INVITATION_IN_USE':
      return { kind: 'inUse' }
    default:
      return { kind: 'other' }
  }
}

export const refusalKey: Record<Refusal, MessageKey> = {
  stranger: 'call.refused.stranger',
  notOpen: 'call.refused.notOpen',
  ended: 'call.refused.ended',
  login: 'call.refused.login',
  inUse: 'call.refused.inUse',
  other: 'call.refused.other',
}

/** The server's own words when it gave them, else ours. */
export function serverMessage(error: unknown, language: Language): string | undefined {
  return apiErrorOf(error)?.messages?.[language]
}
