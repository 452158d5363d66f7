/**
 * Texts every page after the home page may show: an address the app does not have, a session
 * that ended. They load with those pages (pages.ts), not with the home page.
 */
export const commonLater = {
  'common.notFound.title': 'Η σελίδα δεν βρέθηκε',
  'common.notFound.body': 'Ελέγξτε τη διεύθυνση ή ξεκινήστε από την αρχική σελίδα.',
  'common.notFound.home': 'Αρχική σελίδα',
  'common.sessionExpired.title': 'Η σύνδεσή σας έληξε',
  'common.sessionExpired.body':
    'Για την ασφάλειά σας, η σύνδεση λήγει όταν δεν τη χρησιμοποιείτε για λίγη ώρα. Ό,τι έχετε συμπληρώσει έχει κρατηθεί.',
  'common.sessionExpired.login': 'Συνδεθείτε ξανά και συνεχίστε από εκεί που ήσασταν',
}
