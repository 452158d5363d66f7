/**
 * Who is asking. Every operation receives one; services decide with it what the caller may do.
 * Roles come from our tables (identity module), never from the identity provider.
 */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'citizen'; citizenId: string; sessionId: string }
  | {
      kind: 'employee'
      employeeId: string
      kepId: string
      role: 'staff' | 'manager'
      sessionId: string
    }
  | { kind: 'administrator'; administratorId: string; sessionId: string }
  | { kind: 'api_client'; clientId: string; scopes: readonly string[] }
  | { kind: 'system'; job: string }

export const anonymous: Actor = { kind: 'anonymous' }

/** The roles a resolver gate may name with @Authorized(...). */
export enum Role {
  Citizen = 'citizen',
  Staff = 'staff',
  Manager = 'manager',
  Administrator = 'administrator',
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
      return actor.kind === 'administrator'
    case Role.ApiClient:
      return actor.kind === 'api_client'
  }
}
