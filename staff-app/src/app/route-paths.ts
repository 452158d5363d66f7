// The staff app's addresses under /staff (wouter patterns), the one list both its router
// (routes.tsx, whose paths must be of this type) and the server read: the server answers an
// address under /staff that matches none of them with 404 (issue 19 item 5). No imports here:
// the server loads this file as is.
export const staffRoutePaths = [
  '/',
  '/search',
  '/bookings/:bookingId',
  '/calls/:bookingId',
  '/kep',
  '/kep/staff',
  '/kep/staff/:employeeId',
  '/kep/hours',
  '/kep/workstations',
  '/settings',
  '/acceptable-use',
] as const

export type StaffRoutePath = (typeof staffRoutePaths)[number]
