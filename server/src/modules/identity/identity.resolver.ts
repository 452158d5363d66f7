import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import type { CatalogContext } from '../catalog/index.js'
import { recordAudit } from '../audit/index.js'
import { AuditEntryActorName } from './actor-names.js'
import { createApiClient, listApiClients, revokeApiClient } from './api-client.service.js'
import {
  ApiClient,
  ApiClientPayload,
  CreateApiClientInput,
  CreateApiClientPayload,
  EmployeeAccount,
  EmployeeAccountPayload,
  LogoutPayload,
  Me,
  RevokeApiClientInput,
  UpdateEmployeeSettingsInput,
  UserRole,
} from './identity.types.js'
import {
  acknowledgeAcceptableUse,
  employeeAccount,
  updateEmployeeSettings,
} from './employee-account.service.js'
import { describePrincipal } from './login.service.js'
import { principalOf, revokeSession, revokeSessionsOf, sessionExpiry } from './session.service.js'

type Context = BaseContext & CatalogContext

@Resolver()
export class IdentityOperations {
  @Query(() => Me, {
    nullable: true,
    description: 'Who is logged in; null when nobody is (log in at /auth/login).',
  })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    const { actor } = ctx
    if (actor.kind === 'api_client') {
      return { role: UserRole.API_CLIENT, displayName: 'API client' }
    }
    const names = await describePrincipal(ctx.db, actor)
    if (!names || !('sessionId' in actor)) return null
    const sessionExpiresAt = await sessionExpiry(ctx.db, actor.sessionId)
    switch (actor.kind) {
      case 'citizen':
        return { role: UserRole.CITIZEN, ...names, sessionExpiresAt }
      case 'employee':
        return {
          role: actor.role === 'manager' ? UserRole.MANAGER : UserRole.STAFF,
          displayName: names.displayName,
          kep: await ctx.catalog.kep.load(actor.kepId),
          sessionExpiresAt,
        }
      case 'administrator':
        return {
          role: administratorUserRole[actor.role],
          displayName: names.displayName,
          sessionExpiresAt,
        }
      case 'officer':
        return {
          role: actor.municipalityId === null ? UserRole.OFFICIAL : UserRole.OFFICER,
          displayName: names.displayName,
          municipality:
            actor.municipalityId === null
              ? null
              : await ctx.catalog.municipality.load(actor.municipalityId),
          sessionExpiresAt,
        }
    }
  }

  @Authorized()
  @Mutation(() => LogoutPayload, { description: 'Ends this session (the browser forgets it too).' })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const { actor } = ctx
    if (!('sessionId' in actor)) return { endedSessions: 0 }
    await ctx.db.transaction(async (tx) => {
      await revokeSession(tx, ctx.clock, actor.sessionId)
      await recordAudit(tx, {
        actor,
        action: 'logout',
        entity: 'session',
        entityId: actor.sessionId,
        ip: ctx.ip,
        at: ctx.clock.now(),
      })
    })
    return { endedSessions: 1 }
  }

  @Authorized()
  @Mutation(() => LogoutPayload, {
    description: 'Ends every session of the logged-in person, on all devices, this one included.',
  })
  async logoutEverywhere(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const { actor } = ctx
    const principal = principalOf(actor)
    if (!principal) return { endedSessions: 0 }
    const endedSessions = await ctx.db.transaction(async (tx) => {
      const ended = await revokeSessionsOf(tx, ctx.clock, principal)
      await recordAudit(tx, {
        actor,
        action: 'logout_everywhere',
        entity: 'session',
        ip: ctx.ip,
        at: ctx.clock.now(),
        details: { endedSessions: ended },
      })
      return ended
    })
    return { endedSessions }
  }

  @Authorized(Role.Auditor)
  @Query(() => [ApiClient], { description: 'Every API client, newest first.' })
  apiClients(@Ctx() ctx: Context) {
    return listApiClients(ctx.db, ctx.actor)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => CreateApiClientPayload, {
    description: 'A key for a third party (e.g. the national portal); the key is shown once.',
  })
  createApiClient(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateApiClientInput) input: CreateApiClientInput,
  ) {
    return createApiClient(ctx.db, ctx.clock, ctx.actor, input, ctx.ip)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => ApiClientPayload, { description: 'Revokes a key at once.' })
  async revokeApiClient(
    @Ctx() ctx: Context,
    @Arg('input', () => RevokeApiClientInput) input: RevokeApiClientInput,
  ): Promise<ApiClientPayload> {
    return { client: await revokeApiClient(ctx.db, ctx.clock, ctx.actor, input.id, ctx.ip) }
  }
}

/** Issue 14 items 4, 5: an employee's own settings, read and changed by themselves only. */
@Resolver(() => Me)
export class EmployeeAccountOperations {
  @FieldResolver(() => EmployeeAccount, {
    nullable: true,
    description: "The logged-in employee's own settings; null for anyone else.",
  })
  async employeeAccount(@Ctx() ctx: Context): Promise<EmployeeAccount | null> {
    if (ctx.actor.kind !== 'employee') return null
    return employeeAccount(ctx.db, ctx.actor)
  }

  @Authorized(Role.Staff)
  @Mutation(() => EmployeeAccountPayload, {
    description:
      'The logged-in employee acknowledges the acceptable-use notice of Art. 7.2 (e-KEP ' +
      "information used only for the service's purpose); audited. Again: keeps the first time.",
  })
  async acknowledgeAcceptableUse(@Ctx() ctx: Context): Promise<EmployeeAccountPayload> {
    return { account: await acknowledgeAcceptableUse(ctx.db, ctx.clock, ctx.actor, ctx.ip) }
  }

  @Authorized(Role.Staff)
  @Mutation(() => EmployeeAccountPayload, {
    description: "Changes the logged-in employee's own settings (the morning summary, language).",
  })
  async updateEmployeeSettings(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateEmployeeSettingsInput) input: UpdateEmployeeSettingsInput,
  ): Promise<EmployeeAccountPayload> {
    return {
      account: await updateEmployeeSettings(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    }
  }
}

const administratorUserRole = {
  administrator: UserRole.ADMINISTRATOR,
  operator: UserRole.OPERATOR,
  auditor: UserRole.AUDITOR,
} as const

export const identityResolvers = [
  IdentityOperations,
  EmployeeAccountOperations,
  AuditEntryActorName,
] as const
