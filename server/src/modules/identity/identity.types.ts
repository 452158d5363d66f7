import { DateTimeResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { KepType, MunicipalityType } from '../catalog/index.js'

export enum UserRole {
  CITIZEN = 'citizen',
  STAFF = 'staff',
  MANAGER = 'manager',
  /** Art. 3.5's special roles of the ministry's administrators. */
  ADMINISTRATOR = 'administrator',
  OPERATOR = 'operator',
  AUDITOR = 'auditor',
  /** Issue 18: a municipality's officer (their municipality in `municipality`). */
  OFFICER = 'officer',
  /** Issue 18: someone of the public administration with no role: may apply to join. */
  OFFICIAL = 'official',
  API_CLIENT = 'api_client',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'The role our own tables give the caller (never the identity provider).',
})

export enum ApiScopeEnum {
  CATALOG_READ = 'catalog:read',
  AVAILABILITY_READ = 'availability:read',
}
registerEnumType(ApiScopeEnum, {
  name: 'ApiScope',
  description: 'What an API key may read: the public catalog, and availability.',
})

@ObjectType({ description: 'Who is logged in.' })
export class Me {
  @Field(() => UserRole)
  role!: UserRole

  @Field(() => String, { description: 'The name to greet the person with.' })
  displayName!: string

  @Field(() => String, { nullable: true, description: 'Citizens only.' })
  firstName?: string | null

  @Field(() => String, { nullable: true, description: 'Citizens only.' })
  lastName?: string | null

  @Field(() => KepType, { nullable: true, description: 'The KEP of an employee or manager.' })
  kep?: unknown

  @Field(() => MunicipalityType, {
    nullable: true,
    description: 'The municipality of an officer (issue 18).',
  })
  municipality?: unknown

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the session ends if left idle; the apps warn before it does.',
  })
  sessionExpiresAt?: Date | null
}

@ObjectType({
  description:
    "An employee's own settings (issue 14 items 4, 5): the acceptable-use notice, the morning summary.",
})
export class EmployeeAccount {
  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      'When they acknowledged the acceptable-use notice (Art. 7.2); null: not yet, and until then ' +
      'every operation but me, acknowledgeAcceptableUse and logout answers ACCEPTABLE_USE_REQUIRED.',
  })
  acceptableUseAcknowledgedAt!: Date | null

  @Field(() => Boolean, {
    description: "Whether they get the morning email listing their day's appointments.",
  })
  morningSummary!: boolean

  @Field(() => String, { description: 'The language of their emails: "el" or "en".' })
  emailLocale!: string
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateEmployeeSettingsInput {
  @Field(() => Boolean, { nullable: true })
  morningSummary?: boolean | null

  @Field(() => String, { nullable: true, description: '"el" (Greek) or "en" (English).' })
  emailLocale?: string | null
}

@ObjectType()
export class EmployeeAccountPayload {
  @Field(() => EmployeeAccount)
  account!: EmployeeAccount
}

@ObjectType({ description: 'A third party reading the public API with a key of its own.' })
export class ApiClient {
  @Field(() => ID)
  id!: string

  @Field(() => String)
  name!: string

  @Field(() => String, { description: 'The public start of the key, to tell keys apart.' })
  keyPrefix!: string

  @Field(() => [ApiScopeEnum])
  scopes!: string[]

  @Field(() => Int)
  rateLimitPerMinute!: number

  @Field(() => DateTimeResolver)
  createdAt!: Date

  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt!: Date | null
}

@InputType()
export class CreateApiClientInput {
  @Field(() => String, { description: 'Who the key is for, e.g. "gov.gr portal".' })
  name!: string

  @Field(() => [ApiScopeEnum])
  scopes!: ApiScopeEnum[]

  @Field(() => Int, { nullable: true, description: 'Requests a minute; 600 if not given.' })
  rateLimitPerMinute?: number | null
}

@ObjectType()
export class CreateApiClientPayload {
  @Field(() => ApiClient)
  client!: ApiClient

  @Field(() => String, {
    description: 'The key, shown this once only: send it as "Authorization: Bearer <key>".',
  })
  key!: string
}

@InputType()
export class RevokeApiClientInput {
  @Field(() => ID)
  id!: string
}

@ObjectType()
export class ApiClientPayload {
  @Field(() => ApiClient)
  client!: ApiClient
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Int, { description: 'How many sessions were ended.' })
  endedSessions!: number
}
