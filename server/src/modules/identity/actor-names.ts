import DataLoader from 'dataloader'
import { inArray } from 'drizzle-orm'
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import type { Db } from '../../platform/db/client.js'
import { AuditEntryType } from '../audit/index.js'
import { administrators, employees } from './identity.table.js'

// The names behind the audit trail's actors, for the line "changed by … on …" (issue 13). The
// identity module owns people's names; the audit module stays free of other modules, so the
// name is added to its entries here.

/** An actor of the trail: its kind and id as recordAudit wrote them. */
export interface ActorRef {
  actorKind: string
  actorId: string | null
}

/** The kinds whose people are named: the ministry's and the KEPs' own staff, never citizens. */
const namedKinds = new Set(['administrator', 'employee'])

/**
 * The display name of each actor, in the order given: an administrator's or an employee's full
 * name; null for citizens (never named to administrators here), API clients, the system and
 * anonymous callers, and for an id that names nobody. Two queries at most, whatever the count.
 */
export async function actorNamesOf(
  db: Db,
  actors: readonly ActorRef[],
): Promise<(string | null)[]> {
  const idsOf = (kind: string) => [
    ...new Set(actors.filter((a) => a.actorKind === kind && a.actorId).map((a) => a.actorId!)),
  ]
  const adminIds = idsOf('administrator')
  const employeeIds = idsOf('employee')
  const [admins, staff] = await Promise.all([
    adminIds.length === 0
      ? []
      : db
          .select({ id: administrators.id, name: administrators.fullName })
          .from(administrators)
          .where(inArray(administrators.id, adminIds)),
    employeeIds.length === 0
      ? []
      : db
          .select({ id: employees.id, name: employees.fullName })
          .from(employees)
          .where(inArray(employees.id, employeeIds)),
  ])
  const names = new Map<string, string>([
    ...admins.map((r) => [`administrator:${r.id}`, r.name] as const),
    ...staff.map((r) => [`employee:${r.id}`, r.name] as const),
  ])
  return actors.map((a) =>
    namedKinds.has(a.actorKind) ? (names.get(`${a.actorKind}:${a.actorId}`) ?? null) : null,
  )
}

/** One loader per request: the context object is the request's, so the loader dies with it. */
const loaderOf = new WeakMap<object, DataLoader<ActorRef, string | null, string>>()
function namesLoader(ctx: BaseContext) {
  let found = loaderOf.get(ctx)
  if (!found) {
    found = new DataLoader((actors: readonly ActorRef[]) => actorNamesOf(ctx.db, actors), {
      cacheKeyFn: (a) => `${a.actorKind}:${a.actorId}`,
    })
    loaderOf.set(ctx, found)
  }
  return found
}

@Resolver(() => AuditEntryType)
export class AuditEntryActorName {
  // auditLog is already administrators' only; the field keeps the rule if it is reached otherwise
  @Authorized(Role.Auditor)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Who made the change, by name: the administrator's or the KEP employee's full name; null for a citizen (never named here), an API client, the system or an anonymous caller.",
  })
  actorName(@Root() entry: AuditEntryType, @Ctx() ctx: BaseContext): Promise<string | null> {
    return namesLoader(ctx).load({ actorKind: entry.actorKind, actorId: entry.actorId })
  }
}
