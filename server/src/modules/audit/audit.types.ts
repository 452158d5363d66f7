import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql'

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

  @Field(() => String, {
    nullable: true,
    description:
      "The actor's role when they did it (administrator, operator, auditor, staff, manager); null for other actors and for entries before issue 17.",
  })
  actorRole!: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'The KEP the entry concerns, when known (entries since issue 17).',
  })
  kepId!: string | null

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

  @Field(() => String, {
    nullable: true,
    description: "The previous entry's hash (genesis: 64 zeros); null until sealed.",
  })
  prevHash!: string | null
}

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  actorKind?: string | null

  @Field(() => ID, { nullable: true })
  actorId?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'administrator, operator, auditor, staff or manager (entries since issue 17).',
  })
  actorRole?: string | null

  @Field(() => ID, { nullable: true, description: 'Entries about this KEP (since issue 17).' })
  kepId?: string | null

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

@ObjectType({
  description:
    "The audit chain's verification (R7.2), as `pnpm audit:verify` reports it: good up to a row, or the first bad row.",
})
export class AuditChainStatus {
  @Field(() => Boolean, { description: 'Every sealed row checked is unchanged and in place.' })
  ok!: boolean

  @Field(() => Int, { description: 'Sealed rows found good, from the first.' })
  verifiedRows!: number

  @Field(() => Int, {
    description:
      'Where this check started: 0 for the whole chain, else after that row (incremental).',
  })
  fromSeq!: number

  @Field(() => Int, { nullable: true, description: 'The first bad row (changed, or missing).' })
  badSeq!: number | null

  @Field(() => String, { nullable: true, description: 'Why that row is bad (English).' })
  reason!: string | null

  @Field(() => String, { nullable: true, description: 'The hash of the last good row.' })
  lastHash!: string | null

  @Field(() => Int, { description: 'Rows written but not sealed yet.' })
  unsealed!: number

  @Field(() => Int)
  oldestUnsealedAgeSeconds!: number

  @Field(() => String, {
    nullable: true,
    description:
      'Issue 19: when the oldest months were dropped (retention), the month (YYYY-MM, UTC) whose checkpoint the chain is verified from; null while the chain starts at its genesis.',
  })
  checkpointMonth!: string | null

  @Field(() => DateTimeResolver)
  checkedAt!: Date
}
