// The bookings module's public surface: other modules import only this file.
export * from './bookings.table.js'
export { createBookingsLoaders, type BookingsContext } from './bookings.loaders.js'
export { bookingsResolvers } from './bookings.resolver.js'
export {
  bookAppointment,
  cancelBooking,
  cancelBookingForCitizen,
  getBooking,
  myBookings,
  rescheduleBooking,
  rescheduleBookingForCitizen,
  type Booking,
} from './bookings.service.js'
export { canActForCitizen, canReadBooking, canSeeAssignment } from './bookings.policy.js'
export { updateBookingContact, type ContactChangeInput } from './contact.service.js'
export { myBookingAllowance, type BookingAllowance } from './allowance.service.js'
export {
  futureBookings,
  lockFutureBookings,
  writeAdministrativeOutcome,
  type AdministrativeOutcome,
  type BookingWatch,
  type TouchedBooking,
} from './administrative.service.js'
export { Booking as BookingType, DeliveryMethod as DeliveryMethodType } from './bookings.types.js'
export { setBookingStatusFromCall, type CallOutcomeStatus } from './call-outcome.js'
export { documentsRouter, type DocumentsHttpDeps } from './documents.http.js'
export { deleteExpiredDocuments } from './documents.service.js'
export { pseudonym, pseudonymiseBookings } from './pseudonymise.js'
export { forgetInactiveCitizens, pseudonymiseOldBookings } from './retention.js'
export { checkContact, isValidEmail, normalisePhone } from './booking.validation.js'
export {
  adminBookings,
  bookingsPage,
  parseBookingsFilter,
  type AdminBookingRow,
  type AdminBookingsFilter,
  type AdminBookingsSort,
} from './admin-bookings.service.js'
export { adminBookingsExport } from './admin-bookings.export.js'
