// The admin app's addresses under /admin (wouter patterns), the one list both its router
// (routes.tsx, whose paths must be of this type) and the server read: the server answers an
// address under /admin that matches none of them with 404 (issue 19 item 5). No imports here:
// the server loads this file as is.
export const adminRoutePaths = [
  '/',
  '/keps',
  '/keps/new',
  '/keps/:id',
  '/hours',
  '/hours/bulk',
  '/hours/:kepId',
  '/employees',
  '/employees/new',
  '/employees/import',
  '/employees/:id',
  '/parameters',
  '/procedures',
  '/procedures/new',
  '/procedures/:id',
  '/bookings',
  '/bookings/:id',
  '/statistics',
  '/administrators',
  '/api-clients',
  '/audit',
  '/mail',
  '/municipalities',
  '/municipalities/participating',
  '/municipalities/applications/:id',
  '/municipalities/:id/suspend',
  '/municipality/apply',
  '/municipality/applications/:id',
  '/municipality/applications/:id/check',
  '/municipality/applications/:id/:step',
  '/municipality/procedures',
  '/municipality/usage',
  '/municipality/withdraw',
  '/municipality/manual',
] as const

export type AdminRoutePath = (typeof adminRoutePaths)[number]
