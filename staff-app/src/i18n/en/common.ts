import type { common as el } from '../el/common'

export const common: Record<keyof typeof el, string> = {
  'app.name': 'KEP staff',
  'app.documentTitle': 'myKEPlive — KEP staff',
  'nav.label': 'Main menu',
  'nav.agenda': 'Appointments',
  'nav.search': 'Search',
  'nav.kep': 'The KEP at a glance',
  'notFound.title': 'Page not found',
  'notFound.back': 'To my appointments',
}
