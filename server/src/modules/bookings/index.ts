// The bookings module's public surface: other modules import only this file.
export * from './bookings.table.js'
export { createBookingsLoaders, type BookingsContext } from './bookings.loaders.js'
export { bookingsResolvers } from './bookings.resolver.js'
export {
  bookAppointment,
  cancelBooking,
  getBooking,
  myBookings,
  rescheduleBooking,
  type Booking,
} from './bookings.service.js'
export { canReadBooking } from './bookings.policy.js'
