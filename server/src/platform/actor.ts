/**
 * Who is asking. Every operation receives one; services decide with it what the caller may do.
 * Roles come from our tables (identity module), never from the identity provider.
 */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'citizen'
      citizenId: string
      sessionId: string
      /**
       * Issue 19: the tax number GSIS gave at this session's login, kept with the session only
       * (the citizens table has its HMAC); for the legal-representative check (R1.1). Null for
       * sessions from before it was kept; left out by actors made without a session (tests,
       * jobs): read it as `actor.taxId ?? null`.
       */
      taxId?: string | null
    }
  | {
      kind: 'employee'
      employeeId: string
      kepId: string
      role: 'staff' | 'manager'
      sessionId: string
      /**
       * Issue 14 item 5: whether they acknowledged the acceptable-use notice (Art. 7.2). Set
       * from the employees table for every session; until it is true the operation guard lets
       * them call only `me`, the acknowledgement and logging out (and what is public).
       */
      acceptableUseAcknowledged?: boolean
    }
  | {
      kind: 'administrator'
      administratorId: string
      /** Art. 3.5's special roles: see AdministratorRole. */
      role: AdministratorRole
      sessionId: string
    }
  | {
      /**
       * Issue 18 item 1: someone who logged in through the public-administration login and is
       * neither an employee nor an administrator. With a municipality: its officer (acts for it
       * only); without one (municipalityId null): they may start an application to join, and
       * become the officer of that municipality when it is approved.
       */
      kind: 'officer'
      officerId: string
      municipalityId: string | null
      sessionId: string
    }
  | { kind: 'api_client'; clientId: string; scopes: readonly string[] }
  | { kind: 'system'; job: string }

/**
 * administrator: everything; operator: hours, closures, extraordinary hours, employees and their
 * availability (no parameters, no roles); auditor: reads everything, changes nothing.
 */
export type AdministratorRole = 'administrator' | 'operator' | 'auditor'

export const anonymous: Actor = { kind: 'anonymous' }

/** The roles a resolver gate may name with @Authorized(...). */
export enum Role {
  Citizen = 'citizen',
  Staff = 'staff',
  Manager = 'manager',
  /** An ADMINISTRATOR (Art. 3.5): everything, roles and parameters included. */
  Administrator = 'administrator',
  /** An ADMINISTRATOR or an OPERATOR: the network's hours, closures, employees. */
  Operator = 'operator',
  /** Any of the ministry's administrators, AUDITORs included: reading. */
  Auditor = 'auditor',
  /** A municipality's officer (issue 18): for their own municipality only. */
  Officer = 'officer',
  /**
   * Anyone of the public administration with no other role, officers included: they may start
   * and follow an application to join (issue 18 item 1).
   */
  Official = 'official',
  ApiClient = 'api_client',
}

/** The gate's coarse check; record-level rules live in each module's policy. */
export function hasRole(actor: Actor, role: Role): boolean {
  switch (role) {
    case Role.Citizen:
      return actor.kind === 'citizen'
    case Role.Staff:
      return actor.kind === 'employee'
    case Role.Manager:
      return actor.kind === 'employee' && actor.role === 'manager'
    case Role.Administrator:
      return actor.kind === 'administrator' && actor.role === 'administrator'
    case Role.Operator:
      return actor.kind === 'administrator' && actor.role !== 'auditor'
    case Role.Auditor:
      return actor.kind === 'administrator'
    case Role.Officer:
      return actor.kind === 'officer' && actor.municipalityId !== null
    case Role.Official:
      return actor.kind === 'officer'
    case Role.ApiClient:
      return actor.kind === 'api_client'
  }
}

/** Whether the actor is one of the ministry's administrators with at least `role`'s rights. */
export function isAdministrator(
  actor: Actor,
  role: 'administrator' | 'operator' | 'auditor' = 'administrator',
): actor is Extract<Actor, { kind: 'administrator' }> {
  return hasRole(
    actor,
    role === 'administrator'
      ? Role.Administrator
      : role === 'operator'
        ? Role.Operator
        : Role.Auditor,
  )
}
