import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { importEmployeesCsv, type CsvImportResult } from './employees.csv.js'
import * as service from './employees.service.js'
import {
  AddEmployeeInput,
  AdminEmployee,
  AdminEmployeeDetail,
  AdminEmployeesFilter,
  AdminEmployeesPage,
  CsvRowOutcome,
  EmployeeRoleCode,
  ImportEmployeesCsvInput,
  ImportEmployeesCsvPayload,
  SetEmployeeRoleInput,
} from './employees.types.js'

const roleCode = (role: service.EmployeeRole) =>
  role === 'manager' ? EmployeeRoleCode.MANAGER : EmployeeRoleCode.STAFF

export const toAdminEmployee = (e: service.AdminEmployeeView): AdminEmployee => ({
  ...e,
  role: roleCode(e.role),
})

export const toAdminEmployeeDetail = (e: service.AdminEmployeeDetailView): AdminEmployeeDetail => ({
  ...e,
  role: roleCode(e.role),
})

const outcomeCode = {
  would_add: CsvRowOutcome.WOULD_ADD,
  added: CsvRowOutcome.ADDED,
  error: CsvRowOutcome.ERROR,
} as const

const toCsvPayload = (r: CsvImportResult): ImportEmployeesCsvPayload => ({
  ...r,
  rows: r.rows.map((row) => ({ ...row, outcome: outcomeCode[row.outcome] })),
})

@Resolver(() => AdminEmployee)
export class EmployeesAdministrationResolver {
  @Authorized(Role.Auditor)
  @Query(() => AdminEmployeesPage, {
    description: "KEP employees by name, a page at a time (the ministry's administrators).",
  })
  async adminEmployees(
    @Ctx() ctx: BaseContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => AdminEmployeesFilter, { nullable: true })
    filter: AdminEmployeesFilter | null,
  ): Promise<AdminEmployeesPage> {
    const page = await service.adminEmployees(ctx.db, ctx.clock, ctx.actor, {
      first,
      after,
      filter,
    })
    return { ...page, employees: page.employees.map(toAdminEmployee) }
  }

  @Authorized(Role.Auditor)
  @Query(() => AdminEmployeeDetail, {
    description: 'An employee with their availability, future absences and KEP.',
  })
  async adminEmployee(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<AdminEmployeeDetail> {
    return toAdminEmployeeDetail(await service.adminEmployee(ctx.db, ctx.clock, ctx.actor, id))
  }

  @Authorized(Role.Operator)
  @Mutation(() => AdminEmployeeDetail, {
    description:
      'Adds an employee to a KEP by tax number (ΑΦΜ); their first login finds them by it (R3.5).',
  })
  async addEmployee(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => AddEmployeeInput) input: AddEmployeeInput,
  ): Promise<AdminEmployeeDetail> {
    return toAdminEmployeeDetail(
      await service.addEmployee(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    )
  }

  @Authorized(Role.Operator)
  @Mutation(() => AdminEmployeeDetail, {
    description: "Makes an employee their KEP's manager, or staff again.",
  })
  async setEmployeeRole(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => SetEmployeeRoleInput) input: SetEmployeeRoleInput,
  ): Promise<AdminEmployeeDetail> {
    return toAdminEmployeeDetail(
      await service.setEmployeeRole(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    )
  }

  @Authorized(Role.Operator)
  @Mutation(() => ImportEmployeesCsvPayload, {
    description:
      'Previews (apply: false) or applies a CSV of employees: every row added, or none (see ImportEmployeesCsvInput for the format).',
  })
  async importEmployeesCsv(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => ImportEmployeesCsvInput) input: ImportEmployeesCsvInput,
  ): Promise<ImportEmployeesCsvPayload> {
    return toCsvPayload(await importEmployeesCsv(ctx.db, ctx.clock, ctx.actor, input, ctx.ip))
  }
}
