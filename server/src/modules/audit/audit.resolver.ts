import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql'
import { isAdministrator, Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { DomainError, validationFailed } from '../../platform/errors.js'
import { auditChainStatus } from './audit.chain.js'
import { auditFilterFacts, auditFilterProblems } from './audit.filter.js'
import { listAuditLog, recordAudit } from './audit.service.js'
import { AuditChainStatus, AuditLogFilter, AuditLogPage } from './audit.types.js'

/** The gate says administrators (AUDITORs too); this keeps the rule if the gate is edited. */
function assertAdministrator(ctx: BaseContext) {
  if (!isAdministrator(ctx.actor, 'auditor')) {
    throw new DomainError('FORBIDDEN', {
      el: 'Μόνο οι διαχειριστές βλέπουν το ημερολόγιο ελέγχου.',
      en: 'Only administrators see the audit trail.',
    })
  }
}

@Resolver()
export class AuditQueries {
  @Authorized(Role.Auditor)
  @Query(() => AuditLogPage, {
    description:
      'The audit trail for administrators (R3.5, R7.2): filters and pages, newest first. Every page read is itself audited (`audit_log.read`, with the filter).',
  })
  async auditLog(
    @Ctx() ctx: BaseContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditLogPage> {
    assertAdministrator(ctx)
    // An actorId that is no UUID names nobody: an empty page, as before (issue 11's fuzz test).
    const problems = auditFilterProblems(filter ?? {}).filter((p) => p.field !== 'actorId')
    if (!Number.isInteger(first) || first < 1 || first > 200) {
      problems.push({
        field: 'first',
        reason: 'out_of_range',
        message: { el: 'Από 1 έως 200 εγγραφές.', en: 'From 1 to 200 entries.' },
      })
    }
    if (problems.length > 0) throw validationFailed(problems)
    const page = await listAuditLog(ctx.db, ctx.clock, filter ?? {}, first, after)
    // Issue 17 item 4 (R7.2): who read which part of the trail. Written after the page is read,
    // so a page never lists its own read.
    await recordAudit(ctx.db, {
      actor: ctx.actor,
      action: 'audit_log.read',
      entity: 'audit_log',
      ip: ctx.ip,
      at: ctx.clock.now(),
      details: {
        filter: auditFilterFacts(filter ?? {}),
        first,
        page: after ? 'next' : 'first',
        entries: page.entries.length,
      },
    })
    return {
      entries: page.entries,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    }
  }

  @Authorized(Role.Auditor)
  @Query(() => AuditChainStatus, {
    description:
      "The audit chain's verification (R7.2): the rows sealed since the last good check, or the whole chain with `full` (what `pnpm audit:verify` does). Names the first bad row. Audited.",
  })
  async auditChainStatus(
    @Ctx() ctx: BaseContext,
    @Arg('full', () => Boolean, { defaultValue: false }) full: boolean = false,
  ): Promise<AuditChainStatus> {
    assertAdministrator(ctx)
    const status = await auditChainStatus(ctx.db, full, ctx.clock.now())
    const { check } = status
    await recordAudit(ctx.db, {
      actor: ctx.actor,
      action: 'audit_chain.verify',
      entity: 'audit_log',
      ip: ctx.ip,
      at: ctx.clock.now(),
      details: {
        full,
        fromSeq: status.fromSeq,
        ok: check.ok,
        rows: check.rows,
        ...(check.ok ? {} : { badSeq: check.badSeq }),
      },
    })
    return {
      ok: check.ok,
      verifiedRows: check.rows,
      fromSeq: status.fromSeq,
      badSeq: check.ok ? null : check.badSeq,
      reason: check.ok ? null : check.reason,
      lastHash: check.ok ? check.lastHash : null,
      unsealed: check.unsealed,
      oldestUnsealedAgeSeconds: check.oldestUnsealedAgeSeconds,
      checkpointMonth: check.checkpoint?.month ?? null,
      checkedAt: status.checkedAt,
    }
  }
}

export const auditResolvers = [AuditQueries] as const
