import type { MessageKey } from './el'

export const en: Record<MessageKey, string> = {
  'app.name': 'KEP staff',
  'app.documentTitle': 'myKEPlive — KEP staff',

  'home.title': 'myKEPlive — KEP staff',
  'home.intro':
    'This is where KEP employees will see the agenda of their video calls. Staff sign-in comes in a later version.',

  'keps.title': 'KEPs by municipality',
  'keps.count': 'Municipalities: {municipalities} · KEPs: {keps}',
  'keps.phone': 'Phone: {phone}',
  'keps.of': 'KEPs — {name}',
}
