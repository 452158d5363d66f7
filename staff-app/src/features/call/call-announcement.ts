import type { MessageKey } from '../../i18n'
import type { StaffCall, StaffCallEvent } from './use-staff-call'

/** The sentence a screen reader hears for an event of the call, or none. */
export function announcementOf(
  event: StaffCallEvent,
  call: StaffCall,
  t: (key: MessageKey, values?: Record<string, string>) => string,
): string {
  const who = call.participants.find((p) => p.id === event.participantId)?.displayName ?? ''
  switch (event.type) {
    case 'WAITING':
      return t('console.event.waiting', { name: who })
    case 'JOINED':
      return t('console.event.joined', { name: who })
    case 'ADMITTED':
      return t('console.event.admitted', { name: who })
    case 'LEFT':
      return t('console.event.left')
    case 'AUDIO_ONLY':
      return t('console.event.audioOnly', { name: who })
    case 'VIDEO_ON':
      return t('console.event.videoOn', { name: who })
    case 'VERIFIED':
      return t('console.event.verified')
    case 'ENDED':
      return t('console.event.ended')
    case 'NO_SHOW':
      return t('console.event.noShow')
    case 'HANDED_OVER':
      return t('console.event.handedOver')
    case 'STATE':
    case 'DOCUMENT_REQUESTED': // the employee asked: the identity step says so
      return ''
  }
}
