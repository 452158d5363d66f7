import type { parameters as el } from '../el/parameters'

// Field parameters and settings (issue 13 item 3): English, the same keys as the Greek.
export const parameters: Record<keyof typeof el, string> = {
  'parameters.nav': 'Parameters',
  'parameters.title': 'Field parameters and settings',
  'parameters.intro':
    'Each change applies from the date you set to appointments booked from then on; existing appointments keep their length.',
  'parameters.readOnly': 'You can see the parameters; only an ADMINISTRATOR can change them.',
  'parameters.fields.title': 'Parameters of the thematic fields',
  'parameters.category.information': 'Information',
  'parameters.category.business': 'Businesses',
  'parameters.category.disability': 'People with disabilities',
  'parameters.category.municipal': 'Municipal services',
  'parameters.callMinutes': 'Call length (minutes)',
  'parameters.bufferMinutes': 'Buffer after the call (minutes)',
  'parameters.slotStepMinutes': 'Slot step (minutes)',
  'parameters.minNoticeMinutes': 'Minimum notice (minutes)',
  'parameters.horizonDays': 'Booking horizon (days)',
  'parameters.inForce': 'In force',
  'parameters.inForceSince': 'In force since {date}',
  'parameters.inForceOwn': "The field's initial values",
  'parameters.scheduled': 'Scheduled changes',
  'parameters.scheduledNone': 'No change scheduled.',
  'parameters.from': 'From {date}',
  'parameters.cancel': 'Cancel the change from {date}',
  'parameters.cancelled': 'The scheduled change was cancelled.',
  'parameters.change': 'New version of the parameters',
  'parameters.changeOf': 'New version of the parameters: {field}',
  'parameters.effectiveFrom': 'Effective from',
  'parameters.effectiveFrom.hint':
    'Date and time (Greece). Leave empty to apply at once. At most a year ahead.',
  'parameters.effectiveFrom.now': 'At once',
  'parameters.preview': 'Preview the impact',
  'parameters.preview.title': 'Impact on free places next week',
  'parameters.preview.explain':
    'Free places across the network for the field: every free employee at every start time. Existing appointments do not change.',
  'parameters.preview.day': 'Day',
  'parameters.preview.before': 'Before',
  'parameters.preview.after': 'After',
  'parameters.preview.difference': 'Difference',
  'parameters.preview.total': 'Week total',
  'parameters.confirm.title': 'Confirm the change',
  'parameters.confirm.apply': 'Confirm and schedule',
  'parameters.confirm.back': 'Back to the form',
  'parameters.applied': 'The new version was saved and applies from {date}.',
  'parameters.settings.title': 'Settings',
  'parameters.setting.booking.maxFutureBookingsPerCitizen': 'Most future appointments per citizen',
  'parameters.setting.booking.holdMinutes': "How long a citizen's chosen time is held (minutes)",
  'parameters.setting.documents.retentionDaysAfterAppointment':
    'Documents kept after the appointment (days)',
  'parameters.setting.retention.auditYears':
    'The audit trail kept (years; older months dropped after a checkpoint)',
  'parameters.setting.notifications.reminderLeadMinutes':
    'Reminders before the appointment (minutes)',
  'parameters.setting.calls.noShowGraceMinutes': 'No-show grace (minutes)',
  'parameters.setting.calls.joinOpensMinutesBefore': 'The call opens before the start (minutes)',
  'parameters.setting.calls.joinClosesMinutesAfterEnd': 'The call closes after the end (minutes)',
  'parameters.setting.retention.invitationDaysAfterAppointment':
    'Interpreter invitations and join links kept after the appointment (days)',
  'parameters.setting.retention.outboxDaysAfterSending': 'Emails kept after sending (days)',
  'parameters.setting.retention.bookingPersonalDataMonths':
    "Appointments' personal data pseudonymised after the appointment (months)",
  'parameters.setting.retention.inactiveCitizenMonths':
    'Citizens with no login and nothing left to keep forgotten after (months)',
  'parameters.setting.value': 'New value',
  'parameters.setting.value.hint': 'A whole number from {min} to {max}.',
  'parameters.setting.values.hint':
    'Up to {max} different whole numbers from {min} to {maxValue}, separated by commas, e.g. 1440, 30.',
  'parameters.setting.change': 'Change',
  'parameters.setting.changeOf': 'Change setting: {setting}',
  'parameters.setting.preview': 'From {before} to {after}, from {date}.',
  'parameters.setting.applied': 'The setting was saved and applies from {date}.',
  'parameters.setting.none': '—',
  'parameters.error.number': 'Give a whole number.',
  'parameters.error.date': 'Give a date and time.',
  'parameters.close': 'Close',
}
