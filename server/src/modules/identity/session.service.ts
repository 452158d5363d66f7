import { and, eq, isNull, ne, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { SessionConfig } from '../../platform/config.js'
import type { Db } from '../../platform/db/client.js'
import { randomToken, sha256 } from './cookies.js'
import {
  administrators,
  citizens,
  employees,
  municipalityOfficers,
  sessions,
} from './identity.table.js'

export type Principal =
  | { kind: 'citizen'; id: string }
  | { kind: 'employee'; id: string }
  | { kind: 'administrator'; id: string }
  | { kind: 'officer'; id: string }

// lastSeenAt is written at most this often: a request per second must not be a write per second.
const touchEverySeconds = 15

/**
 * Starts a session for a principal who just logged in: always a new id (no session fixation).
 * Returns the token for the cookie; only its SHA-256 is stored.
 */
export async function createSession(
  db: Db,
  clock: Clock,
  settings: SessionConfig,
  principal: Principal,
  meta: { ip?: string; userAgent?: string; taxId?: string },
): Promise<{ token: string; sessionId: string }> {
  const token = randomToken()
  const now = clock.now()
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: sha256(token),
      principalKind: principal.kind,
      principalId: principal.id,
      createdAt: now,
      lastSeenAt: now,
      idleTimeoutSeconds:
        principal.kind === 'citizen' ? settings.citizenIdleSeconds : settings.staffIdleSeconds,
      absoluteExpiresAt: new Date(now.getTime() + settings.absoluteSeconds * 1000),
      ipAddress: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 200) ?? null,
      taxId: principal.kind === 'citizen' ? (meta.taxId ?? null) : null,
    })
    .returning({ id: sessions.id })
  return { token, sessionId: row!.id }
}

/**
 * The actor behind a session token, or anonymous when the session is unknown, revoked, idle
 * too long, past its absolute lifetime, or its person is no longer active. Slides the idle
 * timeout forward.
 */
export async function actorFromSessionToken(db: Db, clock: Clock, token: string): Promise<Actor> {
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, sha256(token)), isNull(sessions.revokedAt)))
  if (!session) return { kind: 'anonymous' }
  const now = clock.now().getTime()
  const idleUntil = session.lastSeenAt.getTime() + session.idleTimeoutSeconds * 1000
  if (now >= idleUntil || now >= session.absoluteExpiresAt.getTime()) {
    return { kind: 'anonymous' }
  }
  const actor = await principalActor(db, session, new Date(now))
  if (actor.kind === 'anonymous') return actor
  if (now - session.lastSeenAt.getTime() >= touchEverySeconds * 1000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, session.id))
  }
  return actor
}

async function principalActor(
  db: Db,
  session: typeof sessions.$inferSelect,
  now: Date,
): Promise<Actor> {
  const { principalId: id, id: sessionId } = session
  switch (session.principalKind) {
    case 'citizen': {
      const [c] = await db.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, id))
      return c
        ? { kind: 'citizen', citizenId: c.id, sessionId, taxId: session.taxId }
        : { kind: 'anonymous' }
    }
    case 'employee': {
      const [e] = await db
        .select({
          id: employees.id,
          kepId: employees.kepId,
          role: employees.role,
          acknowledgedAt: employees.acceptableUseAcknowledgedAt,
        })
        .from(employees)
        .where(
          // an employee deactivated from a date works until the day before it
          sql`${employees.id} = ${id} and ${employees.active} and (${employees.leavesOn} is null
            or ${employees.leavesOn} > (${now.toISOString()}::timestamptz at time zone 'Europe/Athens')::date)`,
        )
      return e
        ? {
            kind: 'employee',
            employeeId: e.id,
            kepId: e.kepId,
            role: e.role,
            sessionId,
            acceptableUseAcknowledged: e.acknowledgedAt !== null,
          }
        : { kind: 'anonymous' }
    }
    case 'administrator': {
      const [a] = await db
        .select({ id: administrators.id, role: administrators.role })
        .from(administrators)
        .where(and(eq(administrators.id, id), eq(administrators.active, true)))
      return a
        ? { kind: 'administrator', administratorId: a.id, role: a.role, sessionId }
        : { kind: 'anonymous' }
    }
    case 'officer': {
      // issue 18: the municipality is read afresh on every request: a grant or a revocation
      // holds at once
      const [o] = await db
        .select({
          id: municipalityOfficers.id,
          municipalityId: municipalityOfficers.municipalityId,
        })
        .from(municipalityOfficers)
        .where(eq(municipalityOfficers.id, id))
      return o
        ? { kind: 'officer', officerId: o.id, municipalityId: o.municipalityId, sessionId }
        : { kind: 'anonymous' }
    }
    default:
      return { kind: 'anonymous' }
  }
}

/** Ends one session (logout). Ending an already ended session is not an error. */
export async function revokeSession(db: Db, clock: Clock, sessionId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: clock.now() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
}

/** Ends the session a token names, if any; for logout from a plain form post. */
export async function revokeSessionByToken(
  db: Db,
  clock: Clock,
  token: string,
): Promise<{ principalKind: string; principalId: string; id: string } | undefined> {
  const [row] = await db
    .update(sessions)
    .set({ revokedAt: clock.now() })
    .where(and(eq(sessions.tokenHash, sha256(token)), isNull(sessions.revokedAt)))
    .returning({
      id: sessions.id,
      principalKind: sessions.principalKind,
      principalId: sessions.principalId,
    })
  return row
}

/**
 * Ends every session of a person — on all their devices — except `keepSessionId` when given.
 * Returns how many were ended.
 */
export async function revokeSessionsOf(
  db: Db,
  clock: Clock,
  principal: Principal,
  keepSessionId?: string,
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: clock.now() })
    .where(
      and(
        eq(sessions.principalKind, principal.kind),
        eq(sessions.principalId, principal.id),
        isNull(sessions.revokedAt),
        keepSessionId ? ne(sessions.id, keepSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id })
  return rows.length
}

/** The principal of a logged-in actor, for session operations. */
export function principalOf(actor: Actor): Principal | undefined {
  switch (actor.kind) {
    case 'citizen':
      return { kind: 'citizen', id: actor.citizenId }
    case 'employee':
      return { kind: 'employee', id: actor.employeeId }
    case 'administrator':
      return { kind: 'administrator', id: actor.administratorId }
    case 'officer':
      return { kind: 'officer', id: actor.officerId }
    default:
      return undefined
  }
}

/** When a session ends if left idle (or at its absolute limit, if sooner). */
export async function sessionExpiry(db: Db, sessionId: string): Promise<Date | null> {
  const [s] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      idle: sessions.idleTimeoutSeconds,
      absolute: sessions.absoluteExpiresAt,
    })
    .from(sessions)
    .where(eq(sessions.id, sessionId))
  if (!s) return null
  const idle = s.lastSeenAt.getTime() + s.idle * 1000
  return new Date(Math.min(idle, s.absolute.getTime()))
}
