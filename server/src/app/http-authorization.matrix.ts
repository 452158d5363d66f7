import type { MatrixRole } from './authorization.matrix.js'

// Who may use each plain HTTP route of the server (those outside GraphQL): one row per route,
// one expected outcome per role of authorization.matrix.ts. http-authorization.test.ts
// executes every cell against a real server and fails when a route below has no row.

/**
 * allowed: the route did its work (2xx, or a redirect onward);
 * UNAUTHENTICATED / FORBIDDEN / NOT_FOUND: 401 / 403 / 404 (JSON with that code, where the
 * route answers JSON); BAD_REQUEST: refused for the request itself, the same for everybody.
 */
export type HttpOutcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST'

/** Data the cells run against, made by the test. */
export interface HttpMatrixFixtures {
  /** The server's own address (the Origin our pages send). */
  publicUrl: string
  /** A document of `citizen`, attached to their booking at the KEP of `staff` and `manager`. */
  documentId: string
  /** A join link's token for a booking of `citizen` whose call is open now. */
  joinToken: string
  /** A small PDF, for the upload cells. */
  pdf: Uint8Array
  /** A national procedure, for its form's cells. */
  procedureId: string
}

export interface HttpMatrixRow {
  method: 'GET' | 'POST'
  path: (f: HttpMatrixFixtures) => string
  /** Headers and body beyond the role's credential. */
  request?: (f: HttpMatrixFixtures) => { headers?: Record<string, string>; body?: FormData }
  /** Log in afresh for each cell: the route ends sessions. */
  endsSessions?: boolean
  expect: Record<MatrixRole, HttpOutcome>
}

const A = 'allowed'
const UN = 'UNAUTHENTICATED'
const FB = 'FORBIDDEN'
const NF = 'NOT_FOUND'

const same = (outcome: HttpOutcome): Record<MatrixRole, HttpOutcome> => ({
  anonymous: outcome,
  citizen: outcome,
  otherCitizen: outcome,
  staff: outcome,
  otherKepStaff: outcome,
  manager: outcome,
  administrator: outcome,
  operator: outcome,
  auditor: outcome,
  officer: outcome,
  apiClient: outcome,
})

export const httpAuthorizationMatrix: Record<string, HttpMatrixRow> = {
  // R2.2 e, issue 11 defect 1: the citizen uploads their own documents; never an API key.
  'POST /uploads': {
    method: 'POST',
    path: () => '/uploads',
    request: (f) => {
      const form = new FormData()
      form.append('file', new Blob([f.pdf], { type: 'application/pdf' }), 'id.pdf')
      return { headers: { 'x-keplive-upload': '1' }, body: form }
    },
    expect: {
      anonymous: UN,
      citizen: A,
      otherCitizen: A,
      staff: FB,
      otherKepStaff: FB,
      manager: FB,
      administrator: FB,
      operator: FB,
      auditor: FB,
      officer: FB,
      apiClient: FB,
    },
  },
  // R7.2: the owner and the staff of the booking's KEP; anyone else learns nothing of it.
  'GET /documents/:id': {
    method: 'GET',
    path: (f) => `/documents/${f.documentId}`,
    expect: {
      anonymous: UN,
      citizen: A,
      otherCitizen: NF,
      staff: A,
      otherKepStaff: NF,
      manager: A,
      administrator: FB,
      operator: FB,
      auditor: FB,
      officer: FB,
      apiClient: FB,
    },
  },
  // Issue 19 item 3: the citizen's own data, downloaded by the citizen alone (each their own).
  'GET /my-data.json': {
    method: 'GET',
    path: () => '/my-data.json',
    expect: { ...same(FB), anonymous: UN, citizen: A, otherCitizen: A },
  },
  'GET /my-data.html': {
    method: 'GET',
    path: () => '/my-data.html',
    expect: { ...same(FB), anonymous: UN, citizen: A, otherCitizen: A },
  },
  // R2.5: the token is the credential; who else the caller is changes nothing.
  'GET /join/:token': {
    method: 'GET',
    path: (f) => `/join/${f.joinToken}`,
    request: () => ({ headers: { accept: 'application/json' } }),
    expect: same(A),
  },
  'GET /join/:token (unknown token)': {
    method: 'GET',
    path: () => `/join/${'x'.repeat(43)}`,
    request: () => ({ headers: { accept: 'application/json' } }),
    expect: same(NF),
  },
  // Anyone may start a login; it leads to the identity provider.
  'GET /auth/login': {
    method: 'GET',
    path: () => '/auth/login?role=citizen',
    expect: same(A),
  },
  'GET /auth/login (staff)': {
    method: 'GET',
    path: () => '/auth/login?role=staff',
    expect: same(A),
  },
  // A callback with no login in progress in this browser is refused, whoever holds a session.
  'GET /auth/callback': {
    method: 'GET',
    path: () => '/auth/callback?state=forged&code=forged',
    expect: same('BAD_REQUEST'),
  },
  // From our own pages, logging out ends whatever session the browser has (none is fine too).
  'POST /auth/logout': {
    method: 'POST',
    path: () => '/auth/logout',
    request: (f) => ({ headers: { origin: f.publicUrl } }),
    endsSessions: true,
    expect: same(A),
  },
  // A cross-site form may not log anybody out.
  'POST /auth/logout (cross-site)': {
    method: 'POST',
    path: () => '/auth/logout',
    request: () => ({ headers: { origin: 'https://evil.example' } }),
    endsSessions: true,
    expect: same(FB),
  },
  // Art. 4 "with their forms", Art. 3.5: only ADMINISTRATORs upload a procedure's form.
  'POST /admin/procedures/:id/form': {
    method: 'POST',
    path: (f) => `/admin/procedures/${f.procedureId}/form`,
    request: (f) => {
      const form = new FormData()
      form.append('file', new Blob([f.pdf], { type: 'application/pdf' }), 'form.pdf')
      return { headers: { 'x-keplive-upload': '1' }, body: form }
    },
    expect: {
      anonymous: UN,
      citizen: FB,
      otherCitizen: FB,
      staff: FB,
      otherKepStaff: FB,
      manager: FB,
      administrator: A,
      operator: FB,
      auditor: FB,
      officer: FB,
      apiClient: FB,
    },
  },
  // Anyone downloads it (the row above, run first, uploaded it as the administrator).
  'GET /forms/:procedureId.pdf': {
    method: 'GET',
    path: (f) => `/forms/${f.procedureId}.pdf`,
    expect: same(A),
  },
  // Issue 17 item 3: exports are reads for every one of the ministry's administrators.
  'GET /admin/exports/:name.csv': {
    method: 'GET',
    path: () => '/admin/exports/audit-log.csv?entity=nothing',
    expect: {
      anonymous: UN,
      citizen: FB,
      otherCitizen: FB,
      staff: FB,
      otherKepStaff: FB,
      manager: FB,
      administrator: A,
      operator: A,
      auditor: A,
      officer: FB,
      apiClient: FB,
    },
  },
  'GET /admin/exports/:name.csv (no such export)': {
    method: 'GET',
    path: () => '/admin/exports/nothing.csv',
    expect: same(NF),
  },
  'GET /forms/:procedureId.pdf (none uploaded)': {
    method: 'GET',
    path: () => '/forms/00000000-0000-4000-8000-000000000000.pdf',
    expect: same(NF),
  },
  // Issue 17 item 7: the metrics answer the loopback (where these cells come from) or the
  // METRICS_TOKEN; an API key is no metrics token, so it is refused like a wrong one.
  'GET /metrics': {
    method: 'GET',
    path: () => '/metrics',
    expect: { ...same(A), apiClient: FB },
  },
  // Issue 17 item 5: the developer page and the schema are public.
  'GET /developers': {
    method: 'GET',
    path: () => '/developers',
    expect: same(A),
  },
  'GET /developers/schema.graphql': {
    method: 'GET',
    path: () => '/developers/schema.graphql',
    expect: same(A),
  },
  // Issue 19 items 4, 5: the notices and statements, robots.txt and security.txt are public.
  ...Object.fromEntries(
    ['/privacy', '/cookies/en', '/accessibility', '/terms/en'].map((path) => [
      `GET ${path}`,
      { method: 'GET', path: () => path, expect: same(A) } satisfies HttpMatrixRow,
    ]),
  ),
  'GET /robots.txt': {
    method: 'GET',
    path: () => '/robots.txt',
    expect: same(A),
  },
  'GET /.well-known/security.txt': {
    method: 'GET',
    path: () => '/.well-known/security.txt',
    expect: same(A),
  },
}

/** The routes the table must cover (the test fails when one has no row). */
export const httpRoutes = [
  'POST /uploads',
  'GET /documents/:id',
  'GET /join/:token',
  'GET /my-data.json',
  'GET /my-data.html',
  'GET /auth/login',
  'GET /auth/callback',
  'POST /auth/logout',
  'POST /admin/procedures/:id/form',
  'GET /forms/:procedureId.pdf',
  'GET /admin/exports/:name.csv',
  'GET /metrics',
  'GET /developers',
  'GET /developers/schema.graphql',
  'GET /privacy',
  'GET /cookies',
  'GET /accessibility',
  'GET /terms',
  'GET /robots.txt',
  'GET /.well-known/security.txt',
] as const
