import { LocalDateResolver } from 'graphql-scalars'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'

export enum ParticipationStatus {
  APPLIED = 'applied',
  PARTICIPATING = 'participating',
  SUSPENDED = 'suspended',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description: 'Where a municipality stands in the programme (R5.1–R5.3).',
})

/** The four thematic fields of Article 4, fixed by the decision. */
export enum ServiceCategoryCode {
  INFORMATION = 'information',
  BUSINESS = 'business',
  DISABILITY = 'disability',
  MUNICIPAL = 'municipal',
}
registerEnumType(ServiceCategoryCode, {
  name: 'ServiceCategoryCode',
  description: 'The thematic fields of Article 4 (R4.1–R4.4).',
})

@ObjectType({ description: 'A text in Greek and in English.' })
export class LocalizedText {
  @Field()
  el!: string

  @Field()
  en!: string
}

@ObjectType({ description: 'A list of texts in Greek and in English, item by item.' })
export class LocalizedTextList {
  @Field(() => [String])
  el!: string[]

  @Field(() => [String])
  en!: string[]
}

export enum ProcedureDocumentKind {
  IDENTITY = 'identity',
  UPLOAD = 'upload',
  SHOW = 'show',
}
registerEnumType(ProcedureDocumentKind, {
  name: 'ProcedureDocumentKind',
  description:
    'Issue 16 item 2: how a required document is given — IDENTITY: shown to the camera for the identity check; UPLOAD: uploaded with the booking; SHOW: at hand in the call, to show or read out.',
})

@ObjectType({ description: 'A document a procedure needs, and how the citizen gives it.' })
export class ProcedureDocument {
  @Field(() => LocalizedText)
  name!: LocalizedText

  @Field(() => ProcedureDocumentKind)
  kind!: ProcedureDocumentKind
}

@ObjectType({ description: 'A municipality (δήμος).' })
export class Municipality {
  @Field(() => ID)
  id!: string

  @Field({ description: 'A stable short code, e.g. "athens".' })
  code!: string

  @Field(() => ParticipationStatus)
  participation!: ParticipationStatus

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it joined myKEPlive.' })
  joinedOn!: string | null
}

@ObjectType({ description: 'A Citizen Service Centre (Κέντρο Εξυπηρέτησης Πολιτών).' })
export class Kep {
  @Field(() => ID)
  id!: string

  @Field({ description: 'The KEP number, e.g. "KEP-0001".' })
  code!: string

  @Field()
  postalCode!: string

  @Field()
  phone!: string

  @Field()
  email!: string
}

@ObjectType({ description: 'A thematic field of service (R4.1–R4.4) and its call parameters.' })
export class ServiceCategory {
  @Field(() => ID)
  id!: string

  @Field(() => ServiceCategoryCode)
  code!: ServiceCategoryCode

  @Field({
    description: 'True for the municipal field: a KEP of the municipality is required (R4.4).',
  })
  municipal!: boolean

  // resolved by the scheduling module, which owns the versions' rule (parametersInForce)
  @Field(() => Int, {
    description:
      'Length of a video call in minutes (longer for R4.3): the parameters in force now, as a booking made now gets them.',
  })
  callMinutes!: number
}

@ObjectType({ description: 'A procedure a KEP handles over a video call.' })
export class Procedure {
  @Field(() => ID)
  id!: string

  @Field()
  code!: string
}
