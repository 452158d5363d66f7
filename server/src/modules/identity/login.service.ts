import { eq, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { auditHmac, recordAudit } from '../audit/index.js'
import type { GsisUser } from './gsis.client.js'
import type { IdentitySettings, ProviderName } from './identity.settings.js'
import { administrators, citizens, employees, municipalityOfficers } from './identity.table.js'
import { createSession, type Principal } from './session.service.js'

export type LoginResult =
  | { ok: true; token: string; actor: Actor; principal: Principal }
  | { ok: false; reason: 'not_registered' }

/**
 * Turns a person GSIS vouched for into a session. Citizens' login: anyone is a citizen,
 * created at first login and refreshed after. Public-administration login: people in our
 * employees or administrators tables (the role comes from here, never from GSIS); then, with
 * `meta.officials` (the admin app's login, issue 18), a municipality's officer, or anyone else
 * of the public administration as an officer with no municipality (they may start an
 * application to join), recorded at their first login. Writes the session and the audit entry
 * in one transaction.
 */
export async function completeLogin(
  db: Db,
  clock: Clock,
  settings: IdentitySettings,
  provider: ProviderName,
  user: GsisUser,
  meta: { ip?: string; userAgent?: string; officials?: boolean },
): Promise<LoginResult> {
  return db.transaction(async (tx) => {
    const now = clock.now()
    let principal: Principal | undefined
    let actorOf: (sessionId: string) => Actor
    let firstLogin = false
    if (provider === 'citizen') {
      const [row] = await tx
        .insert(citizens)
        .values({
          gsisUserId: user.userId,
          taxIdHmac: auditHmac(settings.auditKey, user.taxId),
          firstName: user.firstName,
          lastName: user.lastName,
          createdAt: now,
          lastLoginAt: now,
        })
        .onConflictDoUpdate({
          target: citizens.gsisUserId,
          set: {
            // fills the keyed hash of rows from before migration 0026 too
            taxIdHmac: auditHmac(settings.auditKey, user.taxId),
            firstName: user.firstName,
            lastName: user.lastName,
            lastLoginAt: now,
          },
        })
        .returning({ id: citizens.id, inserted: sql<boolean>`(xmax = 0)` })
      firstLogin = row!.inserted
      principal = { kind: 'citizen', id: row!.id }
      actorOf = (sessionId) => ({
        kind: 'citizen',
        citizenId: row!.id,
        sessionId,
        taxId: user.taxId,
      })
    } else {
      // Known by their GSIS id; or, at the first login of someone an administrator added by
      // tax number, by that number (the GSIS id is then kept for the next logins).
      const [employee] = await tx
        .select({
          id: employees.id,
          kepId: employees.kepId,
          role: employees.role,
          gsisUserId: employees.gsisUserId,
        })
        .from(employees)
        .where(
          sql`${employees.active}
            and (${employees.leavesOn} is null
              or ${employees.leavesOn} > (${now.toISOString()}::timestamptz at time zone 'Europe/Athens')::date)
            and (${employees.gsisUserId} = ${user.userId}
              or (${employees.gsisUserId} is null and ${employees.taxId} = ${user.taxId}))`,
        )
        .orderBy(sql`${employees.gsisUserId} is null`)
        .limit(1)
      const [administrator] = employee
        ? []
        : await tx
            .select({
              id: administrators.id,
              role: administrators.role,
              gsisUserId: administrators.gsisUserId,
            })
            .from(administrators)
            .where(
              sql`${administrators.active} and (${administrators.gsisUserId} = ${user.userId}
                or (${administrators.gsisUserId} is null and ${administrators.taxId} = ${user.taxId}))`,
            )
            .orderBy(sql`${administrators.gsisUserId} is null`)
            .limit(1)
      if (employee && employee.gsisUserId === null) {
        await tx
          .update(employees)
          .set({ gsisUserId: user.userId })
          .where(eq(employees.id, employee.id))
      }
      if (administrator && administrator.gsisUserId === null) {
        await tx
          .update(administrators)
          .set({ gsisUserId: user.userId })
          .where(eq(administrators.id, administrator.id))
      }
      if (employee) {
        principal = { kind: 'employee', id: employee.id }
        actorOf = (sessionId) => ({
          kind: 'employee',
          employeeId: employee.id,
          kepId: employee.kepId,
          role: employee.role,
          sessionId,
        })
      } else if (administrator) {
        principal = { kind: 'administrator', id: administrator.id }
        actorOf = (sessionId) => ({
          kind: 'administrator',
          administratorId: administrator.id,
          role: administrator.role,
          sessionId,
        })
      } else {
        const officer = meta.officials ? await officerOf(tx, user, now) : undefined
        if (!officer) return { ok: false, reason: 'not_registered' }
        firstLogin = officer.inserted
        principal = { kind: 'officer', id: officer.id }
        actorOf = (sessionId) => ({
          kind: 'officer',
          officerId: officer.id,
          municipalityId: officer.municipalityId,
          sessionId,
        })
      }
    }
    const { token, sessionId } = await createSession(tx, clock, settings.session, principal, {
      ...meta,
      // the clear number lives only as long as a citizen's session (issue 19 item 2)
      taxId: provider === 'citizen' ? user.taxId : undefined,
    })
    const actor = actorOf(sessionId)
    await recordAudit(tx, {
      actor,
      action: 'login',
      entity: 'session',
      entityId: sessionId,
      ip: meta.ip,
      at: now,
      details: {
        provider,
        ...(firstLogin ? { firstLogin } : {}),
        // Lets an investigator find every login of one tax number without storing it.
        taxIdHmac: auditHmac(settings.auditKey, user.taxId),
      },
    })
    return { ok: true, token, actor, principal }
  })
}

/**
 * Issue 18: the officer row of someone of the public administration with no other role: known
 * by their GSIS id, or (granted by tax number before their first login) by that number; else
 * made now with no municipality.
 */
async function officerOf(
  tx: Db,
  user: GsisUser,
  now: Date,
): Promise<{ id: string; municipalityId: string | null; inserted: boolean }> {
  const fullName = `${user.firstName} ${user.lastName}`
  const [known] = await tx
    .select({ id: municipalityOfficers.id, municipalityId: municipalityOfficers.municipalityId })
    .from(municipalityOfficers)
    .where(
      sql`${municipalityOfficers.gsisUserId} = ${user.userId}
        or (${municipalityOfficers.gsisUserId} is null and ${municipalityOfficers.taxId} = ${user.taxId})`,
    )
    .orderBy(sql`${municipalityOfficers.gsisUserId} is null`)
    .limit(1)
  if (known) {
    await tx
      .update(municipalityOfficers)
      .set({ gsisUserId: user.userId })
      .where(eq(municipalityOfficers.id, known.id))
    return { ...known, inserted: false }
  }
  const [row] = await tx
    .insert(municipalityOfficers)
    .values({ gsisUserId: user.userId, taxId: user.taxId, fullName, createdAt: now })
    .onConflictDoUpdate({
      // the tax number known under another GSIS id: GSIS's id for the person changed
      target: municipalityOfficers.taxId,
      set: { gsisUserId: user.userId },
    })
    .returning({
      id: municipalityOfficers.id,
      municipalityId: municipalityOfficers.municipalityId,
      inserted: sql<boolean>`(xmax = 0)`,
    })
  return row!
}

/** Records a failed login: the reason and the address, nothing about the person. */
export async function recordFailedLogin(
  db: Db,
  clock: Clock,
  reason: string,
  meta: { ip?: string; provider?: ProviderName },
): Promise<void> {
  await recordAudit(db, {
    actor: { kind: 'anonymous' },
    action: 'login_failed',
    entity: 'session',
    ip: meta.ip,
    at: clock.now(),
    details: { reason, ...(meta.provider ? { provider: meta.provider } : {}) },
  })
}

/** The names `me` shows. */
export async function describePrincipal(db: Db, actor: Actor) {
  switch (actor.kind) {
    case 'citizen': {
      const [c] = await db
        .select({ firstName: citizens.firstName, lastName: citizens.lastName })
        .from(citizens)
        .where(eq(citizens.id, actor.citizenId))
      return c ? { displayName: `${c.firstName} ${c.lastName}`, ...c } : undefined
    }
    case 'employee': {
      const [e] = await db
        .select({ fullName: employees.fullName })
        .from(employees)
        .where(eq(employees.id, actor.employeeId))
      return e ? { displayName: e.fullName } : undefined
    }
    case 'officer': {
      const [o] = await db
        .select({ fullName: municipalityOfficers.fullName })
        .from(municipalityOfficers)
        .where(eq(municipalityOfficers.id, actor.officerId))
      return o ? { displayName: o.fullName } : undefined
    }
    case 'administrator': {
      const [a] = await db
        .select({ fullName: administrators.fullName })
        .from(administrators)
        .where(eq(administrators.id, actor.administratorId))
      return a ? { displayName: a.fullName } : undefined
    }
    default:
      return undefined
  }
}
