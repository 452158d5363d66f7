import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { Impact } from './impact.types.js'

// The administration of KEP employees (issue 13 item 4; R3.3, R3.5, Art. 3.5).

export enum EmployeeRoleCode {
  STAFF = 'staff',
  MANAGER = 'manager',
}
registerEnumType(EmployeeRoleCode, {
  name: 'EmployeeRoleCode',
  description: "An employee's role at their KEP: STAFF takes calls, MANAGER also runs the KEP.",
})

@ObjectType({ description: 'A KEP an employee works at, as the administration lists it.' })
export class AdminEmployeeKep {
  @Field(() => ID)
  id!: string

  @Field()
  code!: string

  @Field()
  nameEl!: string

  @Field()
  nameEn!: string
}

@ObjectType({
  description:
    'When an employee takes calls, at which workstation (R3.3): an ISO weekday, a time window (HH:MM, Europe/Athens) and a date range.',
})
export class EmployeeAvailabilityRow {
  @Field(() => ID)
  id!: string

  @Field(() => ID)
  workstationId!: string

  @Field()
  workstationLabel!: string

  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  weekday!: number

  @Field({ description: 'HH:MM' })
  startsAt!: string

  @Field({ description: 'HH:MM' })
  endsAt!: string

  @Field(() => LocalDateResolver)
  validFrom!: string

  @Field(() => LocalDateResolver, { nullable: true, description: 'null: until further notice.' })
  validTo!: string | null
}

@ObjectType({ description: 'Leave, sickness, training: no calls in [startsAt, endsAt).' })
export class EmployeeAbsence {
  @Field(() => ID)
  id!: string

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => DateTimeResolver)
  endsAt!: Date

  @Field()
  reason!: string
}

@ObjectType({ description: 'A workstation of a KEP, where calls are taken.' })
export class EmployeeWorkstation {
  @Field(() => ID)
  id!: string

  @Field(() => ID, { description: 'Its KEP: the employee’s, or the one of their pending move.' })
  kepId!: string

  @Field()
  label!: string

  @Field()
  active!: boolean
}

@ObjectType({
  description:
    'A move to another KEP planned for a later date (issue 13 item 4): made on that day; until then the employee belongs to their KEP.',
})
export class EmployeePendingMove {
  @Field(() => AdminEmployeeKep)
  kep!: AdminEmployeeKep

  @Field(() => LocalDateResolver, { description: 'The first day at that KEP.' })
  from!: string
}

@ObjectType({ description: 'A KEP employee as the ministry’s administrators see them.' })
export class AdminEmployee {
  @Field(() => ID)
  id!: string

  @Field()
  fullName!: string

  @Field()
  email!: string

  @Field(() => String, {
    nullable: true,
    description: 'Tax number (ΑΦΜ); null for employees registered before it was asked.',
  })
  taxId!: string | null

  @Field(() => EmployeeRoleCode)
  role!: EmployeeRoleCode

  @Field(() => AdminEmployeeKep)
  kep!: AdminEmployeeKep

  @Field({
    description: 'Working today: not deactivated and not past their leaving date.',
  })
  active!: boolean

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day they no longer work (deactivated from a date).',
  })
  leavesOn!: string | null

  @Field(() => EmployeePendingMove, {
    nullable: true,
    description: 'A move to another KEP from a later date, not yet made.',
  })
  pendingMove!: EmployeePendingMove | null

  @Field({ description: 'Has logged in at least once (their GSIS account is linked).' })
  hasLoggedIn!: boolean

  @Field(() => DateTimeResolver)
  createdAt!: Date
}

@ObjectType({ description: 'An employee with their availability, future absences and KEP.' })
export class AdminEmployeeDetail extends AdminEmployee {
  @Field(() => [EmployeeAvailabilityRow], {
    description: 'Rows still in force or to come, by weekday and start.',
  })
  availability!: EmployeeAvailabilityRow[]

  @Field(() => [EmployeeAbsence], { description: 'Absences not yet over, by start.' })
  absences!: EmployeeAbsence[]

  @Field(() => [EmployeeWorkstation], {
    description:
      'The workstations of their KEP, then (a move pending) of the KEP they move to, for rows from the move’s date.',
  })
  workstations!: EmployeeWorkstation[]
}

@InputType()
export class AdminEmployeesFilter {
  @Field(() => ID, { nullable: true })
  kepId?: string | null

  @Field(() => String, { nullable: true, description: 'Part of the name, email or ΑΦΜ.' })
  search?: string | null

  @Field(() => Boolean, { nullable: true, description: 'true: working today; false: not.' })
  active?: boolean | null
}

@ObjectType()
export class AdminEmployeesPageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null
}

@ObjectType()
export class AdminEmployeesPage {
  @Field(() => [AdminEmployee], { description: 'By name.' })
  employees!: AdminEmployee[]

  @Field(() => AdminEmployeesPageInfo)
  pageInfo!: AdminEmployeesPageInfo
}

@InputType()
export class AddEmployeeInput {
  @Field(() => ID)
  kepId!: string

  @Field({ description: 'The tax number (ΑΦΜ): 9 digits, the last a check digit.' })
  taxId!: string

  @Field()
  fullName!: string

  @Field()
  email!: string

  @Field(() => EmployeeRoleCode, { defaultValue: EmployeeRoleCode.STAFF })
  role!: EmployeeRoleCode
}

@InputType()
export class SetEmployeeRoleInput {
  @Field(() => ID)
  employeeId!: string

  @Field(() => EmployeeRoleCode)
  role!: EmployeeRoleCode
}

@InputType()
export class MoveEmployeeInput {
  @Field(() => ID)
  employeeId!: string

  @Field(() => ID)
  toKepId!: string

  @Field(() => LocalDateResolver, {
    description:
      'The first day at the new KEP: today (moved at once) or a later date (a pending move, made on that day).',
  })
  from!: string
}

@InputType()
export class CancelEmployeeMoveInput {
  @Field(() => ID)
  employeeId!: string
}

@InputType()
export class DeactivateEmployeeInput {
  @Field(() => ID)
  employeeId!: string

  @Field(() => LocalDateResolver, {
    description: 'The first day they no longer work: today or later.',
  })
  from!: string
}

@InputType()
export class ReactivateEmployeeInput {
  @Field(() => ID)
  employeeId!: string
}

@InputType()
export class EmployeeAvailabilityRowInput {
  @Field(() => ID)
  workstationId!: string

  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  weekday!: number

  @Field({ description: 'HH:MM' })
  startsAt!: string

  @Field({ description: 'HH:MM' })
  endsAt!: string

  @Field(() => LocalDateResolver, { description: 'Today or later.' })
  validFrom!: string

  @Field(() => LocalDateResolver, { nullable: true, description: 'Omit: until further notice.' })
  validTo?: string | null
}

@InputType({
  description:
    "Replaces the employee's availability from today on: rows that began earlier end yesterday.",
})
export class SetEmployeeAvailabilityInput {
  @Field(() => ID)
  employeeId!: string

  @Field(() => [EmployeeAvailabilityRowInput])
  rows!: EmployeeAvailabilityRowInput[]
}

@InputType()
export class AddEmployeeAbsenceInput {
  @Field(() => ID)
  employeeId!: string

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => DateTimeResolver)
  endsAt!: Date

  @Field({ description: 'Leave, sickness, training… (seen by administrators only).' })
  reason!: string
}

@InputType()
export class RemoveEmployeeAbsenceInput {
  @Field(() => ID)
  absenceId!: string
}

@ObjectType({ description: 'The employee as changed, and what the change does to bookings.' })
export class EmployeeImpactPayload {
  @Field(() => Impact)
  impact!: Impact

  @Field(() => AdminEmployeeDetail, {
    description: 'As the change leaves them (a preview: as it would).',
  })
  employee!: AdminEmployeeDetail
}

@InputType({
  description:
    'A CSV file of employees, UTF-8 (a BOM is allowed), comma- or semicolon-separated, its header: afm,full_name,email,kep_code,role (role: STAFF or MANAGER; empty: STAFF). At most 5,000 rows and 1 MB.',
})
export class ImportEmployeesCsvInput {
  @Field()
  csv!: string

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'false: a preview, nothing written. true: add every row, or none.',
  })
  apply!: boolean
}

export enum CsvRowOutcome {
  WOULD_ADD = 'would_add',
  ADDED = 'added',
  ERROR = 'error',
}
registerEnumType(CsvRowOutcome, { name: 'CsvRowOutcome' })

@ObjectType()
export class CsvFieldError {
  @Field({ description: 'The column: afm, full_name, email, kep_code, role.' })
  column!: string

  @Field()
  reason!: string

  @Field()
  messageEl!: string

  @Field()
  messageEn!: string
}

@ObjectType()
export class EmployeeCsvRow {
  @Field(() => Int, { description: 'The line of the file (the header is line 1).' })
  line!: number

  @Field()
  afm!: string

  @Field()
  fullName!: string

  @Field()
  email!: string

  @Field()
  kepCode!: string

  @Field()
  role!: string

  @Field(() => CsvRowOutcome)
  outcome!: CsvRowOutcome

  @Field(() => ID, { nullable: true, description: 'ADDED: the new employee.' })
  employeeId!: string | null

  @Field(() => [CsvFieldError])
  errors!: CsvFieldError[]
}

@ObjectType()
export class ImportEmployeesCsvPayload {
  @Field({ description: 'true: every row was added; false: nothing was written.' })
  applied!: boolean

  @Field(() => Int)
  valid!: number

  @Field(() => Int)
  invalid!: number

  @Field(() => [EmployeeCsvRow])
  rows!: EmployeeCsvRow[]
}

@ObjectType({
  description:
    'A future booking of a KEP the rules no longer hold (its employee absent or not available then, the KEP closed) that a change kept because nobody could take it: to move or cancel with notice (issue 14 item 6).',
})
export class BookingNeedingAttention {
  @Field(() => ID)
  bookingId!: string

  @Field()
  reference!: string

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => DateTimeResolver)
  endsAt!: Date

  @Field(() => ID, { nullable: true, description: 'Whom it is still assigned to.' })
  employeeId!: string | null

  @Field(() => String, { nullable: true })
  employeeName!: string | null

  @Field(() => Boolean, {
    description: 'A colleague of the KEP is free for it now: it can be handed over.',
  })
  colleagueFree!: boolean
}
