import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import * as changes from './employees.changes.js'
import { importEmployeesCsv, type CsvImportResult } from './employees.csv.js'
import { kepBookingsNeedingAttention, kepStaff } from './employees.kep.js'
import * as moves from './employees.moves.js'
import * as service from './employees.service.js'
import {
  AddEmployeeAbsenceInput,
  AddEmployeeInput,
  AdminEmployee,
  AdminEmployeeDetail,
  AdminEmployeesFilter,
  AdminEmployeesPage,
  BookingNeedingAttention,
  CancelEmployeeMoveInput,
  CsvRowOutcome,
  DeactivateEmployeeInput,
  EmployeeImpactPayload,
  EmployeeRoleCode,
  ImportEmployeesCsvInput,
  ImportEmployeesCsvPayload,
  MoveEmployeeInput,
  ReactivateEmployeeInput,
  RemoveEmployeeAbsenceInput,
  SetEmployeeAvailabilityInput,
  SetEmployeeRoleInput,
} from './employees.types.js'
import { ImpactInput, UncoveredChoice } from './impact.types.js'

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

const toChangePayload = (c: changes.EmployeeChange): EmployeeImpactPayload => ({
  impact: c.impact,
  employee: toAdminEmployeeDetail(c.employee),
})

/** No impact argument: a preview. */
const previewOf = (impact: ImpactInput | null): ImpactInput =>
  impact ?? { apply: false, token: null, uncovered: UncoveredChoice.KEEP }

const impactArg = {
  nullable: true,
  description: 'Preview (the default) or apply with the preview’s token.',
} as const

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

  @Authorized(Role.Auditor, Role.Manager)
  @Query(() => AdminEmployeeDetail, {
    description:
      "An employee with their availability, future absences and KEP: any of the ministry's administrators, or their KEP's manager (issue 14 item 6; no tax number).",
  })
  async adminEmployee(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<AdminEmployeeDetail> {
    return toAdminEmployeeDetail(await service.adminEmployee(ctx.db, ctx.clock, ctx.actor, id))
  }

  @Authorized(Role.Auditor, Role.Manager)
  @Query(() => [AdminEmployeeDetail], {
    description:
      "A KEP's employees (not deactivated) by name, with their availability, absences and the KEP's workstations: any of the ministry's administrators, or the KEP's own manager (issue 14 item 6; no tax numbers).",
  })
  async kepStaff(
    @Ctx() ctx: BaseContext,
    @Arg('kepId', () => ID) kepId: string,
  ): Promise<AdminEmployeeDetail[]> {
    return (await kepStaff(ctx.db, ctx.clock, ctx.actor, kepId)).map(toAdminEmployeeDetail)
  }

  @Authorized(Role.Auditor, Role.Manager)
  @Query(() => [BookingNeedingAttention], {
    description:
      "A KEP's future bookings kept outside the rules (nobody could take them over), by start: to move or cancel with notice (issue 14 item 6).",
  })
  async kepBookingsNeedingAttention(
    @Ctx() ctx: BaseContext,
    @Arg('kepId', () => ID) kepId: string,
  ): Promise<BookingNeedingAttention[]> {
    return kepBookingsNeedingAttention(ctx.db, ctx.clock, ctx.actor, kepId)
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

  @Authorized(Role.Operator)
  @Mutation(() => EmployeeImpactPayload, {
    description:
      'Deactivates an employee from a date (the first day they no longer work): availability ends the day before; their bookings from then go to free colleagues, the rest kept, moved or cancelled (impact).',
  })
  async deactivateEmployee(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => DeactivateEmployeeInput) input: DeactivateEmployeeInput,
    @Arg('impact', () => ImpactInput, impactArg) impact: ImpactInput | null,
  ): Promise<EmployeeImpactPayload> {
    return toChangePayload(
      await changes.deactivateEmployee(
        ctx.db,
        ctx.clock,
        ctx.actor,
        input,
        previewOf(impact),
        ctx.ip,
      ),
    )
  }

  @Authorized(Role.Operator)
  @Mutation(() => AdminEmployeeDetail, {
    description:
      'Cancels a deactivation: the employee works again; set their availability anew (it is not restored).',
  })
  async reactivateEmployee(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => ReactivateEmployeeInput) input: ReactivateEmployeeInput,
  ): Promise<AdminEmployeeDetail> {
    return toAdminEmployeeDetail(
      await changes.reactivateEmployee(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    )
  }

  @Authorized(Role.Operator)
  @Mutation(() => EmployeeImpactPayload, {
    description:
      'Moves an employee to another KEP from a date: today (at once) or later (pending until the day). Their availability at the old KEP ends the day before; their bookings there from then go to its free colleagues, the rest kept, moved or cancelled (impact).',
  })
  async moveEmployee(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => MoveEmployeeInput) input: MoveEmployeeInput,
    @Arg('impact', () => ImpactInput, impactArg) impact: ImpactInput | null,
  ): Promise<EmployeeImpactPayload> {
    return toChangePayload(
      await moves.moveEmployee(ctx.db, ctx.clock, ctx.actor, input, previewOf(impact), ctx.ip),
    )
  }

  @Authorized(Role.Operator)
  @Mutation(() => EmployeeImpactPayload, {
    description:
      'Cancels a pending move: the employee stays at their KEP; their availability at the new KEP is removed and their bookings there go to its free colleagues, the rest kept, moved or cancelled (impact).',
  })
  async cancelEmployeeMove(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => CancelEmployeeMoveInput) input: CancelEmployeeMoveInput,
    @Arg('impact', () => ImpactInput, impactArg) impact: ImpactInput | null,
  ): Promise<EmployeeImpactPayload> {
    return toChangePayload(
      await moves.cancelEmployeeMove(
        ctx.db,
        ctx.clock,
        ctx.actor,
        input,
        previewOf(impact),
        ctx.ip,
      ),
    )
  }

  @Authorized(Role.Operator, Role.Manager)
  @Mutation(() => EmployeeImpactPayload, {
    description:
      "Replaces an employee's availability from today on (R3.3); bookings it no longer covers go through the impact preview. ADMINISTRATORs, OPERATORs, or the employee's KEP's manager (issue 14 item 6).",
  })
  async setEmployeeAvailability(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => SetEmployeeAvailabilityInput) input: SetEmployeeAvailabilityInput,
    @Arg('impact', () => ImpactInput, impactArg) impact: ImpactInput | null,
  ): Promise<EmployeeImpactPayload> {
    return toChangePayload(
      await changes.setEmployeeAvailability(
        ctx.db,
        ctx.clock,
        ctx.actor,
        input,
        previewOf(impact),
        ctx.ip,
      ),
    )
  }

  @Authorized(Role.Operator, Role.Manager)
  @Mutation(() => EmployeeImpactPayload, {
    description:
      "Records an absence (leave, sickness, training); bookings in it go to free colleagues, the rest kept, moved or cancelled (impact). ADMINISTRATORs, OPERATORs, or the employee's KEP's manager (issue 14 item 6).",
  })
  async addEmployeeAbsence(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => AddEmployeeAbsenceInput) input: AddEmployeeAbsenceInput,
    @Arg('impact', () => ImpactInput, impactArg) impact: ImpactInput | null,
  ): Promise<EmployeeImpactPayload> {
    return toChangePayload(
      await changes.addEmployeeAbsence(
        ctx.db,
        ctx.clock,
        ctx.actor,
        input,
        previewOf(impact),
        ctx.ip,
      ),
    )
  }

  @Authorized(Role.Operator, Role.Manager)
  @Mutation(() => AdminEmployeeDetail, {
    description:
      "Removes an absence: the employee takes calls again then. ADMINISTRATORs, OPERATORs, or the employee's KEP's manager.",
  })
  async removeEmployeeAbsence(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => RemoveEmployeeAbsenceInput) input: RemoveEmployeeAbsenceInput,
  ): Promise<AdminEmployeeDetail> {
    return toAdminEmployeeDetail(
      await changes.removeEmployeeAbsence(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    )
  }
}
