/** Booking, my bookings, rescheduling and cancelling. */
export const booking = {}
