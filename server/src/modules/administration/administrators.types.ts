import { DateTimeResolver } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql'

// The ministry's administrators and their roles (Art. 3.5), as the API shows them.

export enum AdministratorRoleName {
  ADMINISTRATOR = 'administrator',
  OPERATOR = 'operator',
  AUDITOR = 'auditor',
}
registerEnumType(AdministratorRoleName, {
  name: 'AdministratorRole',
  description:
    'Art. 3.5: ADMINISTRATOR changes everything (roles and parameters included); OPERATOR hours, closures, extraordinary hours, employees and their availability; AUDITOR reads everything and changes nothing.',
})

@ObjectType({ description: 'One of the ministry’s administrators (Art. 3.5).' })
export class Administrator {
  @Field(() => ID)
  id!: string

  @Field()
  fullName!: string

  @Field()
  email!: string

  @Field(() => String, {
    nullable: true,
    description: 'Tax number (ΑΦΜ); null for one registered before it was asked.',
  })
  taxId!: string | null

  @Field(() => AdministratorRoleName)
  role!: AdministratorRoleName

  @Field({ description: 'false: deactivated, cannot log in.' })
  active!: boolean

  @Field({
    description:
      'Added by tax number and not logged in yet (the first login links the GSIS account).',
  })
  awaitingFirstLogin!: boolean

  @Field({ description: 'The administrator asking (who cannot change their own role).' })
  you!: boolean

  @Field(() => DateTimeResolver)
  createdAt!: Date
}

@InputType()
export class AddAdministratorInput {
  @Field({ description: 'Tax number (ΑΦΜ), nine digits with its check digit.' })
  taxId!: string

  @Field()
  fullName!: string

  @Field()
  email!: string

  @Field(() => AdministratorRoleName)
  role!: AdministratorRoleName
}

@InputType()
export class SetAdministratorRoleInput {
  @Field(() => ID)
  administratorId!: string

  @Field(() => AdministratorRoleName)
  role!: AdministratorRoleName
}

@InputType()
export class DeactivateAdministratorInput {
  @Field(() => ID)
  administratorId!: string
}

@ObjectType()
export class AdministratorPayload {
  @Field(() => Administrator)
  administrator!: Administrator
}
