import { randomBytes } from 'node:crypto'
import { and, eq, inArray, isNull, lte, gt } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { procedureRowOf } from '../administration/index.js'
import { recordAudit } from '../audit/index.js'
import { keps, municipalities, procedures } from '../catalog/index.js'
import { employees } from '../identity/index.js'
import {
  addDays,
  employeeAvailability,
  kepClosures,
  kepOpeningHours,
  localDateOf,
  workstations,
} from '../scheduling/index.js'
import type { ApplicationRow } from './applications.service.js'
import { grantOnApproval } from './officers.service.js'
import { municipalCategoryId } from './running.service.js'
import {
  municipalityDepartures,
  municipalProcedureOptions,
  type ApplicationKepData,
} from './onboarding.table.js'

// Issue 18 item 4: what an approval makes, in the approval's transaction (the caller's): the
// municipality participating from today (its suspension or withdrawal ended), its new KEPs
// with their hours and a workstation per employee, its employees (added by ΑΦΜ, they log in
// through the public-administration login) available in the KEP's hours, its procedures in the
// municipal field (a rejoining municipality's own are brought back), the pick-up option, and its
// applicant as its officer. The scheduling rules' version moves by the tables' own triggers, so
// search and availability see it all at once. Anything failing rolls everything back.

export interface ApprovalSummary {
  kepsCreated: string[]
  employeesCreated: string[]
  proceduresCreated: string[]
  proceduresRestored: string[]
  officerGranted: boolean
}

export async function approve(
  tx: Db,
  clock: Clock,
  actor: Actor,
  row: ApplicationRow,
  ip?: string | null,
): Promise<ApprovalSummary> {
  const now = clock.now()
  const today = localDateOf(now.getTime())
  const municipalityId = row.municipalityId
  const [municipality] = await tx
    .select()
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId))
    .for('update')
  await tx
    .update(municipalities)
    .set({ participation: 'participating', joinedOn: today })
    .where(eq(municipalities.id, municipalityId))

  // a rejoining municipality: its departure ends, its KEPs' suspensions end yesterday
  const departures = await tx
    .update(municipalityDepartures)
    .set({ endedAt: now })
    .where(
      and(
        eq(municipalityDepartures.municipalityId, municipalityId),
        isNull(municipalityDepartures.endedAt),
      ),
    )
    .returning()
  const closureIds = departures.flatMap((d) => d.kepClosureIds)
  if (closureIds.length > 0) {
    await tx
      .delete(kepClosures)
      .where(and(inArray(kepClosures.id, closureIds), gt(kepClosures.startsOn, addDays(today, -1))))
    await tx
      .update(kepClosures)
      .set({ endsOn: addDays(today, -1) })
      .where(
        and(inArray(kepClosures.id, closureIds), lte(kepClosures.startsOn, addDays(today, -1))),
      )
  }

  // the KEPs: the application's key → the KEP's id
  const kepIdOf = new Map<string, string>()
  const kepsCreated: string[] = []
  for (const k of row.keps) {
    if (k.existingKepId) {
      kepIdOf.set(k.key, k.existingKepId)
      continue
    }
    const [created] = await tx
      .insert(keps)
      .values({
        municipalityId,
        code: `KEP-${randomBytes(4).toString('hex').toUpperCase()}`,
        nameEl: k.nameEl,
        nameEn: k.nameEn,
        addressEl: k.addressEl,
        addressEn: k.addressEn,
        postalCode: k.postalCode,
        cityEl: k.cityEl,
        cityEn: k.cityEn,
        phone: k.phone,
        email: k.email,
        createdAt: now,
      })
      .returning({ id: keps.id })
    kepIdOf.set(k.key, created!.id)
    kepsCreated.push(created!.id)
    if (k.hours.length > 0) {
      await tx.insert(kepOpeningHours).values(
        k.hours.map((h) => ({
          kepId: created!.id,
          weekday: h.weekday,
          opensAt: h.opens,
          closesAt: h.closes,
        })),
      )
    }
  }

  // the employees: each with a workstation of their own at their KEP, available in its hours
  const employeesCreated: string[] = []
  const applicationKep = new Map<string, ApplicationKepData>(row.keps.map((k) => [k.key, k]))
  for (const e of row.employees) {
    const kepId = kepIdOf.get(e.kepKey)!
    const [already] = await tx
      .select({ id: employees.id, kepId: employees.kepId, active: employees.active })
      .from(employees)
      .where(eq(employees.taxId, e.taxId))
    // one of the municipality's employees already (checked: none of another's)
    if (already?.active) continue
    const hours = await hoursOf(tx, kepId, applicationKep.get(e.kepKey)!)
    const workstationId = await newWorkstation(tx, kepId)
    const values = {
      kepId,
      taxId: e.taxId,
      fullName: e.fullName,
      email: e.email,
      role: 'staff' as const,
      active: true,
      leavesOn: null,
      movesToKepId: null,
      movesOn: null,
    }
    const [employee] = already
      ? await tx
          .update(employees)
          .set(values)
          .where(eq(employees.id, already.id))
          .returning({ id: employees.id })
      : await tx
          .insert(employees)
          .values({ ...values, createdAt: now })
          .returning({ id: employees.id })
    employeesCreated.push(employee!.id)
    if (hours.length > 0) {
      await tx.insert(employeeAvailability).values(
        hours.map((h) => ({
          employeeId: employee!.id,
          workstationId,
          weekday: h.weekday,
          startsAt: h.opens,
          endsAt: h.closes,
          validFrom: today,
        })),
      )
    }
  }

  // the procedures, in the municipal field
  const categoryId = row.services.length > 0 ? await municipalCategoryId(tx) : ''
  const proceduresCreated: string[] = []
  const proceduresRestored: string[] = []
  for (const s of row.services) {
    const [same] = await tx
      .select({ id: procedures.id, code: procedures.code })
      .from(procedures)
      .where(
        and(
          eq(procedures.categoryId, categoryId),
          eq(procedures.municipalityId, municipalityId),
          eq(procedures.titleEl, s.titleEl),
        ),
      )
    const fields = procedureRowOf({
      ...s,
      code: same?.code ?? municipalProcedureCode(municipality!.code),
    })
    const [procedure] = same
      ? await tx
          .update(procedures)
          .set({ ...fields, active: true, updatedAt: now })
          .where(eq(procedures.id, same.id))
          .returning({ id: procedures.id })
      : await tx
          .insert(procedures)
          .values({ ...fields, categoryId: categoryId, municipalityId, updatedAt: now })
          .returning({ id: procedures.id })
    ;(same ? proceduresRestored : proceduresCreated).push(procedure!.id)
    await tx
      .insert(municipalProcedureOptions)
      .values({ procedureId: procedure!.id, pickUpAtKep: s.pickUpAtKep })
      .onConflictDoUpdate({
        target: municipalProcedureOptions.procedureId,
        set: { pickUpAtKep: s.pickUpAtKep },
      })
  }

  const officerGranted =
    row.startedBy !== null &&
    (await grantOnApproval(tx, clock, actor, row.startedBy, municipalityId, ip))

  await recordAudit(tx, {
    actor,
    action: 'municipality.join',
    entity: 'municipality',
    entityId: municipalityId,
    ip,
    at: now,
    details: {
      before: { participation: municipality!.participation, joinedOn: municipality!.joinedOn },
      after: { participation: 'participating', joinedOn: today },
      applicationId: row.id,
    },
  })
  return { kepsCreated, employeesCreated, proceduresCreated, proceduresRestored, officerGranted }
}

/** A new municipal procedure's code: the municipality's, and a random part (unique). */
export function municipalProcedureCode(municipalityCode: string): string {
  const prefix = municipalityCode
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 20)
  return `${prefix || 'MUN'}-${randomBytes(3).toString('hex').toUpperCase()}`
}

/** The weekly hours an employee is available in: the new KEP's, or an existing KEP's own. */
async function hoursOf(
  tx: Db,
  kepId: string,
  k: ApplicationKepData,
): Promise<{ weekday: number; opens: string; closes: string }[]> {
  if (!k.existingKepId) return k.hours
  const rows = await tx
    .select({
      weekday: kepOpeningHours.weekday,
      opens: kepOpeningHours.opensAt,
      closes: kepOpeningHours.closesAt,
    })
    .from(kepOpeningHours)
    .where(
      and(
        eq(kepOpeningHours.kepId, kepId),
        isNull(kepOpeningHours.validFrom),
        isNull(kepOpeningHours.seasonFrom),
      ),
    )
  return rows
}

/** A workstation for a new employee, labelled with the first free number at the KEP. */
async function newWorkstation(tx: Db, kepId: string): Promise<string> {
  const labels = new Set(
    (
      await tx
        .select({ label: workstations.label })
        .from(workstations)
        .where(eq(workstations.kepId, kepId))
    ).map((w) => w.label),
  )
  let n = 1
  while (labels.has(String(n))) n++
  const [w] = await tx
    .insert(workstations)
    .values({ kepId, label: String(n) })
    .returning({ id: workstations.id })
  return w!.id
}
