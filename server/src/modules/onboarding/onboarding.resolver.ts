import { LocalDateResolver } from 'graphql-scalars'
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { ImpactInput } from '../administration/index.js'
import * as applications from './applications.service.js'
import * as departures from './departures.service.js'
import * as officers from './officers.service.js'
import * as running from './running.service.js'
import {
  ApplicationCommentInput,
  GrantMunicipalityOfficerInput,
  MunicipalKepUsage,
  MunicipalProcedure,
  MunicipalProcedureInput,
  MunicipalProcedurePayload,
  MunicipalityApplication,
  MunicipalityApplicationFilter,
  MunicipalityApplicationPage,
  MunicipalityApplicationPayload,
  MunicipalityImpactPayload,
  MunicipalityOfficer,
  MunicipalityOfficerPayload,
  OfficerMunicipality,
  SaveMunicipalityApplicationInput,
  StartMunicipalityApplicationInput,
  SuspendMunicipalityInput,
  WithdrawMunicipalityInput,
} from './onboarding.types.js'

// Issue 18: the officers, the applications and their review, running a municipality's
// procedures, and leaving. Record-level rules (whose application, which municipality) are in
// the services; the gates here are the coarse roles.

@Resolver()
export class MunicipalityOfficersResolver {
  @Authorized(Role.Auditor)
  @Query(() => [MunicipalityOfficer], {
    description:
      'The municipalities’ officers, of one municipality or all (the ministry’s administrators).',
  })
  async municipalityOfficers(
    @Ctx() ctx: BaseContext,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId?: string | null,
  ): Promise<MunicipalityOfficer[]> {
    return officers.listOfficers(ctx.db, ctx.clock, ctx.actor, municipalityId ?? null, ctx.ip)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => MunicipalityOfficerPayload, {
    description:
      'Makes a person (by ΑΦΜ) an officer of a municipality (ADMINISTRATOR); they log in through the public-administration login.',
  })
  async grantMunicipalityOfficer(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => GrantMunicipalityOfficerInput) input: GrantMunicipalityOfficerInput,
  ): Promise<MunicipalityOfficerPayload> {
    return { officer: await officers.grantOfficer(ctx.db, ctx.clock, ctx.actor, input, ctx.ip) }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => MunicipalityOfficerPayload, {
    description: 'Ends an officer’s role (ADMINISTRATOR); their sessions end.',
  })
  async revokeMunicipalityOfficer(
    @Ctx() ctx: BaseContext,
    @Arg('officerId', () => ID) officerId: string,
  ): Promise<MunicipalityOfficerPayload> {
    return {
      officer: await officers.revokeOfficer(ctx.db, ctx.clock, ctx.actor, officerId, ctx.ip),
    }
  }
}

@Resolver()
export class MunicipalityApplicationsResolver {
  @Authorized(Role.Official)
  @Query(() => [MunicipalityApplication], {
    description:
      'The applications the caller started, and (an officer) those of their municipality, newest first.',
  })
  async myMunicipalityApplications(@Ctx() ctx: BaseContext): Promise<MunicipalityApplication[]> {
    return applications.myApplications(ctx.db, ctx.actor)
  }

  @Authorized(Role.Official, Role.Auditor)
  @Query(() => MunicipalityApplication, {
    description:
      'One application: its applicant, the municipality’s officers and the ministry’s administrators (NOT_FOUND for anyone else).',
  })
  async municipalityApplication(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<MunicipalityApplication> {
    return applications.getApplication(ctx.db, ctx.clock, ctx.actor, id, ctx.ip)
  }

  @Authorized(Role.Auditor)
  @Query(() => MunicipalityApplicationPage, {
    description:
      'The ministry’s queue of applications (R5.1), by status, oldest submission first (administrators; AUDITORs read).',
  })
  async municipalityApplications(
    @Ctx() ctx: BaseContext,
    @Arg('filter', () => MunicipalityApplicationFilter, { nullable: true })
    filter?: MunicipalityApplicationFilter,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number = 25,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<MunicipalityApplicationPage> {
    return applications.listApplications(ctx.db, ctx.actor, filter ?? {}, first, after)
  }

  @Authorized(Role.Official)
  @Mutation(() => MunicipalityApplicationPayload, {
    description:
      'Starts a DRAFT application for a municipality with the mayor’s decision number (anyone of the public-administration login; an officer for their own municipality only).',
  })
  async startMunicipalityApplication(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => StartMunicipalityApplicationInput)
    input: StartMunicipalityApplicationInput,
  ): Promise<MunicipalityApplicationPayload> {
    return {
      application: await applications.startApplication(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    }
  }

  @Authorized(Role.Official)
  @Mutation(() => MunicipalityApplicationPayload, {
    description: 'Saves a DRAFT (or CHANGES_REQUESTED) application; formats are checked.',
  })
  async saveMunicipalityApplication(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => SaveMunicipalityApplicationInput) input: SaveMunicipalityApplicationInput,
  ): Promise<MunicipalityApplicationPayload> {
    return {
      application: await applications.saveApplication(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    }
  }

  @Authorized(Role.Official)
  @Mutation(() => MunicipalityApplicationPayload, {
    description:
      'Submits the application: every field checked (VALIDATION_FAILED field by field); then it can no longer be edited, only withdrawn. Emails the contact person.',
  })
  async submitMunicipalityApplication(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<MunicipalityApplicationPayload> {
    return {
      application: await applications.submitApplication(ctx.db, ctx.clock, ctx.actor, id, ctx.ip),
    }
  }

  @Authorized(Role.Official)
  @Mutation(() => MunicipalityApplicationPayload, {
    description: 'Withdraws an application not yet decided (its applicant or an officer).',
  })
  async withdrawMunicipalityApplication(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<MunicipalityApplicationPayload> {
    return {
      application: await applications.withdrawApplication(ctx.db, ctx.clock, ctx.actor, id, ctx.ip),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => MunicipalityApplicationPayload, {
    description:
      'Approves a SUBMITTED application (ADMINISTRATOR, not its own applicant): in one transaction the municipality participates, its new KEPs, employees and procedures exist, its applicant becomes its officer. Emails the contact person.',
  })
  async approveMunicipalityApplication(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<MunicipalityApplicationPayload> {
    return {
      application: await applications.approveApplication(ctx.db, ctx.clock, ctx.actor, id, ctx.ip),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => MunicipalityApplicationPayload, {
    description:
      'Rejects a SUBMITTED application with a reason (ADMINISTRATOR). Emails the contact person.',
  })
  async rejectMunicipalityApplication(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<MunicipalityApplicationPayload> {
    return {
      application: await applications.rejectApplication(
        ctx.db,
        ctx.clock,
        ctx.actor,
        id,
        reason,
        ctx.ip,
      ),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => MunicipalityApplicationPayload, {
    description:
      'Sends a SUBMITTED application back with comments per section (ADMINISTRATOR); it becomes editable again. Emails the contact person.',
  })
  async requestMunicipalityApplicationChanges(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
    @Arg('comments', () => [ApplicationCommentInput]) comments: ApplicationCommentInput[],
  ): Promise<MunicipalityApplicationPayload> {
    return {
      application: await applications.requestChanges(
        ctx.db,
        ctx.clock,
        ctx.actor,
        id,
        comments,
        ctx.ip,
      ),
    }
  }
}

@Resolver()
export class MunicipalityOperationsResolver {
  @Authorized(Role.Officer)
  @Query(() => OfficerMunicipality, { description: 'The officer’s own municipality.' })
  async myMunicipality(@Ctx() ctx: BaseContext): Promise<OfficerMunicipality> {
    return running.myMunicipality(ctx.db, ctx.actor)
  }

  @Authorized(Role.Officer)
  @Query(() => [MunicipalProcedure], {
    description: 'The officer’s municipality’s procedures, retired ones included.',
  })
  async municipalProcedures(@Ctx() ctx: BaseContext): Promise<MunicipalProcedure[]> {
    return running.listProcedures(ctx.db, ctx.actor)
  }

  @Authorized(Role.Officer)
  @Mutation(() => MunicipalProcedurePayload, {
    description: 'Adds a procedure of the officer’s municipality, offered at once.',
  })
  async createMunicipalProcedure(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => MunicipalProcedureInput) input: MunicipalProcedureInput,
  ): Promise<MunicipalProcedurePayload> {
    return {
      procedure: await running.createProcedure(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    }
  }

  @Authorized(Role.Officer)
  @Mutation(() => MunicipalProcedurePayload, {
    description:
      'Changes a procedure of the officer’s municipality (NOT_FOUND for another municipality’s).',
  })
  async updateMunicipalProcedure(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MunicipalProcedureInput) input: MunicipalProcedureInput,
  ): Promise<MunicipalProcedurePayload> {
    return {
      procedure: await running.updateProcedure(ctx.db, ctx.clock, ctx.actor, id, input, ctx.ip),
    }
  }

  @Authorized(Role.Officer)
  @Mutation(() => MunicipalProcedurePayload, {
    description:
      'Retires a procedure of the officer’s municipality: no longer offered, kept on its bookings.',
  })
  async retireMunicipalProcedure(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<MunicipalProcedurePayload> {
    return {
      procedure: await running.retireProcedure(ctx.db, ctx.clock, ctx.actor, id, ctx.ip),
    }
  }

  @Authorized(Role.Officer)
  @Query(() => [MunicipalKepUsage], {
    description: 'The use of the officer’s municipality’s KEPs over a range of days (≤ 366).',
  })
  async municipalKepUsage(
    @Ctx() ctx: BaseContext,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
  ): Promise<MunicipalKepUsage[]> {
    return running.kepUsage(ctx.db, ctx.actor, from, to)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => MunicipalityImpactPayload, {
    description:
      'Suspends a municipality from a date (ADMINISTRATOR): first a preview of its future bookings’ fate, then apply with its token (STALE_PREVIEW if they changed).',
  })
  async suspendMunicipality(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => SuspendMunicipalityInput) input: SuspendMunicipalityInput,
    @Arg('impact', () => ImpactInput) impact: ImpactInput,
  ): Promise<MunicipalityImpactPayload> {
    return departures.suspendMunicipality(ctx.db, ctx.clock, ctx.actor, input, impact, ctx.ip)
  }

  @Authorized(Role.Officer)
  @Mutation(() => MunicipalityImpactPayload, {
    description:
      'The officer withdraws their municipality from a date: preview, then apply with its token, as suspendMunicipality.',
  })
  async withdrawMunicipality(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => WithdrawMunicipalityInput) input: WithdrawMunicipalityInput,
    @Arg('impact', () => ImpactInput) impact: ImpactInput,
  ): Promise<MunicipalityImpactPayload> {
    return departures.withdrawMunicipality(ctx.db, ctx.clock, ctx.actor, input, impact, ctx.ip)
  }
}

export const onboardingResolvers = [
  MunicipalityOfficersResolver,
  MunicipalityApplicationsResolver,
  MunicipalityOperationsResolver,
] as const
