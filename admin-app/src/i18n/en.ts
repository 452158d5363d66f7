import type { MessageKey } from './el'

export const en: Record<MessageKey, string> = {
  'app.name': 'Administration',
  'app.documentTitle': 'myKEPlive — Administration',

  'home.title': 'myKEPlive — Administration',
  'home.intro':
    'The service at a glance. Administrator sign-in and the management tools come in a later version.',

  'counts.title': 'The catalogue in numbers',
  'counts.municipalities': 'Participating municipalities',
  'counts.keps': 'KEPs',
  'counts.procedures.caption': 'Procedures per service category',
  'counts.procedures.category': 'Service category',
  'counts.procedures.count': 'Procedures',
  'counts.procedures.total': 'Total',
  'counts.procedures.municipalNote':
    'For municipal services, the procedures of all participating municipalities are counted.',
}
