import { DateTimeResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { ServiceCategoryCode } from '../catalog/index.js'

// The administration's view of the procedure tables (R4.1–R4.4): retired ones included, the
// texts as stored (one field per language, as the form edits them), the form link and PDF apart.

@InputType({ description: 'Which procedures to list; every given filter must match.' })
export class ProcedureFilterInput {
  @Field(() => ServiceCategoryCode, { nullable: true })
  category?: ServiceCategoryCode | null

  @Field(() => ID, { nullable: true, description: "One municipality's own procedures." })
  municipalityId?: string | null

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the national tables only; false: the municipal ones only.',
  })
  national?: boolean | null

  @Field(() => String, {
    nullable: true,
    description: 'Words of the title (Greek or English) or code; accents and case ignored.',
  })
  search?: string | null

  @Field(() => Boolean, { nullable: true, description: 'true: in use; false: retired.' })
  active?: boolean | null
}

@InputType({ description: "A procedure's code, texts, documents and form link." })
export class UpdateProcedureInput {
  @Field({ description: 'Unique, e.g. "INF-101": Latin capitals, digits, hyphens.' })
  code!: string

  @Field()
  titleEl!: string

  @Field()
  titleEn!: string

  @Field()
  descriptionEl!: string

  @Field()
  descriptionEn!: string

  @Field(() => [String], { description: 'What the citizen needs at hand, in Greek.' })
  requiredDocumentsEl!: string[]

  @Field(() => [String], {
    description: 'The same documents in English, one for one with the Greek list.',
  })
  requiredDocumentsEn!: string[]

  @Field(() => String, {
    nullable: true,
    description: 'A link (https) to the form (έντυπο); an uploaded PDF takes precedence.',
  })
  formUrl?: string | null
}

@InputType({ description: 'A new procedure of a national table or of a municipality’s table.' })
export class CreateProcedureInput extends UpdateProcedureInput {
  @Field(() => ServiceCategoryCode)
  category!: ServiceCategoryCode

  @Field(() => ID, {
    nullable: true,
    description: 'Required for the municipal field (R4.4); none for the national fields.',
  })
  municipalityId?: string | null
}

@ObjectType({ description: "A procedure's form (έντυπο) uploaded as a PDF." })
export class ProcedureForm {
  @Field()
  fileName!: string

  @Field(() => Int)
  sizeBytes!: number

  @Field({ description: 'SHA-256 of the file, hex (also the download’s ETag).' })
  sha256!: string

  @Field(() => DateTimeResolver)
  uploadedAt!: Date

  @Field({ description: 'Where anyone downloads it (relative to the service’s address).' })
  url!: string
}

@ObjectType({ description: 'The last change of a record, for the line "changed by … on …".' })
export class ProcedureChange {
  @Field(() => DateTimeResolver)
  at!: Date

  @Field({ description: 'What was done: procedure.create, procedure.update, procedure.retire, …' })
  action!: string

  @Field(() => String, {
    nullable: true,
    description: 'The administrator who made it; null for the system (the seed, a job).',
  })
  byName!: string | null
}

@ObjectType({ description: 'A procedure as the administration keeps it (R4.1–R4.4).' })
export class AdminProcedure {
  @Field(() => ID)
  id!: string

  @Field()
  code!: string

  @Field()
  titleEl!: string

  @Field()
  titleEn!: string

  @Field()
  descriptionEl!: string

  @Field()
  descriptionEn!: string

  @Field(() => [String])
  requiredDocumentsEl!: string[]

  @Field(() => [String])
  requiredDocumentsEn!: string[]

  @Field(() => String, { nullable: true, description: 'The form’s link, as entered.' })
  formUrl!: string | null

  @Field({ description: 'false: retired (hidden from the catalog and new bookings).' })
  active!: boolean

  @Field(() => DateTimeResolver)
  updatedAt!: Date
}

@ObjectType()
export class ProcedurePageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null
}

@ObjectType({ description: 'A page of procedures, by code.' })
export class ProcedurePage {
  @Field(() => [AdminProcedure])
  nodes!: AdminProcedure[]

  @Field(() => ProcedurePageInfo)
  pageInfo!: ProcedurePageInfo
}

@ObjectType()
export class ProcedurePayload {
  @Field(() => AdminProcedure)
  procedure!: AdminProcedure
}

@ObjectType()
export class RemoveProcedureFormPayload {
  @Field(() => AdminProcedure)
  procedure!: AdminProcedure

  @Field({ description: 'false: it had no uploaded form.' })
  removed!: boolean
}
