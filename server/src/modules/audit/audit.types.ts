import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType } from 'type-graphql'

@ObjectType({ description: 'One entry of the audit trail (R7.2).' })
export class AuditEntry {
  @Field(() => ID, {
    nullable: true,
    description:
      'The position in the chain (gapless); null for an entry written in the last seconds, until the sealer chains it.',
  })
  seq!: number | null

  @Field(() => DateTimeResolver)
  at!: Date

  @Field(() => String, {
    description: 'citizen, employee, administrator, api_client, system, anonymous.',
  })
  actorKind!: string

  @Field(() => ID, { nullable: true })
  actorId!: string | null

  @Field(() => String)
  action!: string

  @Field(() => String)
  entity!: string

  @Field(() => String, { nullable: true })
  entityId!: string | null

  @Field(() => String, { nullable: true })
  ipAddress!: string | null

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'Extra facts; never personal identifiers in clear.',
  })
  details!: Record<string, unknown> | null

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the previous hash and this entry; null until sealed.',
  })
  hash!: string | null
}

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  actorKind?: string | null

  @Field(() => ID, { nullable: true })
  actorId?: string | null

  @Field(() => String, { nullable: true })
  action?: string | null

  @Field(() => String, { nullable: true })
  entity?: string | null

  @Field(() => String, { nullable: true })
  entityId?: string | null

  @Field(() => DateTimeResolver, { nullable: true, description: 'From this instant (inclusive).' })
  from?: Date | null

  @Field(() => DateTimeResolver, { nullable: true, description: 'Until this instant (exclusive).' })
  to?: Date | null
}

@ObjectType()
export class AuditPageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null
}

@ObjectType()
export class AuditLogPage {
  @Field(() => [AuditEntry], { description: 'Newest first (in the order they were written).' })
  entries!: AuditEntry[]

  @Field(() => AuditPageInfo)
  pageInfo!: AuditPageInfo
}
