// The bookings module's public surface: other modules import only this file.
export * from './bookings.table.js'
