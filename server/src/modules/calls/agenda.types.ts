import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { BookingType, type Booking } from '../bookings/index.js'
import { Call } from './calls.types.js'

export enum AppointmentState {
  NOT_STARTED = 'not_started',
  WAITING = 'waiting',
  IN_CALL = 'in_call',
  DONE = 'done',
  NO_SHOW = 'no_show',
  CANCELLED = 'cancelled',
}
registerEnumType(AppointmentState, {
  name: 'AppointmentState',
  description:
    'Where an appointment stands (issue 14): from the booking’s status and its call’s; WAITING while the citizen waits to be let in.',
})

export enum AgendaScope {
  MINE = 'mine',
  KEP = 'kep',
}
registerEnumType(AgendaScope, {
  name: 'AgendaScope',
  description: 'MINE: the appointments assigned to the employee; KEP: all of their KEP’s.',
})

@ObjectType({
  description: 'One appointment of a staff agenda or search, with its call and state.',
})
export class AgendaAppointment {
  // Typed by the row (not the class): no design-time reference to another module's class.
  @Field(() => BookingType)
  booking!: Booking

  @Field(() => Call, { nullable: true, description: 'Once someone joined it.' })
  call!: Call | null

  @Field(() => AppointmentState)
  state!: AppointmentState
}
