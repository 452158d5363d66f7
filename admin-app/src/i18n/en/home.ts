import type { home as el } from '../el/home'

export const home: Record<keyof typeof el, string> = {
  'home.title': 'myKEPlive — Administration',
  'home.intro':
    'You are logged in with the role “{role}”. The menu leads to what your role allows:',
  'home.offers.ADMINISTRATOR':
    "as an administrator you set up everything: KEPs, opening hours, employees, procedures, parameters, settings and the administrators' roles.",
  'home.offers.OPERATOR':
    'as an operator you set opening hours, closures, extraordinary hours, employees and their availability and absences.',
  'home.offers.AUDITOR':
    'as an auditor you see every setting and its changes, without changing anything.',
  'home.impactNote':
    'Before any change that touches future appointments you see what becomes of them, and confirm.',

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
