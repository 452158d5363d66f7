/** The app's name and the texts every page shares. */
export const common = {
  'app.name': 'Υπάλληλοι ΚΕΠ',
  'app.documentTitle': 'myKEPlive — Υπάλληλοι ΚΕΠ',
  'nav.label': 'Κύριο μενού',
  'nav.agenda': 'Ραντεβού',
  'nav.search': 'Αναζήτηση',
  'nav.kep': 'Το ΚΕΠ με μια ματιά',
  'notFound.title': 'Η σελίδα δεν βρέθηκε',
  'notFound.back': 'Στα ραντεβού μου',
}
