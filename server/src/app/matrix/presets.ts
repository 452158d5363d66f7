import type { Db } from '../../platform/db/client.js'

// The roles, outcomes and presets of the authorisation matrix (authorization.matrix.ts, which
// gathers the rows of every area, this folder's included).
//
// Who may call what: one row per operation of the schema, one expected outcome per role.
// authorization.test.ts fails when an operation has no row here, and executes every cell
// over HTTP against a real server. Record-level rules (whose booking) are in each module's
// policy; this table states what they must add up to.

export const matrixRoles = [
  'anonymous',
  'citizen',
  'otherCitizen',
  'staff',
  'otherKepStaff',
  'manager',
  'administrator',
  'operator',
  'auditor',
  // issue 18: an officer of the fixture municipality (public-administration login)
  'officer',
  'apiClient',
] as const
export type MatrixRole = (typeof matrixRoles)[number]

/**
 * allowed: the operation ran (its own validation may still refuse the input);
 * NOT_FOUND: refused without saying whether the record exists.
 */
export type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND'

/** Data each cell runs against: a booking of `citizen` at the KEP of `staff` and `manager`. */
export interface MatrixFixtures {
  /** The test's database, for a row that makes its own records (factories in test/). */
  db: Db
  municipalityId: string
  kepId: string
  categoryCode: 'INFORMATION'
  procedureId: string
  /** A fresh booking of `citizen` at the staff's KEP, for a cell that changes it. */
  newBooking(): Promise<string>
  /** The booking `citizen` holds, read-only cells use it. */
  bookingId: string
  apiClientId: string
  /** The call of `bookingId` (the citizen has not joined it). */
  callId: string
  /** A fresh call of a fresh booking, for a cell that ends it. */
  newCall(): Promise<string>
}

export interface MatrixRow {
  document: string
  variables?: (f: MatrixFixtures) => Promise<Record<string, unknown>> | Record<string, unknown>
  /** Log in afresh for each cell: the operation ends sessions. */
  endsSessions?: boolean
  expect: Record<MatrixRole, Outcome>
}

export const A = 'allowed'
export const UN = 'UNAUTHENTICATED'
export const FB = 'FORBIDDEN'
export const NF = 'NOT_FOUND'

/** Open to everybody, API clients included (the public read API, R1.1, R5.3). */
export const everyone = {
  anonymous: A,
  citizen: A,
  otherCitizen: A,
  staff: A,
  otherKepStaff: A,
  manager: A,
  administrator: A,
  operator: A,
  auditor: A,
  officer: A,
  apiClient: A,
} as const satisfies Record<MatrixRole, Outcome>

/** R3.5: the ministry's ADMINISTRATORs only (Art. 3.5: roles, parameters, API keys). */
export const administratorsOnly = {
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
} as const satisfies Record<MatrixRole, Outcome>

/** Art. 3.5: ADMINISTRATORs and OPERATORs (hours, closures, employees); AUDITORs only read. */
export const operators = { ...administratorsOnly, operator: A } as const satisfies Record<
  MatrixRole,
  Outcome
>

/** R3.5, Art. 3.5: what the ministry's administrators read, AUDITORs included. */
export const anyAdministrator = { ...operators, auditor: A } as const satisfies Record<
  MatrixRole,
  Outcome
>

/** A KEP's manager for their own KEP, ADMINISTRATORs and OPERATORs for any (R3.5). */
export const kepManagers = {
  anonymous: UN,
  citizen: FB,
  otherCitizen: FB,
  staff: FB,
  otherKepStaff: FB,
  manager: A,
  administrator: A,
  operator: A,
  auditor: FB,
  officer: FB,
  apiClient: FB,
} as const satisfies Record<MatrixRole, Outcome>

/** Anyone logged in, about their own session; API keys have no session. */
export const anyLoggedInPerson = {
  anonymous: UN,
  citizen: A,
  otherCitizen: A,
  staff: A,
  otherKepStaff: A,
  manager: A,
  administrator: A,
  operator: A,
  auditor: A,
  officer: A,
  apiClient: FB,
} as const satisfies Record<MatrixRole, Outcome>

/** Citizens only, each for themselves. */
export const citizensOnly = {
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
} as const satisfies Record<MatrixRole, Outcome>

/** The staff of the call's KEP (managers too); other KEPs' staff are told it does not exist. */
export const callStaff = {
  anonymous: UN,
  citizen: FB,
  otherCitizen: FB,
  staff: A,
  otherKepStaff: NF,
  manager: A,
  administrator: FB,
  operator: FB,
  auditor: FB,
  officer: FB,
  apiClient: FB,
} as const satisfies Record<MatrixRole, Outcome>

/**
 * Operations of a call's participant: the participant token is the credential, so nobody
 * without one gets in, logged in or not (an interpreter has no login, R2.8).
 */
export const participantOnly = {
  anonymous: FB,
  citizen: FB,
  otherCitizen: FB,
  staff: FB,
  otherKepStaff: FB,
  manager: FB,
  administrator: FB,
  operator: FB,
  auditor: FB,
  officer: FB,
  apiClient: FB,
} as const satisfies Record<MatrixRole, Outcome>

/** Any employee, about their own KEP. */
export const anyStaff = {
  anonymous: UN,
  citizen: FB,
  otherCitizen: FB,
  staff: A,
  otherKepStaff: A,
  manager: A,
  administrator: FB,
  operator: FB,
  auditor: FB,
  officer: FB,
  apiClient: FB,
} as const satisfies Record<MatrixRole, Outcome>

/** Issue 18: a municipality's officers (public-administration login), for their own municipality. */
export const officersOnly = {
  anonymous: UN,
  citizen: FB,
  otherCitizen: FB,
  staff: FB,
  otherKepStaff: FB,
  manager: FB,
  administrator: FB,
  operator: FB,
  auditor: FB,
  officer: A,
  apiClient: FB,
} as const satisfies Record<MatrixRole, Outcome>

/** Issue 18: an application to join: the ministry's administrators and the municipality's officers. */
export const officersAndAdministrators = {
  ...anyAdministrator,
  officer: A,
} as const satisfies Record<MatrixRole, Outcome>
