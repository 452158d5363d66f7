/** The app's name and the texts every page shares. */
export const common = {
  'app.name': 'Βιντεοκλήση με το ΚΕΠ',
  'app.documentTitle': 'myKEPlive — Βιντεοκλήση με το ΚΕΠ',
  'nav.label': 'Κύρια πλοήγηση',
  'nav.home': 'Αρχική',
  'nav.book': 'Κλείστε ραντεβού',
  'nav.bookings': 'Τα ραντεβού μου',
  'nav.myData': 'Τα δεδομένα μου',
  'nav.manual': 'Οδηγός χρήσης',
  'common.pageLoadFailed.title': 'Η σελίδα δεν φόρτωσε',
  'common.pageLoadFailed.body':
    'Ίσως διακόπηκε η σύνδεσή σας ή η υπηρεσία μόλις ενημερώθηκε. Ό,τι έχετε συμπληρώσει έχει κρατηθεί.',
  'common.pageLoadFailed.reload': 'Φορτώστε ξανά τη σελίδα',
}
