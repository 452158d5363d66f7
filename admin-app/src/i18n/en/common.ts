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

  'impact.title': 'What happens to future appointments',
  'impact.preview': 'Preview: nothing has been changed yet.',
  'impact.applied': 'The change has been made.',
  'impact.counts': 'Appointments by outcome',
  'impact.kept': 'Kept',
  'impact.outsideRules': 'Kept outside the new rules (to follow up)',
  'impact.reassigned': 'To another employee of the same KEP',
  'impact.moved': 'To another KEP',
  'impact.cancelled': 'Cancelled',
  'impact.none': 'The change affects no future appointment.',
  'impact.bookings': 'The appointments affected',
  'impact.startsAt': 'Start',
  'impact.reference': 'Reference',
  'impact.fate': 'Outcome',
  'impact.fate.KEPT': 'Kept',
  'impact.fate.KEPT.outside': 'Kept outside the rules',
  'impact.fate.REASSIGNED': 'To another employee',
  'impact.fate.MOVED': 'To another KEP',
  'impact.fate.CANCELLED': 'Cancelled',
  'impact.uncovered': 'What should happen to appointments no other employee of the KEP can take?',
  'impact.uncovered.KEEP': 'Keep them (to follow up)',
  'impact.uncovered.KEEP.hint': 'The citizen is not told.',
  'impact.uncovered.MOVE': 'Move them to another KEP of the same municipality',
  'impact.uncovered.MOVE.hint': 'The citizen gets one email.',
  'impact.uncovered.CANCEL': 'Cancel them',
  'impact.uncovered.CANCEL.hint': 'The citizen gets one email.',

  'audit.lastChange': 'Last changed by {actor} on {at}',
  'audit.lastChange.system': 'Last changed by the system on {at}',
  'audit.actor.administrator': 'an administrator',
  'audit.actor.employee': 'a KEP employee',
  'audit.actor.citizen': 'a citizen',
  'audit.actor.api_client': 'an API client',
  'audit.actor.other': 'an unknown user',
  'audit.never': 'No change has been recorded.',
}
