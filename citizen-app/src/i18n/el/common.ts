/** The app's name and the texts every page shares. */
export const common = {
  'app.name': 'Βιντεοκλήση με το ΚΕΠ',
  'app.documentTitle': 'myKEPlive — Βιντεοκλήση με το ΚΕΠ',
  'nav.label': 'Κύρια πλοήγηση',
  'nav.home': 'Αρχική',
  'nav.book': 'Κλείστε ραντεβού',
  'nav.bookings': 'Τα ραντεβού μου',
  'nav.manual': 'Οδηγός χρήσης',
  'common.sessionExpired.title': 'Η σύνδεσή σας έληξε',
  'common.sessionExpired.body':
    'Για την ασφάλειά σας, η σύνδεση λήγει όταν δεν τη χρησιμοποιείτε για λίγη ώρα. Ό,τι έχετε συμπληρώσει έχει κρατηθεί.',
  'common.sessionExpired.login': 'Συνδεθείτε ξανά και συνεχίστε από εκεί που ήσασταν',
  'common.notFound.title': 'Η σελίδα δεν βρέθηκε',
  'common.notFound.body': 'Ελέγξτε τη διεύθυνση ή ξεκινήστε από την αρχική σελίδα.',
  'common.notFound.home': 'Αρχική σελίδα',
  'common.pageLoadFailed.title': 'Η σελίδα δεν φόρτωσε',
  'common.pageLoadFailed.body':
    'Ίσως διακόπηκε η σύνδεσή σας ή η υπηρεσία μόλις ενημερώθηκε. Ό,τι έχετε συμπληρώσει έχει κρατηθεί.',
  'common.pageLoadFailed.reload': 'Φορτώστε ξανά τη σελίδα',
}
