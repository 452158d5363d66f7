import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import * as service from './admin-bookings.service.js'
import { adminBookings, type AdminBookingRow } from './admin-bookings.service.js'
import {
  AdminBookingPage,
  AdminBookingsFilter,
  AdminBookingsSort,
  type AdminBookingListItem,
} from './admin-bookings.types.js'
import type { BookingStatus } from './bookings.types.js'

/** The audit key reaches resolvers with the call's services (app/context.ts). */
type Context = BaseContext & { callServices: { auditKey: string } }

const toItem = (r: AdminBookingRow): AdminBookingListItem => ({
  id: r.id,
  reference: r.reference,
  status: r.status as BookingStatus,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  createdAt: r.createdAt,
  fullName: r.fullName,
  email: r.email,
  needsSignLanguage: r.needsSignLanguage,
  needsLipReading: r.needsLipReading,
  hasOtherRequirements: (r.otherRequirements ?? '').trim() !== '',
  kepId: r.kepId,
  kepName: { el: r.kepNameEl, en: r.kepNameEn },
  municipalityId: r.municipalityId,
  municipalityName: { el: r.municipalityNameEl, en: r.municipalityNameEn },
  region: { el: r.regionEl, en: r.regionEn },
  categoryId: r.categoryId,
  categoryName: { el: r.categoryNameEl, en: r.categoryNameEn },
  procedureId: r.procedureId,
  procedureTitle: { el: r.procedureTitleEl, en: r.procedureTitleEn },
  employeeId: r.employeeId,
  employeeName: r.employeeName,
})

@Resolver()
export class AdminBookingOperations {
  @Authorized(Role.Auditor)
  @Query(() => AdminBookingPage, {
    description:
      'Every booking of the network for the ministry’s administrators, filtered, a page at a time (R3.5); each page read is audited (R7.2). A booking’s page: `booking(id)`.',
  })
  async adminBookings(
    @Ctx() ctx: Context,
    @Arg('filter', () => AdminBookingsFilter, { nullable: true }) filter?: AdminBookingsFilter,
    @Arg('sort', () => AdminBookingsSort, { defaultValue: AdminBookingsSort.STARTS_AT_ASC })
    sort: AdminBookingsSort = AdminBookingsSort.STARTS_AT_ASC,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number = 25,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AdminBookingPage> {
    const page = await adminBookings(
      ctx.db,
      ctx.actor,
      {
        filter: filter as service.AdminBookingsFilter | undefined,
        sort: sort as service.AdminBookingsSort,
        first,
        after,
      },
      { auditKey: ctx.callServices.auditKey, ip: ctx.ip, at: ctx.clock.now() },
    )
    return { nodes: page.nodes.map(toItem), pageInfo: page.pageInfo }
  }
}
