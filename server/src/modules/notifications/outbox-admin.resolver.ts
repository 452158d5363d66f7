import { DateTimeResolver } from 'graphql-scalars'
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import {
  listUndeliveredMail,
  mailCounts,
  markMailHandled,
  retryAllUndeliveredMail,
  retryUndeliveredMail,
} from './outbox-admin.service.js'

// Issue 17 item 6: undelivered mail for the ministry's administrators. Every administrator
// (AUDITORs, OPERATORs too) reads; only ADMINISTRATORs retry or mark handled.

@ObjectType({ description: 'An email the outbox gave up on, as administrators see it (issue 17).' })
export class UndeliveredMail {
  @Field(() => ID)
  id!: string

  @Field(() => String, {
    description: 'booked, rescheduled, cancelled, reminder_<minutes>, morning_summary, …',
  })
  kind!: string

  @Field(() => ID, { nullable: true })
  bookingId!: string | null

  @Field(() => String, { nullable: true, description: "The booking's reference, if any." })
  bookingReference!: string | null

  @Field(() => String, { description: 'The address, masked: g***@e***.gr.' })
  recipientMasked!: string

  @Field(() => String)
  locale!: string

  @Field(() => Int)
  attempts!: number

  @Field(() => String, { nullable: true, description: "The mail server's last answer." })
  lastError!: string | null

  @Field(() => DateTimeResolver, { nullable: true })
  lastAttemptAt!: Date | null

  @Field(() => DateTimeResolver)
  dueAt!: Date

  @Field(() => DateTimeResolver)
  createdAt!: Date
}

@ObjectType()
export class UndeliveredMailPageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean

  @Field(() => String, { nullable: true })
  endCursor!: string | null
}

@ObjectType()
export class UndeliveredMailPage {
  @Field(() => [UndeliveredMail], { description: 'Newest first.' })
  entries!: UndeliveredMail[]

  @Field(() => UndeliveredMailPageInfo)
  pageInfo!: UndeliveredMailPageInfo
}

@ObjectType({ description: "The outbox's counts for the administrators' home page." })
export class MailCounts {
  @Field(() => Int, { description: 'Waiting to be sent.' })
  pending!: number

  @Field(() => Int, { description: 'Sent today (Athens time).' })
  sentToday!: number

  @Field(() => Int, { description: 'Given up on today (Athens time).' })
  failedToday!: number

  @Field(() => Int, { description: 'Failed and not marked handled: the list.' })
  undelivered!: number
}

@Resolver()
export class OutboxAdminResolver {
  @Authorized(Role.Auditor)
  @Query(() => UndeliveredMailPage, {
    description:
      'Emails that could not be delivered and are not marked handled, newest first, addresses masked (administrators; audited).',
  })
  async undeliveredMail(
    @Ctx() ctx: BaseContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<UndeliveredMailPage> {
    const page = await listUndeliveredMail(ctx.db, ctx.clock, ctx.actor, first, after, ctx.ip)
    return {
      entries: page.entries,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    }
  }

  @Authorized(Role.Auditor)
  @Query(() => MailCounts, {
    description: 'Emails pending now, sent today and failed today (administrators).',
  })
  async mailCounts(@Ctx() ctx: BaseContext): Promise<MailCounts> {
    return mailCounts(ctx.db, ctx.clock)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => UndeliveredMail, {
    description:
      'Sends a failed email again: back to the queue, due now, the same row (never a second email). CONFLICT when it is no longer failed.',
  })
  async retryUndeliveredMail(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<UndeliveredMail> {
    return retryUndeliveredMail(ctx.db, ctx.clock, ctx.actor, id, ctx.ip)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => Int, {
    description: 'Sends every undelivered email again; returns how many went back to the queue.',
  })
  async retryAllUndeliveredMail(@Ctx() ctx: BaseContext): Promise<number> {
    return retryAllUndeliveredMail(ctx.db, ctx.clock, ctx.actor, ctx.ip)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => UndeliveredMail, {
    description:
      'Marks a failed email handled, with a note: it leaves the list and stays in the history.',
  })
  async markMailHandled(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
  ): Promise<UndeliveredMail> {
    return markMailHandled(ctx.db, ctx.clock, ctx.actor, id, note, ctx.ip)
  }
}
