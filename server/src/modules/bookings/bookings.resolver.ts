import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import {
  KepType,
  ProcedureType,
  ServiceCategoryType,
  type CatalogContext,
} from '../catalog/index.js'
import type { BookingsContext } from './bookings.loaders.js'
import type { RepresentationRegistry } from './representation.service.js'
import { AdminBookingOperations } from './admin-bookings.resolver.js'
import { canSeeAssignment } from './bookings.policy.js'
import { myBookingAllowance } from './allowance.service.js'
import * as service from './bookings.service.js'
import { updateBookingContact } from './contact.service.js'
import {
  BookAppointmentInput,
  BookingAllowance,
  Booking,
  BookingDocument,
  BookingEvent,
  BookingPayload,
  BookingsWhen,
  Business,
  RepresentationStatus,
  CancelBookingForCitizenInput,
  CancelBookingInput,
  HoldSlotInput,
  HoldSlotPayload,
  RescheduleBookingForCitizenInput,
  RescheduleBookingInput,
  SlotHold,
  SpecialRequirements,
  StaffMember,
  UpdateBookingContactInput,
} from './bookings.types.js'

/** The server's KED client and audit key (calls module), for a booking for a business. */
type Context = BaseContext &
  CatalogContext &
  BookingsContext & { callServices: { ked: RepresentationRegistry; auditKey: string } }

// Thin: each operation passes the caller to the service, where the rules and the policy live.

@Resolver()
export class BookingOperations {
  @Mutation(() => BookingPayload, {
    description: 'Books a video appointment for the logged-in citizen (R1.2, R2.2, R3.1–R3.4).',
  })
  async bookAppointment(
    @Ctx() ctx: Context,
    @Arg('input', () => BookAppointmentInput) input: BookAppointmentInput,
  ): Promise<BookingPayload> {
    return {
      booking: (await service.bookAppointment(ctx.db, ctx.clock, ctx.actor, input, {
        ip: ctx.ip,
        representation: { registry: ctx.callServices.ked, auditKey: ctx.callServices.auditKey },
      })) as never,
    }
  }

  @Mutation(() => HoldSlotPayload, {
    description:
      'Issue 16 item 1: holds the chosen time for the logged-in citizen for a few minutes (the setting booking.holdMinutes) while they book; their previous hold is released.',
  })
  async holdSlot(
    @Ctx() ctx: Context,
    @Arg('input', () => HoldSlotInput) input: HoldSlotInput,
  ): Promise<HoldSlotPayload> {
    return { hold: await service.holdSlot(ctx.db, ctx.clock, ctx.actor, input) }
  }

  @Mutation(() => Boolean, {
    description:
      "Issue 16 item 1: lets the citizen's hold go (they went back or left); without holdId, whichever they hold. False when there was none.",
  })
  async releaseHold(
    @Ctx() ctx: Context,
    @Arg('holdId', () => ID, { nullable: true }) holdId: string | null,
  ): Promise<boolean> {
    return service.releaseHold(ctx.db, ctx.clock, ctx.actor, holdId ?? null)
  }

  @Mutation(() => BookingPayload, { description: 'Moves an appointment to a new time (R2.4).' })
  async rescheduleBooking(
    @Ctx() ctx: Context,
    @Arg('input', () => RescheduleBookingInput) input: RescheduleBookingInput,
  ): Promise<BookingPayload> {
    return {
      booking: (await service.rescheduleBooking(ctx.db, ctx.clock, ctx.actor, input, ctx)) as never,
    }
  }

  @Mutation(() => BookingPayload, { description: 'Cancels an appointment until it starts (R2.4).' })
  async cancelBooking(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelBookingInput) input: CancelBookingInput,
  ): Promise<BookingPayload> {
    return {
      booking: (await service.cancelBooking(ctx.db, ctx.clock, ctx.actor, input, ctx)) as never,
    }
  }

  @Authorized(Role.Staff)
  @Mutation(() => BookingPayload, {
    description:
      "Issue 14 item 3: the KEP's employee moves the appointment on the citizen's behalf, with a reason the citizen is emailed.",
  })
  async rescheduleBookingForCitizen(
    @Ctx() ctx: Context,
    @Arg('input', () => RescheduleBookingForCitizenInput) input: RescheduleBookingForCitizenInput,
  ): Promise<BookingPayload> {
    const booking = await service.rescheduleBookingForCitizen(
      ctx.db,
      ctx.clock,
      ctx.actor,
      { ...input, reason: input.reason ?? '' },
      ctx,
    )
    return { booking: booking as never }
  }

  @Authorized(Role.Staff)
  @Mutation(() => BookingPayload, {
    description:
      "Issue 14 item 3: the KEP's employee cancels the appointment on the citizen's behalf, with a reason the citizen is emailed.",
  })
  async cancelBookingForCitizen(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelBookingForCitizenInput) input: CancelBookingForCitizenInput,
  ): Promise<BookingPayload> {
    const booking = await service.cancelBookingForCitizen(
      ctx.db,
      ctx.clock,
      ctx.actor,
      { ...input, reason: input.reason ?? '' },
      ctx,
    )
    return { booking: booking as never }
  }

  @Mutation(() => BookingPayload, {
    description:
      "Issue 16 item 5: the citizen changes an upcoming appointment's email, phone, address and (until 24 h before) special requirements; emailed once.",
  })
  async updateBookingContact(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateBookingContactInput) input: UpdateBookingContactInput,
  ): Promise<BookingPayload> {
    return {
      booking: (await updateBookingContact(ctx.db, ctx.clock, ctx.actor, input, ctx)) as never,
    }
  }

  @Query(() => BookingAllowance, {
    description:
      'Issue 16 item 2: how many appointments the logged-in citizen has to come and may still book.',
  })
  myBookingAllowance(@Ctx() ctx: Context): Promise<BookingAllowance> {
    return myBookingAllowance(ctx.db, ctx.clock, ctx.actor)
  }

  @Query(() => [Booking], { description: "The logged-in citizen's appointments (R2.4)." })
  myBookings(
    @Ctx() ctx: Context,
    @Arg('when', () => BookingsWhen, { defaultValue: BookingsWhen.ALL }) when: BookingsWhen,
  ) {
    return service.myBookings(ctx.db, ctx.clock, ctx.actor, when)
  }

  @Query(() => Booking, {
    description: 'One appointment: for its citizen, the staff of its KEP and administrators.',
  })
  booking(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return service.getBooking(ctx.db, ctx.actor, id, ctx)
  }
}

@Resolver(() => Booking)
export class BookingFields {
  @FieldResolver(() => ServiceCategoryType)
  category(@Root() b: service.Booking, @Ctx() ctx: Context) {
    return ctx.catalog.category.load(b.categoryId)
  }

  @FieldResolver(() => ProcedureType)
  procedure(@Root() b: service.Booking, @Ctx() ctx: Context) {
    return ctx.catalog.procedure.load(b.procedureId)
  }

  @FieldResolver(() => KepType)
  kep(@Root() b: service.Booking, @Ctx() ctx: Context) {
    return ctx.catalog.kep.load(b.kepId)
  }

  @FieldResolver(() => SpecialRequirements)
  specialRequirements(@Root() b: service.Booking): SpecialRequirements {
    return {
      signLanguage: b.needsSignLanguage,
      lipReading: b.needsLipReading,
      other: b.otherRequirements,
    }
  }

  @FieldResolver(() => Business, { nullable: true, description: 'Set when booked for a business.' })
  business(@Root() b: service.Booking): Business | null {
    return b.businessTaxId && b.businessName
      ? {
          taxId: b.businessTaxId,
          name: b.businessName,
          representation: (b.representationStatus ?? 'to_check') as RepresentationStatus,
          representationCheckedAt: b.representationCheckedAt,
        }
      : null
  }

  @FieldResolver(() => [BookingDocument])
  documents(@Root() b: service.Booking, @Ctx() ctx: Context) {
    return ctx.bookings.documentsOfBooking.load(b.id)
  }

  @FieldResolver(() => [BookingEvent], {
    description:
      'Who changed what, when (R2.4); the names of the people behind it for the staff of its KEP and administrators (issue 14 item 3).',
  })
  async history(@Root() b: service.Booking, @Ctx() ctx: Context): Promise<BookingEvent[]> {
    const events = await ctx.bookings.historyOfBooking.load(b.id)
    // a citizen reads what happened, never who of the staff did it or took it over
    const staffView = canSeeAssignment(ctx.actor, b)
    const employee = (id: string | null) =>
      staffView && id ? ctx.bookings.employee.load(id) : Promise.resolve(null)
    return Promise.all(
      events.map(async (e) => ({
        action: e.action,
        at: e.at,
        actorKind: e.actorKind,
        fromStartsAt: e.fromStartsAt,
        toStartsAt: e.toStartsAt,
        actorName: staffView
          ? await ctx.bookings.actorName.load({ actorKind: e.actorKind, actorId: e.actorId })
          : null,
        reason: typeof e.details?.reason === 'string' ? e.details.reason : null,
        fromEmployee: await employee(e.fromEmployeeId),
        toEmployee: await employee(e.toEmployeeId),
      })),
    )
  }

  @FieldResolver(() => StaffMember, {
    nullable: true,
    description:
      'Issue 14: the employee who takes the call; for the staff of the booking’s KEP and administrators, null for the citizen.',
  })
  async assignedEmployee(
    @Root() b: service.Booking,
    @Ctx() ctx: Context,
  ): Promise<StaffMember | null> {
    if (!canSeeAssignment(ctx.actor, b)) return null
    return ctx.bookings.employee.load(b.employeeId)
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether it can still be rescheduled or cancelled.',
  })
  changeable(@Root() b: service.Booking, @Ctx() ctx: Context) {
    return service.isChangeable(b, ctx.clock.now())
  }
}

@Resolver(() => SlotHold)
export class SlotHoldFields {
  @FieldResolver(() => KepType, {
    description: 'The KEP the hold chose (any KEP named before confirming).',
  })
  kep(@Root() hold: SlotHold, @Ctx() ctx: Context) {
    return ctx.catalog.kep.load(hold.kepId)
  }
}

export const bookingsResolvers = [
  BookingOperations,
  BookingFields,
  SlotHoldFields,
  AdminBookingOperations,
] as const
