// The notifications module's public surface: other modules import only this file.
export * from './notifications.table.js'
export {
  bookingEmailWrites,
  callOutcomeEmailWrite,
  contactChangeEmailWrites,
  enqueueBookingEmails,
  listOutboxFailures,
  sendDueEmails,
  type BookingChange,
  type ContactField,
  type OutboxBooking,
  type SenderDeps,
  type TickResult,
} from './outbox.service.js'
export type { CallOutcomeMail } from './email.js'
export { createMailTransport } from './mail-transport.js'
export { startOutboxSender } from './sender.job.js'
export { startSmtpSink, type ReceivedMail, type SmtpSink } from './smtp-sink.js'
export { issueJoinToken, joinTokenInfo, type JoinTokenInfo } from './join-tokens.js'
export { devMailRouter, joinRouter } from './notifications.http.js'
export { notificationsResolvers } from './notifications.resolver.js'
export { parseIcs } from './ics.js'
export { deleteOldEmails } from './retention.js'
export {
  applicationMailKind,
  enqueueApplicationEmail,
  type ApplicationMail,
} from './application-mail.js'
export {
  enqueueMorningSummaries,
  morningSummaryFromHour,
  morningSummaryUntilHour,
} from './morning-summary.js'
export { enqueueErasureEmail, erasureMailKind, type ErasureMail } from './erasure-mail.js'
