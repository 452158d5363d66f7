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

  'impact.title': 'Τι θα γίνει με τα μελλοντικά ραντεβού',
  'impact.preview': 'Προεπισκόπηση: δεν έχει γίνει ακόμη καμία αλλαγή.',
  'impact.applied': 'Η αλλαγή έγινε.',
  'impact.counts': 'Ραντεβού ανά αποτέλεσμα',
  'impact.kept': 'Παραμένουν',
  'impact.outsideRules': 'Παραμένουν εκτός των νέων κανόνων (για παρακολούθηση)',
  'impact.reassigned': 'Σε άλλον υπάλληλο του ίδιου ΚΕΠ',
  'impact.moved': 'Σε άλλο ΚΕΠ',
  'impact.cancelled': 'Ακυρώνονται',
  'impact.none': 'Η αλλαγή δεν επηρεάζει κανένα μελλοντικό ραντεβού.',
  'impact.bookings': 'Τα ραντεβού που επηρεάζονται',
  'impact.startsAt': 'Έναρξη',
  'impact.reference': 'Κωδικός',
  'impact.fate': 'Αποτέλεσμα',
  'impact.fate.KEPT': 'Παραμένει',
  'impact.fate.KEPT.outside': 'Παραμένει εκτός κανόνων',
  'impact.fate.REASSIGNED': 'Σε άλλον υπάλληλο',
  'impact.fate.MOVED': 'Σε άλλο ΚΕΠ',
  'impact.fate.CANCELLED': 'Ακυρώνεται',
  'impact.uncovered':
    'Τι να γίνει με τα ραντεβού που δεν μπορεί να αναλάβει άλλος υπάλληλος του ΚΕΠ;',
  'impact.uncovered.KEEP': 'Να παραμείνουν (για παρακολούθηση)',
  'impact.uncovered.KEEP.hint': 'Δεν ενημερώνεται ο πολίτης.',
  'impact.uncovered.MOVE': 'Να μεταφερθούν σε άλλο ΚΕΠ του ίδιου δήμου',
  'impact.uncovered.MOVE.hint': 'Ο πολίτης λαμβάνει ένα email.',
  'impact.uncovered.CANCEL': 'Να ακυρωθούν',
  'impact.uncovered.CANCEL.hint': 'Ο πολίτης λαμβάνει ένα email.',

  'audit.lastChange': 'Τελευταία αλλαγή από {actor} στις {at}',
  'audit.lastChange.system': 'Τελευταία αλλαγή από το σύστημα στις {at}',
  'audit.actor.administrator': 'διαχειριστή',
  'audit.actor.employee': 'υπάλληλο ΚΕΠ',
  'audit.actor.citizen': 'πολίτη',
  'audit.actor.api_client': 'εφαρμογή (API)',
  'audit.actor.other': 'άγνωστο χρήστη',
  'audit.never': 'Δεν έχει καταγραφεί αλλαγή.',
}
