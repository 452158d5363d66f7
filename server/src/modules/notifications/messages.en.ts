import type { Messages } from './messages.js'

/** English, for a citizen who chose it (booking.locale = 'en'). */
export const en: Messages = {
  lang: 'en',
  dateLocale: 'en-GB',
  service: 'myKEPlive — KEP by video call',
  subject: {
    booked: (ref) => `Your appointment ${ref} is booked`,
    rescheduled: (ref) => `Your appointment ${ref} has moved`,
    reminder: (ref) => `Reminder: your appointment ${ref}`,
    cancelled: (ref) => `Your appointment ${ref} is cancelled`,
    outcome: (ref) => `Your application is filed (appointment ${ref})`,
    no_show: (ref) => `You did not join your appointment ${ref}`,
    contact_changed: (ref) => `The contact details of your appointment ${ref} have changed`,
  },
  heading: {
    booked: 'Upcoming appointment',
    rescheduled: 'Your appointment has moved',
    reminder: 'Reminder of your upcoming appointment',
    cancelled: 'Your appointment is cancelled',
    outcome: 'Your application is filed',
    no_show: 'You did not join your appointment',
    contact_changed: 'Your contact details have changed',
  },
  greeting: (name) => `Dear ${name},`,
  intro: {
    booked: 'Your video appointment with the KEP is booked. Its details:',
    rescheduled: 'Your video appointment with the KEP has moved. Its new details:',
    reminder: 'A reminder of your video appointment with the KEP:',
    cancelled: 'The appointment below is cancelled. You can book a new one at any time.',
    outcome: 'Your video call with the KEP is over and your application is filed.',
    no_show:
      'The KEP employee waited for you, but you did not join the video call of the appointment below. The appointment is closed.',
    contact_changed:
      "Your appointment's contact details were changed on the appointment's page. If you did not make this change, correct them on the same page.",
  },
  staffChange: {
    rescheduled: (reason) =>
      `A KEP employee changed the time on your behalf. The reason given: “${reason}”`,
    cancelled: (reason) =>
      `A KEP employee cancelled it on your behalf. The reason given: “${reason}”`,
  },
  detailsHeading: 'Appointment details',
  labels: {
    reference: 'Appointment number',
    field: 'Service field',
    procedure: 'Procedure',
    kep: 'KEP',
    address: 'KEP address',
    when: 'Date and time (Greek time)',
    length: 'Length of the video call',
    requirements: 'Special requirements',
  },
  minutes: (count) => (count === 1 ? '1 minute' : `${count} minutes`),
  requirements: {
    signLanguage: 'Greek Sign Language interpreting',
    lipReading: 'Lip-reading',
    none: 'None',
  },
  interpreterNote:
    'You asked for Greek Sign Language interpreting: the KEP will arrange an interpreter, who will join the video call.',
  lipReadingNote:
    'You asked for lip-reading: the employee will be told to speak slowly, with their face in view of the camera.',
  contactChangedHeading: 'Your new contact details',
  contactLabels: {
    email: 'Email',
    phone: 'Phone',
    postalAddress: 'Postal address',
    specialRequirements: 'Special requirements',
  },
  haveHeading: 'What to have at hand',
  identityDocument: 'Your identity card or passport, to show to the camera',
  device: 'A computer, phone or tablet with a camera and a microphone',
  joinHeading: 'Joining the video call',
  joinText: (opens) =>
    `At the time of the appointment, follow the link below. It opens ${opens} minutes before the start.`,
  joinLink: 'Join the video call',
  manageHeading: 'Change or cancel',
  manageText: 'If you cannot attend, change the time or cancel the appointment:',
  manageLink: 'Manage the appointment',
  newBookingLink: 'Book a new appointment',
  outcomeHeading: 'What was filed',
  outcomeLabels: {
    filed: 'What was filed',
    protocolNumber: 'Protocol number',
    delivery: 'How you will receive the document',
  },
  delivery: {
    post: 'By post, to the address you gave',
    email: 'By email, to this address',
    pickup: 'Collect it at the KEP',
  },
  noShowText: 'If you still need the service, book a new appointment:',
  calendarNote: 'The calendar invitation (.ics file) is attached.',
  footer: 'A message from the myKEPlive service. Please do not reply to it.',
  calendarSummary: (ref) => `KEP video appointment ${ref}`,
  morningSummary: {
    subject: (date, count) =>
      `Your appointments: ${date} (${count === 1 ? '1 appointment' : `${count} appointments`})`,
    heading: (date) => `Your appointments — ${date}`,
    intro: (count) =>
      count === 1
        ? 'Today you have 1 video-call appointment:'
        : `Today you have ${count} video-call appointments:`,
    columns: {
      time: 'Time',
      procedure: 'Procedure',
      citizen: 'Citizen',
      requirements: 'Special requirements',
      documents: 'Documents',
    },
    signLanguage: 'Sign language',
    lipReading: 'Lip-reading',
    noRequirements: '—',
    agendaText: "The day's details and changes are in your agenda:",
    agendaLink: 'Open the agenda',
    settingsNote:
      "You get this email because you turned it on in the staff app's Settings. It contains citizens' personal data: use it only to serve them.",
    footer: 'A message from the myKEPlive service. Please do not reply to it.',
  },
  municipalityApplication: {
    subject: {
      submitted: (m) => `Application to join myKEPlive: ${m} — submitted`,
      changes_requested: (m) => `Application to join myKEPlive: ${m} — changes requested`,
      approved: (m) => `Application to join myKEPlive: ${m} — approved`,
      rejected: (m) => `Application to join myKEPlive: ${m} — rejected`,
    },
    intro: {
      submitted:
        'We received the municipality’s application to join. The Ministry will review it and let you know by email.',
      changes_requested:
        'The Ministry reviewed the application to join and asks for changes. Please correct what follows and submit it again.',
      approved:
        'The application to join was approved. The municipality now takes part in myKEPlive: its KEPs and services are shown to citizens.',
      rejected: 'The application to join was rejected.',
    },
    reasonHeading: 'The reason',
    commentsHeading: 'What must change',
    sections: {
      municipality: 'Municipality',
      contact: 'Contact person',
      decision: 'Decision to join',
      keps: 'KEPs',
      employees: 'Employees',
      services: 'Services',
    },
    linkText: 'The application in the administration app',
    footer: 'A message from the myKEPlive service. Please do not reply to it.',
  },
}
