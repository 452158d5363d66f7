import type { common as el } from '../el/common'

export const common: Record<keyof typeof el, string> = {
  'app.name': 'Administration',
  'app.documentTitle': 'myKEPlive — Administration',

  'nav.label': 'Main menu',
  'nav.home': 'Home',

  'login.title': 'myKEPlive administration',
  'login.intro':
    "Here the ministry's administrators set up the KEPs, opening hours, employees, procedures and the service's parameters.",
  'login.how':
    'Log in with your credentials for the public-sector employees’ identification service (GSIS).',
  'login.button': 'Log in',

  'denied.title': "This app is for the ministry's administrators only",
  'denied.body':
    "The administration app is used only by the ministry's administrators. Your account has no such role.",
  'denied.staff': 'KEP employees see their appointments in the staff app.',
  'denied.staffLink': 'To the staff app',

  'notFound.title': 'Page not found',
  'notFound.back': 'To the administration home',

  'role.ADMINISTRATOR': 'Administrator',
  'role.OPERATOR': 'Operator',
  'role.AUDITOR': 'Auditor',

  'paged.previous': 'Previous page',
  'paged.next': 'Next page',
  'paged.navigation': 'Pages of the table',
  'paged.page': 'Page {page}',

  'confirm.confirm': 'Confirm',
  'confirm.cancel': 'Cancel',
}
