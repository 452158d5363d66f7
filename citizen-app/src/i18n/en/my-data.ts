import type { myData as el } from '../el/my-data'

/** "My data" (issue 19 item 3), in English; loaded with its page only. */
export const myData: Record<keyof typeof el, string> = {
  'myData.title': 'My data',
  'myData.lead':
    'What the service holds about you, and how to download it, correct your contact details or have it erased (GDPR Articles 15–17 and 20).',
  'myData.held.title': 'What we hold',
  'myData.held.name': 'Full name (from TaxisNet)',
  'myData.held.taxNumber': 'Tax number (ΑΦΜ)',
  'myData.held.taxNumber.value':
    'Only as a keyed fingerprint (HMAC), from which the number cannot be recovered.',
  'myData.held.bookings': 'Appointments',
  'myData.held.bookings.value': '{count}, of which {upcoming} to come',
  'myData.held.sessions': 'Logins (with IP address and browser)',
  'myData.held.emails': 'Emails about your appointments',
  'myData.download.title': 'Download your data',
  'myData.download.lead':
    'Everything we hold about you: appointments with their history, the names of your documents, video calls, emails, logins and your actions.',
  'myData.download.html': 'Download in a readable form (HTML)',
  'myData.download.json': 'Download for computers (JSON)',
  'myData.contact.title': 'Your contact details',
  'myData.contact.lead':
    'They fill in your next appointment. Your full name comes from TaxisNet and is not changed here.',
  'myData.contact.email': 'Email',
  'myData.contact.phone': 'Phone',
  'myData.contact.phoneHint': 'Landline or mobile, 10 digits.',
  'myData.contact.postalAddress': 'Postal address',
  'myData.contact.upcoming': 'Upcoming appointments',
  'myData.contact.applyToUpcoming': 'Change them in my upcoming appointments too',
  'myData.contact.applyToUpcoming.hint':
    'For each appointment that changes you will get one email at the new address.',
  'myData.contact.save': 'Save details',
  'myData.contact.saving': 'Saving…',
  'myData.contact.saved': 'Your details were saved.',
  'myData.contact.savedBookings': '{count} upcoming appointments changed too.',
  'myData.contact.failed': 'The details were not saved',
  'myData.erase.title': 'Erase my data',
  'myData.erase.lead':
    'Your upcoming appointments are cancelled (with one email each), the personal details of all your appointments are removed at once, and you are logged out on every device.',
  'myData.erase.preview': 'See what will be erased',
  'myData.erase.confirmTitle': 'Erase your data?',
  'myData.erase.cancelled': 'Upcoming appointments cancelled',
  'myData.erase.pseudonymised': 'Appointments whose personal details are removed',
  'myData.erase.kept': 'Submission records the KEP keeps',
  'myData.erase.keptWhy':
    'Successful submission records (protocol number) stay with the KEP, as the law requires, without your name or contact details.',
  'myData.erase.warning': 'Erasure cannot be undone.',
  'myData.erase.confirm': 'Erase my data',
  'myData.erase.failed': 'The erasure did not happen',
  'myData.erased.title': 'Your data were erased',
  'myData.erased.body':
    '{cancelled} upcoming appointments were cancelled and the personal details of {pseudonymised} appointments removed. You are logged out.',
  'myData.erased.home': 'To the home page',
}
