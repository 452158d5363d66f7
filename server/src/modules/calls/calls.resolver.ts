import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars'
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { DomainError } from '../../platform/errors.js'
import { BookingType, canReadBooking, type Booking } from '../bookings/index.js'
import type { CallEventMessage, CallSignalMessage, KepCallMessage } from './calls.events.js'
import { BookingCallTimesFields } from './call-times.resolver.js'
import { callWindowOf } from './call-window.js'
import type { CallsContext } from './calls.context.js'
import { canReadCallCaseData } from './calls.policy.js'
import * as service from './calls.service.js'
import { subscribeEvents, subscribeKepCalls, subscribeSignals } from './calls.subscriptions.js'
import {
  AdmitInterpreterInput,
  Call,
  CallEvent,
  CallIdInput,
  CallInvitationInfo,
  CallInvitationPayload,
  CallParticipant,
  CallPayload,
  CallSignal,
  CheckIdentityDocumentInput,
  ConfirmIdentityInput,
  IceServer,
  IdentityCheck,
  IdentityDocumentCheck,
  IdentityDocumentType,
  InviteToCallInput,
  JoinCallInput,
  JoinCallPayload,
  MissedSignalsPage,
  ParticipantInput,
  RecordNoShowInput,
  RecordSubmissionInput,
  SendSignalInput,
  SendSignalPayload,
  SetVideoEnabledInput,
  StaffAppointment,
  SubmissionRecord,
} from './calls.types.js'
import {
  checkIdentityDocument,
  confirmIdentity,
  requestIdentityDocument,
} from './identity-check.service.js'
import { callInvitation, inviteToCall } from './invitations.service.js'
import { HandOverOperations } from './handover.resolver.js'
import { endCall, recordNoShow, recordSubmission } from './outcome.service.js'

type Context = BaseContext & CallsContext

// Thin: each operation passes the caller to the service, where the rules and the policy live.
// The participant-token operations are open to anonymous callers (an interpreter has no login);
// the token, checked against the caller's session, is what lets them in.

const signalOf = (s: CallSignalMessage): CallSignal => ({ ...s, at: new Date(s.at) })

@Resolver()
export class CallOperations {
  @Mutation(() => JoinCallPayload, {
    description:
      'Joins a call as a new participant (R2.7, R6.1, R2.8): the booking’s citizen (waits to be admitted), the KEP’s staff, or an interpreter by invitation token.',
  })
  async joinCall(@Ctx() ctx: Context, @Arg('input', () => JoinCallInput) input: JoinCallInput) {
    const joined = await service.joinCall(
      ctx.db,
      ctx.clock,
      ctx.actor,
      input,
      ctx.callServices,
      ctx,
    )
    return { ...joined, browserKey: joined.browserKey ?? null }
  }

  @Authorized(Role.Staff)
  @Mutation(() => CallPayload, { description: 'Lets the waiting citizen into the call.' })
  async admitCitizen(@Ctx() ctx: Context, @Arg('input', () => CallIdInput) input: CallIdInput) {
    return {
      call: await service.admitCitizen(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices, ctx),
    }
  }

  @Authorized(Role.Staff)
  @Mutation(() => CallPayload, {
    description:
      'Lets a waiting interpreter into the call (issue 11 defect 5), once the employee has seen their name.',
  })
  async admitInterpreter(
    @Ctx() ctx: Context,
    @Arg('input', () => AdmitInterpreterInput) input: AdmitInterpreterInput,
  ) {
    return {
      call: await service.admitInterpreter(
        ctx.db,
        ctx.clock,
        ctx.actor,
        input,
        ctx.callServices,
        ctx,
      ),
    }
  }

  @Mutation(() => SendSignalPayload, {
    description: 'Puts a WebRTC signal into the call’s mailbox for another participant.',
  })
  sendSignal(@Ctx() ctx: Context, @Arg('input', () => SendSignalInput) input: SendSignalInput) {
    return service.sendSignal(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices)
  }

  @Query(() => MissedSignalsPage, {
    description:
      'The signals addressed to this participant after afterSeq, the last seq it saw (after a reconnect), a page at a time.',
  })
  async missedSignals(
    @Ctx() ctx: Context,
    @Arg('callId', () => ID) callId: string,
    @Arg('participantToken') participantToken: string,
    @Arg('afterSeq', () => Int) afterSeq: number,
    @Arg('first', () => Int, { nullable: true, description: 'At most 500 (the default).' })
    first?: number | null,
  ): Promise<MissedSignalsPage> {
    const page = await service.missedSignals(ctx.db, ctx.actor, {
      callId,
      participantToken,
      afterSeq,
      first,
    })
    return { signals: page.signals.map(signalOf), hasMore: page.hasMore }
  }

  @Query(() => [IceServer], { description: 'STUN/TURN servers for this participant.' })
  iceServers(
    @Ctx() ctx: Context,
    @Arg('callId', () => ID) callId: string,
    @Arg('participantToken') participantToken: string,
  ) {
    return service.iceServersOf(ctx.db, ctx.actor, { callId, participantToken }, ctx.callServices)
  }

  @Mutation(() => CallPayload, { description: 'This page leaves the call.' })
  async leaveCall(@Ctx() ctx: Context, @Arg('input', () => ParticipantInput) i: ParticipantInput) {
    return { call: await service.leaveCall(ctx.db, ctx.clock, ctx.actor, i, ctx.callServices) }
  }

  @Mutation(() => CallPayload, {
    description: 'R6.3: video off (audio only) or on again; only after the identity check.',
  })
  async setVideoEnabled(
    @Ctx() ctx: Context,
    @Arg('input', () => SetVideoEnabledInput) input: SetVideoEnabledInput,
  ) {
    return {
      call: await service.setVideoEnabled(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices),
    }
  }

  @Authorized(Role.Staff)
  @Query(() => [StaffAppointment], {
    description:
      'The employee’s KEP’s appointments of an Athens day (default today), by start, with their calls.',
  })
  kepCalls(
    @Ctx() ctx: Context,
    @Arg('date', () => LocalDateResolver, { nullable: true }) date?: string | null,
  ) {
    return service.kepCalls(ctx.db, ctx.clock, ctx.actor, date, ctx)
  }

  @Authorized(Role.Staff)
  @Mutation(() => CallPayload, {
    description:
      'R6.2: asks the citizen to hold their identity document to the camera (their page shows how and says so).',
  })
  async requestIdentityDocument(
    @Ctx() ctx: Context,
    @Arg('input', () => CallIdInput) input: CallIdInput,
  ) {
    return {
      call: await requestIdentityDocument(
        ctx.db,
        ctx.clock,
        ctx.actor,
        input,
        ctx.callServices,
        ctx,
      ),
    }
  }

  @Authorized(Role.Staff)
  @Mutation(() => IdentityDocumentCheck, {
    description:
      'R6.2, R7.1: checks a shown identity document through KED; the holder’s data are returned, not stored.',
  })
  checkIdentityDocument(
    @Ctx() ctx: Context,
    @Arg('input', () => CheckIdentityDocumentInput) input: CheckIdentityDocumentInput,
  ) {
    return checkIdentityDocument(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices, ctx)
  }

  @Authorized(Role.Staff)
  @Mutation(() => CallPayload, {
    description:
      'R1.3, R6.2: records the identity check’s result (type, keyed hash of the number, who, when); never an image.',
  })
  async confirmIdentity(
    @Ctx() ctx: Context,
    @Arg('input', () => ConfirmIdentityInput) input: ConfirmIdentityInput,
  ) {
    return {
      call: await confirmIdentity(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices, ctx),
    }
  }

  @Authorized(Role.Staff)
  @Mutation(() => CallInvitationPayload, {
    description:
      'R2.8: a one-time link for a third person (interpreter), for bookings that asked for one.',
  })
  inviteToCall(
    @Ctx() ctx: Context,
    @Arg('input', () => InviteToCallInput) input: InviteToCallInput,
  ) {
    return inviteToCall(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices, ctx)
  }

  @Query(() => CallInvitationInfo, {
    nullable: true,
    description: 'What an invitation link is for, for the guest page; null for an unknown link.',
  })
  callInvitation(@Ctx() ctx: Context, @Arg('token') token: string) {
    return callInvitation(ctx.db, ctx.clock, ctx.actor, token, ctx.locale)
  }

  @Authorized(Role.Staff)
  @Mutation(() => CallPayload, {
    description:
      'R7.3: records the successful submission form and ends the call; the booking is completed.',
  })
  async recordSubmission(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordSubmissionInput) input: RecordSubmissionInput,
  ) {
    return {
      call: await recordSubmission(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices, ctx),
    }
  }

  @Authorized(Role.Staff)
  @Mutation(() => CallPayload, {
    description:
      'Ends the call without a submission form (nothing filed); the booking is completed.',
  })
  async endCall(@Ctx() ctx: Context, @Arg('input', () => CallIdInput) input: CallIdInput) {
    return { call: await endCall(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices, ctx) }
  }

  @Authorized(Role.Staff)
  @Mutation(() => CallPayload, {
    description: 'The citizen did not come: from the start plus the grace period.',
  })
  async recordNoShow(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordNoShowInput) input: RecordNoShowInput,
  ) {
    return {
      call: await recordNoShow(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices, ctx),
    }
  }

  @Subscription(() => CallSignal, {
    description:
      'Signals addressed to this participant. With afterSeq, the mailbox after it is replayed first.',
    subscribe: ({ args, context }) => {
      const ctx = context as Context
      return subscribeSignals(ctx.db, ctx.actor, ctx.callServices, args as never)
    },
  })
  callSignals(
    @Root() signal: CallSignalMessage,
    @Arg('callId', () => ID) _callId: string,
    @Arg('participantToken') _participantToken: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number | null,
  ): CallSignal {
    return signalOf(signal)
  }

  @Subscription(() => CallEvent, {
    description: 'What happens in the call (joined, waiting, admitted, verified, left, ended …).',
    subscribe: ({ args, context }) => {
      const ctx = context as Context
      return subscribeEvents(ctx.db, ctx.clock, ctx.actor, ctx.callServices, args as never)
    },
  })
  callEvents(
    @Root() event: CallEventMessage,
    @Arg('callId', () => ID) _callId: string,
    @Arg('participantToken') _participantToken: string,
  ) {
    return { ...event, at: new Date(event.at) }
  }

  @Subscription(() => Call, {
    description: 'Every change of a call of the employee’s KEP (who is waiting, live).',
    subscribe: ({ context }) => {
      const ctx = context as Context
      return subscribeKepCalls(ctx.actor, ctx.callServices)
    },
  })
  async kepCallUpdates(@Root() message: KepCallMessage, @Ctx() ctx: Context) {
    return ctx.callLoaders.call.load(message.callId)
  }
}

/** Whether the caller may read the call's personal and case data (issue 11 defect 6). */
async function readsCaseData(ctx: Context, bookingId: string): Promise<boolean> {
  const booking = await ctx.callLoaders.booking.load(bookingId)
  return booking !== null && canReadCallCaseData(ctx.actor, booking)
}

// The fields of a call that carry personal or case data answer only those who may read the
// booking (calls.policy.ts); an interpreter gets null (or a role's name), not an error, so the
// call's state still reaches their page. Each has a row in app/authorization.matrix.ts.
@Resolver(() => Call)
export class CallFields {
  @FieldResolver(() => BookingType, {
    description: 'For the citizen and the KEP’s staff; an interpreter is refused.',
  })
  async booking(@Root() call: service.CallRow, @Ctx() ctx: Context) {
    const booking = await ctx.callLoaders.booking.load(call.bookingId)
    if (!booking || !canReadBooking(ctx.actor, booking)) {
      throw new DomainError('FORBIDDEN', {
        el: 'Τα στοιχεία του ραντεβού δεν εμφανίζονται σε τρίτους.',
        en: 'The appointment’s details are not shown to third parties.',
      })
    }
    return booking
  }

  @FieldResolver(() => [CallParticipant], { description: 'Who is in the call now.' })
  participants(@Root() call: service.CallRow, @Ctx() ctx: Context) {
    return ctx.callLoaders.participants.load(call.id)
  }

  @FieldResolver(() => IdentityCheck, {
    nullable: true,
    description: 'For the citizen and the KEP’s staff; null for an interpreter.',
  })
  async identityCheck(
    @Root() call: service.CallRow,
    @Ctx() ctx: Context,
  ): Promise<IdentityCheck | null> {
    if (!call.identityCheckedAt || !call.identityDocumentType || call.identityVerified === null) {
      return null
    }
    if (!(await readsCaseData(ctx, call.bookingId))) return null
    return {
      documentType: call.identityDocumentType as IdentityDocumentType,
      verified: call.identityVerified,
      checkedAt: call.identityCheckedAt,
      kedReference: call.kedReference,
    }
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'null until the employee records the check; then its result. For the citizen and the KEP’s staff; null for an interpreter.',
  })
  async identityVerified(@Root() call: service.CallRow, @Ctx() ctx: Context) {
    if (call.identityVerified === null) return null
    return (await readsCaseData(ctx, call.bookingId)) ? call.identityVerified : null
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description:
      'When the employee last asked the citizen to hold their identity document to the camera (R6.2). For the citizen and the KEP’s staff.',
  })
  async identityDocumentRequestedAt(@Root() call: service.CallRow, @Ctx() ctx: Context) {
    if (call.identityDocumentRequestedAt === null) return null
    return (await readsCaseData(ctx, call.bookingId)) ? call.identityDocumentRequestedAt : null
  }

  @FieldResolver(() => SubmissionRecord, {
    nullable: true,
    description: 'R7.3: the call’s outcome, for the citizen and the KEP’s staff; null for others.',
  })
  async submission(@Root() call: service.CallRow, @Ctx() ctx: Context) {
    if (!(await readsCaseData(ctx, call.bookingId))) return null
    return ctx.callLoaders.submissionOfBooking.load(call.bookingId)
  }
}

const roleNames: Record<service.ParticipantRow['role'], { el: string; en: string }> = {
  citizen: { el: 'Πολίτης', en: 'Citizen' },
  employee: { el: 'Υπάλληλος ΚΕΠ', en: 'KEP employee' },
  interpreter: { el: 'Διερμηνέας', en: 'Interpreter' },
}

@Resolver(() => CallParticipant)
export class CallParticipantFields {
  @FieldResolver(() => String, {
    description:
      'The participant’s name for the citizen and the KEP’s staff (an interpreter’s as they gave it); for an interpreter, the role’s name.',
  })
  async displayName(@Root() participant: service.ParticipantRow, @Ctx() ctx: Context) {
    const call = await ctx.callLoaders.call.load(participant.callId)
    if (call && (await readsCaseData(ctx, call.bookingId))) return participant.displayName
    return roleNames[participant.role][ctx.locale]
  }
}

@Resolver(() => CallEvent)
export class CallEventFields {
  @FieldResolver(() => Call)
  async call(@Root() event: CallEventMessage, @Ctx() ctx: Context) {
    return ctx.callLoaders.call.load(event.callId)
  }
}

@Resolver(() => BookingType)
export class BookingCallFields {
  @FieldResolver(() => DateTimeResolver, {
    description:
      'R2.7: from when the booking’s call can be joined (calls.joinOpensMinutesBefore before the start); the join link works from then too.',
  })
  async callOpensAt(@Root() booking: Booking, @Ctx() ctx: Context) {
    return callWindowOf(booking, await ctx.callLoaders.windowRule.load('rule')).opensAt
  }

  @FieldResolver(() => DateTimeResolver, {
    description:
      'R2.7: until when the booking’s call can be joined (calls.joinClosesMinutesAfterEnd after the end), the join link too.',
  })
  async callClosesAt(@Root() booking: Booking, @Ctx() ctx: Context) {
    return callWindowOf(booking, await ctx.callLoaders.windowRule.load('rule')).closesAt
  }

  @FieldResolver(() => SubmissionRecord, {
    nullable: true,
    description: 'R7.3: the call’s outcome, for the citizen and the KEP’s staff.',
  })
  submission(@Root() booking: Booking, @Ctx() ctx: Context) {
    if (!canReadBooking(ctx.actor, booking)) return null
    return ctx.callLoaders.submissionOfBooking.load(booking.id)
  }
}

export const callsResolvers = [
  CallOperations,
  CallFields,
  CallParticipantFields,
  CallEventFields,
  BookingCallFields,
  BookingCallTimesFields,
  HandOverOperations,
] as const
