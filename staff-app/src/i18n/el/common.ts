/** The app's name and the texts every page shares. */
export const common = {
  'app.name': 'Υπάλληλοι ΚΕΠ',
  'app.documentTitle': 'myKEPlive — Υπάλληλοι ΚΕΠ',
  'notFound.title': 'Η σελίδα δεν βρέθηκε',
  'notFound.back': 'Στα ραντεβού μου',
}
