import type { kepStaff as el } from '../el/kep-staff'

/** A manager's staff pages (issue 14 item 6). */
export const kepStaff: Record<keyof typeof el, string> = {
  'nav.kepStaff': 'Staff',
  'kepStaff.title': 'The KEP’s staff',
  'kepStaff.intro':
    'Your KEP’s employees, their availability this week and their absences. Open an employee to change their availability or record an absence.',
  'kepStaff.managersOnly': 'This page is for the KEP’s manager.',
  'kepStaff.attention.title': 'Appointments needing action',
  'kepStaff.attention.intro':
    'Future appointments outside the rules (the employee is absent or not available) that nobody could take. Move them, or cancel them with notice to the citizen.',
  'kepStaff.attention.none': 'No appointment needs action.',
  'kepStaff.attention.caption': 'Appointments needing action: {count}',
  'kepStaff.attention.when': 'Time',
  'kepStaff.attention.reference': 'Reference',
  'kepStaff.attention.employee': 'Employee',
  'kepStaff.attention.colleague': 'Colleague free',
  'kepStaff.attention.action': 'Action',
  'kepStaff.attention.act': 'Move or cancel {reference}',
  'kepStaff.yes': 'Yes',
  'kepStaff.no': 'No',
  'kepStaff.list.title': 'Employees',
  'kepStaff.list.none': 'The KEP has no employees.',
  'kepStaff.list.caption': 'The KEP’s employees',
  'kepStaff.list.name': 'Full name',
  'kepStaff.list.role': 'Role',
  'kepStaff.list.week': 'This week',
  'kepStaff.list.weekOf': 'The week of {name}',
  'kepStaff.list.absences': 'Absences',
  'kepStaff.list.noAbsence': 'None',
  'kepStaff.role.STAFF': 'Staff',
  'kepStaff.role.MANAGER': 'Manager',
  'kepStaff.employee.title': 'An employee of the KEP',
  'kepStaff.employee.back': 'Back to the KEP’s staff',
  'kepStaff.employee.notFound': 'The employee was not found',
}
