/** The API clients page (issue 17 item 5): keys of third parties, their use, creating, revoking. */
export const apiClients = {
  'nav.apiClients': 'Κλειδιά API',

  'apiClients.title': 'Κλειδιά API τρίτων',
  'apiClients.intro':
    'Φορείς όπως η Ενιαία Ψηφιακή Πύλη και οι δήμοι διαβάζουν το δημόσιο API (δήμους, ΚΕΠ, διαδικασίες, διαθεσιμότητα) με δικό τους κλειδί. Η χρήση φαίνεται με καθυστέρηση έως ένα λεπτό.',
  'apiClients.developers': 'Η σελίδα για προγραμματιστές',
  'apiClients.readOnly':
    'Μόνο ένας διαχειριστής με τον ρόλο «Διαχειριστής» δημιουργεί και ανακαλεί κλειδιά.',
  'apiClients.caption': 'Τα κλειδιά API, νεότερα πρώτα',
  'apiClients.empty': 'Δεν υπάρχουν κλειδιά API.',
  'apiClients.column.name': 'Φορέας',
  'apiClients.column.key': 'Αρχή κλειδιού',
  'apiClients.column.scopes': 'Πεδία εφαρμογής',
  'apiClients.column.rateLimit': 'Αιτήματα / λεπτό',
  'apiClients.column.created': 'Δημιουργήθηκε',
  'apiClients.column.lastUsed': 'Τελευταία χρήση',
  'apiClients.column.lastDay': 'Αιτήματα 24 ωρών',
  'apiClients.column.status': 'Κατάσταση',
  'apiClients.column.actions': 'Ενέργειες',
  'apiClients.created': '{date} από {name}',
  'apiClients.createdUnknown': '{date}',
  'apiClients.never': 'Ποτέ',
  'apiClients.status.active': 'Ενεργό',
  'apiClients.status.revoked': 'Ανακλήθηκε {date}',
  'apiClients.scope.CATALOG_READ': 'Κατάλογος',
  'apiClients.scope.AVAILABILITY_READ': 'Διαθεσιμότητα',

  'apiClients.revoke': 'Ανάκληση',
  'apiClients.revoke.of': 'Ανάκληση: {name}',
  'apiClients.revoke.title': 'Ανάκληση του κλειδιού «{name}»;',
  'apiClients.revoke.summary': 'Αρχή κλειδιού: {prefix}. Αιτήματα τις τελευταίες 24 ώρες: {count}.',
  'apiClients.revoke.warning':
    'Τα αιτήματα με αυτό το κλειδί θα απορρίπτονται αμέσως. Η ανάκληση δεν αναιρείται· ο φορέας θα χρειαστεί νέο κλειδί.',
  'apiClients.revoke.confirm': 'Ανάκληση κλειδιού',
  'apiClients.revoke.done': 'Το κλειδί «{name}» ανακλήθηκε.',

  'apiClients.create.title': 'Νέο κλειδί API',
  'apiClients.create.intro':
    'Δώστε κλειδί μόνο ύστερα από επίσημο αίτημα του φορέα, με τα πεδία εφαρμογής που χρειάζεται.',
  'apiClients.create.name': 'Φορέας',
  'apiClients.create.name.hint':
    'Ποιος θα χρησιμοποιεί το κλειδί, π.χ. «Ενιαία Ψηφιακή Πύλη gov.gr». Έως 100 χαρακτήρες.',
  'apiClients.create.scopes': 'Πεδία εφαρμογής',
  'apiClients.create.scopes.hint': 'Τι θα διαβάζει ο φορέας· δώστε μόνο όσα χρειάζεται.',
  'apiClients.create.scope.CATALOG_READ': 'Κατάλογος: θεματικές ενότητες, διαδικασίες, δήμοι, ΚΕΠ',
  'apiClients.create.scope.AVAILABILITY_READ': 'Διαθεσιμότητα: οι ελεύθερες ώρες ραντεβού',
  'apiClients.create.scopes.required': 'Επιλέξτε τουλάχιστον ένα πεδίο εφαρμογής.',
  'apiClients.create.rateLimit': 'Αιτήματα ανά λεπτό',
  'apiClients.create.rateLimit.hint': 'Από 1 έως 60.000. Αν μείνει κενό: 600.',
  'apiClients.create.rateLimit.invalid': 'Γράψτε έναν ακέραιο αριθμό από 1 έως 60.000.',
  'apiClients.create.submit': 'Δημιουργία κλειδιού',

  'apiClients.key.title': 'Το κλειδί του φορέα «{name}»',
  'apiClients.key.warning':
    'Αντιγράψτε το τώρα: δεν θα εμφανιστεί ξανά. Δεν το κρατάμε· αν χαθεί, χρειάζεται νέο κλειδί.',
  'apiClients.key.label': 'Κλειδί API',
  'apiClients.key.copy': 'Αντιγραφή κλειδιού',
  'apiClients.key.copied': 'Το κλειδί αντιγράφηκε.',
  'apiClients.key.copyFailed':
    'Η αντιγραφή δεν έγινε· επιλέξτε το κλειδί στο πεδίο και αντιγράψτε το με Ctrl+C.',
  'apiClients.key.how': 'Ο φορέας το στέλνει σε κάθε αίτημα ως «Authorization: Bearer <κλειδί>».',
  'apiClients.key.done': 'Το αντέγραψα, κλείσιμο',
}
