import type { administrators as el } from '../el/administrators'

export const administrators: Record<keyof typeof el, string> = {
  'nav.administrators': 'Administrators',

  'administrators.title': 'Administrators and roles',
  'administrators.intro':
    "The ministry's administrators and their roles. An Administrator sets up everything, an Operator opening hours, closures, employees and availability, an Auditor only reads.",
  'administrators.readOnly': 'Only an administrator with the Administrator role changes this list.',
  'administrators.caption': 'The administrators, active first',
  'administrators.empty': 'There are no administrators.',
  'administrators.column.name': 'Full name',
  'administrators.column.email': 'Email',
  'administrators.column.taxId': 'Tax number',
  'administrators.column.role': 'Role',
  'administrators.column.status': 'Status',
  'administrators.column.actions': 'Actions',
  'administrators.status.active': 'Active',
  'administrators.status.inactive': 'Deactivated',
  'administrators.status.awaiting': 'Active, not logged in yet',
  'administrators.you': '(you)',
  'administrators.changeRole': 'Change role',
  'administrators.changeRole.of': 'Change role: {name}',
  'administrators.deactivate': 'Deactivate',
  'administrators.deactivate.of': 'Deactivate: {name}',

  'administrators.add.title': 'Add an administrator',
  'administrators.add.intro':
    'Enter the employee’s tax number (ΑΦΜ): their first login through GSIS recognises them by it.',
  'administrators.add.taxId': 'Tax number (ΑΦΜ)',
  'administrators.add.taxId.hint': '9 digits',
  'administrators.add.fullName': 'Full name',
  'administrators.add.email': 'Work email',
  'administrators.add.role': 'Role',
  'administrators.add.role.required': 'Choose a role.',
  'administrators.add.submit': 'Add',
  'administrators.add.done': '{name} has been added with the role “{role}”.',

  'administrators.role.title': 'New role for {name}',
  'administrators.role.current': 'Current role: {role}',
  'administrators.role.confirm': 'Change role',
  'administrators.role.same': 'Choose a role other than the current one.',
  'administrators.role.done': '{name} now has the role “{role}”.',

  'administrators.deactivate.title': 'Deactivate {name}?',
  'administrators.deactivate.warning':
    'They will no longer be able to log in, and their open sessions end at once.',
  'administrators.deactivate.confirm': 'Deactivate',
  'administrators.deactivate.done': '{name} has been deactivated.',
}
