import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql'
import { isAdministrator, Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { DomainError, validationFailed } from '../../platform/errors.js'
import { listAuditLog } from './audit.service.js'
import { AuditLogFilter, AuditLogPage } from './audit.types.js'

@Resolver()
export class AuditQueries {
  @Authorized(Role.Auditor)
  @Query(() => AuditLogPage, {
    description:
      'The audit trail for administrators (R3.5, R7.2): filters and pages, newest first.',
  })
  async auditLog(
    @Ctx() ctx: BaseContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditLogPage> {
    // The gate says administrators (AUDITORs too); this keeps the rule if the gate is edited.
    if (!isAdministrator(ctx.actor, 'auditor')) {
      throw new DomainError('FORBIDDEN', {
        el: 'Μόνο οι διαχειριστές βλέπουν το ημερολόγιο ελέγχου.',
        en: 'Only administrators see the audit trail.',
      })
    }
    if (!Number.isInteger(first) || first < 1 || first > 200) {
      throw validationFailed([
        {
          field: 'first',
          reason: 'out_of_range',
          message: { el: 'Από 1 έως 200 εγγραφές.', en: 'From 1 to 200 entries.' },
        },
      ])
    }
    const page = await listAuditLog(ctx.db, ctx.clock, filter ?? {}, first, after)
    return {
      entries: page.entries,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    }
  }
}

export const auditResolvers = [AuditQueries] as const
