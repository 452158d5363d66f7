/** The shared pieces' own texts, in Greek — the service's first language. */
export const el = {
  'ui.skipLink': 'Μετάβαση στο κύριο περιεχόμενο',
  'ui.footer.about':
    'Το keplive είναι υλοποίηση ανοιχτού κώδικα της υπηρεσίας myKEPlive των Κέντρων Εξυπηρέτησης Πολιτών (ΚΕΠ).',
  'ui.footer.license': 'Άδεια χρήσης: EUPL-1.2',
  'ui.footer.privacy': 'Προσωπικά δεδομένα',
  'ui.footer.cookies': 'Cookies',
  'ui.footer.accessibility': 'Προσβασιμότητα',
  'ui.footer.terms': 'Όροι χρήσης',
  'ui.loading': 'Φόρτωση…',
  'ui.error.network':
    'Δεν ήταν δυνατή η σύνδεση με την υπηρεσία. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και ανανεώστε τη σελίδα.',
  'ui.error.unexpected': 'Παρουσιάστηκε απρόσμενο σφάλμα. Δοκιμάστε ξανά σε λίγο.',
  'ui.error.unavailable': 'Η υπηρεσία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.',
  'ui.error.prefix': 'Σφάλμα:',
  'ui.error.summary': 'Υπάρχει πρόβλημα',
  'ui.warning.prefix': 'Προσοχή:',
  'ui.back': 'Πίσω',
  'ui.step.of': 'Βήμα {current} από {total}',
  'ui.step.title': 'Βήμα {current} από {total}: {label}',
  'ui.menu': 'Μενού',
  'ui.confirm.confirm': 'Επιβεβαίωση',
  'ui.confirm.cancel': 'Ακύρωση',
}

export type UiMessageKey = keyof typeof el
