import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { BookingType, DeliveryMethodType, type Booking } from '../bookings/index.js'

export enum CallStatus {
  WAITING = 'waiting',
  IN_CALL = 'in_call',
  ENDED = 'ended',
  NO_SHOW = 'no_show',
}
registerEnumType(CallStatus, {
  name: 'CallStatus',
  description:
    'WAITING until the employee admits the citizen, IN_CALL, then ENDED (outcome recorded) or NO_SHOW.',
})

export enum CallRole {
  CITIZEN = 'citizen',
  EMPLOYEE = 'employee',
  INTERPRETER = 'interpreter',
}
registerEnumType(CallRole, { name: 'CallRole' })

export enum CallEventType {
  /** The call as it is when the subscription starts: always the first event. */
  STATE = 'state',
  JOINED = 'joined',
  WAITING = 'waiting',
  ADMITTED = 'admitted',
  /** The employee asks the citizen to hold their identity document to the camera. */
  DOCUMENT_REQUESTED = 'document_requested',
  VERIFIED = 'verified',
  AUDIO_ONLY = 'audio_only',
  VIDEO_ON = 'video_on',
  LEFT = 'left',
  ENDED = 'ended',
  NO_SHOW = 'no_show',
  /** Issue 14 item 2: the booking went to another employee, who runs the call from now on. */
  HANDED_OVER = 'handed_over',
}
registerEnumType(CallEventType, { name: 'CallEventType' })

export enum IdentityDocumentType {
  ID_CARD = 'ID_CARD',
  PASSPORT = 'PASSPORT',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
}
registerEnumType(IdentityDocumentType, { name: 'IdentityDocumentType' })

export enum KedStatus {
  VALID = 'VALID',
  NOT_FOUND = 'NOT_FOUND',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(KedStatus, {
  name: 'KedStatus',
  description: 'KED’s answer; UNAVAILABLE when KED could not be reached.',
})

@ObjectType({ description: 'One browser page in a call.' })
export class CallParticipant {
  @Field(() => ID)
  id!: string

  @Field(() => CallRole)
  role!: CallRole

  @Field({ description: 'False while a citizen waits to be let in.' })
  admitted!: boolean

  @Field({ description: 'False when this participant switched to audio only (R6.3).' })
  videoEnabled!: boolean

  @Field(() => DateTimeResolver)
  joinedAt!: Date
}

@ObjectType({
  description: 'The recorded identity check (R1.3, R6.2): never an image, never the number.',
})
export class IdentityCheck {
  @Field(() => IdentityDocumentType)
  documentType!: IdentityDocumentType

  @Field()
  verified!: boolean

  @Field(() => DateTimeResolver)
  checkedAt!: Date

  @Field(() => String, { nullable: true, description: 'KED’s reference of the check.' })
  kedReference!: string | null
}

@ObjectType({ description: 'The "successful submission form" — the call’s outcome (R7.3).' })
export class SubmissionRecord {
  @Field({ description: 'The protocol number the application was filed under (R6.2).' })
  protocolNumber!: string

  @Field()
  filedDescription!: string

  @Field(() => DeliveryMethodType)
  deliveryMethod!: 'post' | 'email' | 'pickup'

  @Field(() => String, { nullable: true })
  notes!: string | null

  @Field(() => DateTimeResolver)
  recordedAt!: Date
}

@ObjectType({ description: 'The video call of a booking. Nothing of it is recorded (R7.3).' })
export class Call {
  @Field(() => ID)
  id!: string

  @Field(() => ID)
  bookingId!: string

  @Field(() => CallStatus)
  status!: CallStatus

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the citizen was let in.' })
  admittedAt!: Date | null

  @Field(() => DateTimeResolver, { nullable: true })
  endedAt!: Date | null

  @Field({ description: 'Whether anyone in the call has their video off (R6.3).' })
  audioOnly!: boolean
}

@ObjectType()
export class IceServer {
  @Field(() => [String])
  urls!: string[]

  @Field(() => String, { nullable: true })
  username!: string | null

  @Field(() => String, { nullable: true })
  credential!: string | null
}

@ObjectType()
export class JoinCallPayload {
  @Field(() => CallParticipant)
  participant!: CallParticipant

  @Field({
    description:
      'This page’s secret in the call: pass it to every later call operation. Never shown or stored.',
  })
  participantToken!: string

  @Field(() => Call)
  call!: Call

  @Field(() => [IceServer], { description: 'Empty when none are configured (one machine).' })
  iceServers!: IceServer[]

  @Field(() => String, {
    nullable: true,
    description:
      'An interpreter’s page: the key binding the invitation to this browser. Keep it in this browser only and pass it as browserKey to join again (a reload); null for others.',
  })
  browserKey!: string | null
}

@ObjectType()
export class CallPayload {
  @Field(() => Call)
  call!: Call
}

@ObjectType()
export class SendSignalPayload {
  @Field(() => Int, { description: 'The signal’s number in the call’s mailbox.' })
  seq!: number
}

@ObjectType({ description: 'A WebRTC signalling message from one participant to another.' })
export class CallSignal {
  @Field(() => Int)
  seq!: number

  @Field(() => ID, { description: 'The sending participant.' })
  from!: string

  @Field(() => ID)
  to!: string

  @Field()
  negotiationId!: string

  @Field(() => JSONObjectResolver)
  payload!: Record<string, unknown>

  @Field(() => DateTimeResolver)
  at!: Date
}

@ObjectType({ description: 'A page of a participant’s mailbox, after a reconnect.' })
export class MissedSignalsPage {
  @Field(() => [CallSignal], { description: 'In sequence order.' })
  signals!: CallSignal[]

  @Field({ description: 'More follow: ask again after the last seq of this page.' })
  hasMore!: boolean
}

@ObjectType()
export class CallEvent {
  @Field(() => CallEventType)
  type!: CallEventType

  @Field(() => ID, { nullable: true, description: 'The participant it is about, if any.' })
  participantId!: string | null

  @Field(() => DateTimeResolver)
  at!: Date
}

@ObjectType({ description: 'One appointment of the employee’s day, with its call if it began.' })
export class StaffAppointment {
  // Typed by the row (not the class): no design-time reference to another module's class.
  @Field(() => BookingType)
  booking!: Booking

  @Field(() => Call, { nullable: true })
  call!: Call | null
}

@ObjectType({ description: 'The document’s holder as KED knows them; shown, never stored.' })
export class DocumentHolder {
  @Field()
  firstName!: string

  @Field()
  lastName!: string

  @Field(() => String, { nullable: true })
  fatherName!: string | null

  @Field(() => LocalDateResolver)
  birthDate!: string
}

@ObjectType()
export class IdentityDocumentCheck {
  @Field(() => KedStatus)
  status!: KedStatus

  @Field(() => DocumentHolder, { nullable: true })
  holder!: DocumentHolder | null

  @Field(() => String, { nullable: true })
  kedReference!: string | null

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the holder’s name is the booking’s (accents and case ignored); null without a holder.',
  })
  matchesBooking!: boolean | null
}

@ObjectType()
export class CallInvitationPayload {
  @Field({ description: 'The one-time link for the third person (R2.8).' })
  link!: string

  @Field(() => DateTimeResolver)
  expiresAt!: Date

  @Field({ description: 'Whether the link was emailed (false when no email was given or sent).' })
  emailSent!: boolean
}

export enum CallInvitationRefusal {
  EXPIRED = 'expired',
  CALL_ENDED = 'call_ended',
}
registerEnumType(CallInvitationRefusal, {
  name: 'CallInvitationRefusal',
  description:
    'Why an invitation link no longer lets its holder in: EXPIRED (ask the KEP for a new one) or CALL_ENDED.',
})

@ObjectType({ description: 'What the interpreter’s page shows before joining.' })
export class CallInvitationInfo {
  @Field({ description: 'Whether the link still lets its holder in.' })
  valid!: boolean

  @Field(() => CallInvitationRefusal, {
    nullable: true,
    description: 'Why the link no longer works; null while it does.',
  })
  refusal!: CallInvitationRefusal | null

  @Field(() => String, {
    nullable: true,
    description: 'For the citizen and the KEP’s staff; null for the link’s holder.',
  })
  bookingReference!: string | null

  @Field()
  kepName!: string

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => DateTimeResolver)
  endsAt!: Date

  @Field(() => DateTimeResolver)
  expiresAt!: Date
}

@InputType()
export class JoinCallInput {
  @Field(() => ID, { nullable: true, description: 'The citizen or the KEP’s staff: the booking.' })
  bookingId?: string | null

  @Field(() => String, { nullable: true, description: 'An interpreter: the invitation’s token.' })
  invitationToken?: string | null

  @Field(() => String, {
    nullable: true,
    description:
      'An interpreter: their full name, required the first time the link is used (shown to the employee, audited).',
  })
  guestName?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'An interpreter joining again from the same browser: the browserKey it received.',
  })
  browserKey?: string | null
}

@InputType()
export class AdmitInterpreterInput {
  @Field(() => ID)
  callId!: string

  @Field(() => ID, { description: 'The waiting interpreter (a participant of the call).' })
  participantId!: string
}

@InputType()
export class CallIdInput {
  @Field(() => ID)
  callId!: string
}

@InputType()
export class ParticipantInput {
  @Field(() => ID)
  callId!: string

  @Field()
  participantToken!: string
}

@InputType()
export class SendSignalInput {
  @Field(() => ID)
  callId!: string

  @Field()
  participantToken!: string

  @Field(() => ID, { description: 'The recipient participant.' })
  to!: string

  @Field()
  negotiationId!: string

  @Field(() => JSONObjectResolver, { description: 'At most 16 kB of JSON.' })
  payload!: Record<string, unknown>
}

@InputType()
export class SetVideoEnabledInput {
  @Field(() => ID)
  callId!: string

  @Field()
  participantToken!: string

  @Field()
  enabled!: boolean
}

@InputType()
export class CheckIdentityDocumentInput {
  @Field(() => ID)
  callId!: string

  @Field(() => IdentityDocumentType)
  documentType!: IdentityDocumentType

  @Field()
  documentNumber!: string
}

@InputType()
export class ConfirmIdentityInput {
  @Field(() => ID)
  callId!: string

  @Field(() => IdentityDocumentType)
  documentType!: IdentityDocumentType

  @Field()
  documentNumber!: string

  @Field({ description: 'true needs a VALID KED check of the same document in this call.' })
  verified!: boolean
}

@InputType()
export class InviteToCallInput {
  @Field(() => ID)
  callId!: string

  @Field(() => String, { nullable: true, description: 'Where to email the link, if anywhere.' })
  email?: string | null
}

@InputType()
export class RecordSubmissionInput {
  @Field(() => ID)
  callId!: string

  @Field()
  protocolNumber!: string

  @Field()
  filedDescription!: string

  @Field(() => DeliveryMethodType)
  deliveryMethod!: 'post' | 'email' | 'pickup'

  @Field(() => String, { nullable: true })
  notes?: string | null
}

@InputType()
export class RecordNoShowInput {
  @Field(() => ID)
  bookingId!: string
}

@InputType()
export class HandOverBookingInput {
  @Field(() => ID)
  bookingId!: string

  @Field(() => ID, {
    nullable: true,
    description: 'A colleague of the same KEP, free at that time; without it, the next free one.',
  })
  toEmployeeId?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'Why, in a few words (at most 500 characters).',
  })
  reason?: string | null
}

@ObjectType({ description: 'Issue 14 item 2: the booking after it was handed over.' })
export class HandOverPayload {
  // Typed by the row (not the class): no design-time reference to another module's class.
  @Field(() => BookingType)
  booking!: Booking

  @Field(() => ID)
  assignedToId!: string

  @Field()
  assignedToName!: string
}

@ObjectType({ description: 'An employee of the KEP, as a colleague sees them.' })
export class Colleague {
  @Field(() => ID)
  id!: string

  @Field()
  displayName!: string
}

@ObjectType({
  description:
    'Issue 14 item 2: whom a booking’s call is assigned to, and whether the caller runs it (the assigned employee or the KEP’s manager).',
})
export class CallAssignment {
  @Field(() => ID)
  bookingId!: string

  @Field(() => ID)
  assignedToId!: string

  @Field()
  assignedToName!: string

  @Field({ description: 'Whether the caller may admit the citizen and conduct the call.' })
  conductsCall!: boolean

  @Field({ description: 'Whether it may still be handed over (the citizen not yet let in).' })
  canHandOver!: boolean
}
