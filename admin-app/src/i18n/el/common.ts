/** The app's name, the login gate, the navigation and the texts of the shared components. */
export const common = {
  'app.name': 'Διαχείριση',
  'app.documentTitle': 'myKEPlive — Διαχείριση',

  'nav.label': 'Κύριο μενού',
  'nav.home': 'Αρχική',

  'login.title': 'Διαχείριση του myKEPlive',
  'login.intro':
    'Εδώ οι διαχειριστές του Υπουργείου ρυθμίζουν τα ΚΕΠ, τα ωράρια, τους υπαλλήλους, τις διαδικασίες και τις παραμέτρους της υπηρεσίας.',
  'login.how':
    'Συνδεθείτε με τους κωδικούς σας στο σύστημα ταυτοποίησης υπαλλήλων Δημόσιας Διοίκησης (ΓΓΠΣ).',
  'login.button': 'Σύνδεση',

  'denied.title': 'Η εφαρμογή είναι μόνο για τους διαχειριστές',
  'denied.body':
    'Η εφαρμογή διαχείρισης χρησιμοποιείται μόνο από τους διαχειριστές του Υπουργείου. Ο λογαριασμός σας δεν έχει τέτοιο ρόλο.',
  'denied.staff': 'Οι υπάλληλοι των ΚΕΠ βλέπουν τα ραντεβού τους στην εφαρμογή υπαλλήλων.',
  'denied.staffLink': 'Στην εφαρμογή υπαλλήλων',

  'notFound.title': 'Η σελίδα δεν βρέθηκε',
  'notFound.back': 'Στην αρχική της διαχείρισης',

  'role.ADMINISTRATOR': 'Διαχειριστής',
  'role.OPERATOR': 'Χειριστής',
  'role.AUDITOR': 'Ελεγκτής',

  'paged.previous': 'Προηγούμενη σελίδα',
  'paged.next': 'Επόμενη σελίδα',
  'paged.navigation': 'Σελίδες του πίνακα',
  'paged.page': 'Σελίδα {page}',

  'confirm.confirm': 'Επιβεβαίωση',
  'confirm.cancel': 'Ακύρωση',
}
