import { DateTimeResolver } from 'graphql-scalars'
import { Ctx, Field, ID, Int, ObjectType, Query, Resolver, Arg, Authorized } from 'type-graphql'
import { isAdministrator, Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { DomainError } from '../../platform/errors.js'
import { listOutboxFailures } from './outbox.service.js'
import { OutboxAdminResolver } from './outbox-admin.resolver.js'

@ObjectType({
  description: 'An email the outbox gave up on (an address refused, or too many tries).',
})
export class OutboxFailure {
  @Field(() => ID)
  id!: string

  @Field(() => ID, { nullable: true })
  bookingId!: string | null

  @Field({ description: 'booked, rescheduled, cancelled, reminder_<minutes>' })
  kind!: string

  @Field(() => Int)
  version!: number

  @Field(() => Int)
  attempts!: number

  @Field(() => String, { nullable: true, description: "The mail server's last answer." })
  lastError!: string | null

  @Field(() => DateTimeResolver)
  dueAt!: Date

  @Field(() => DateTimeResolver)
  createdAt!: Date
}

@Resolver()
export class NotificationsQueries {
  @Authorized(Role.Auditor)
  @Query(() => [OutboxFailure], {
    description: 'Emails that could not be delivered, newest first (administrators).',
  })
  async outboxFailures(
    @Ctx() ctx: BaseContext,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number = 100,
  ): Promise<OutboxFailure[]> {
    if (ctx.actor.kind === 'anonymous') {
      throw new DomainError('UNAUTHENTICATED', {
        el: 'Συνδεθείτε για να συνεχίσετε.',
        en: 'Please log in to continue.',
      })
    }
    if (!isAdministrator(ctx.actor, 'auditor')) {
      throw new DomainError('FORBIDDEN', {
        el: 'Μόνο οι διαχειριστές βλέπουν τα email που δεν παραδόθηκαν.',
        en: 'Only administrators see undelivered emails.',
      })
    }
    return listOutboxFailures(ctx.db, first)
  }
}

export const notificationsResolvers = [NotificationsQueries, OutboxAdminResolver] as const
