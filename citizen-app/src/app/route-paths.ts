// The citizen app's addresses (wouter patterns), the one list both its router (routes.tsx, whose
// paths must be of this type) and the server read: the server answers an address that matches
// none of them with 404 (issue 19 item 5). No imports here: the server loads this file as is.
export const citizenRoutePaths = [
  '/',
  '/manual',
  '/municipalities',
  '/book',
  '/bookings',
  '/bookings/:id',
  '/bookings/:id/reschedule',
  '/bookings/:id/prepare',
  '/my-data',
  '/join/:token',
  '/call/guest/:token',
  '/call/:bookingId',
] as const

export type CitizenRoutePath = (typeof citizenRoutePaths)[number]
