/** The home page: what the service is, who can use it, the fields, the municipalities. */
export const home = {
  'home.title': 'myKEPlive — Βιντεοκλήση με το ΚΕΠ',
  'home.intro.what':
    'Κλείστε ραντεβού για βιντεοκλήση με υπάλληλο ενός Κέντρου Εξυπηρέτησης Πολιτών (ΚΕΠ) και εξυπηρετηθείτε από το σπίτι σας, χωρίς να πάτε στο ΚΕΠ.',
  'home.intro.needs':
    'Θα χρειαστείτε τους κωδικούς σας στο TaxisNet και μια συσκευή με κάμερα και μικρόφωνο. Τίποτα από τη βιντεοκλήση δεν καταγράφεται.',
  'categories.title': 'Θεματικές ενότητες',
  'categories.callMinutes': 'Διάρκεια βιντεοκλήσης: έως {minutes} λεπτά',
  'municipalities.title': 'Δήμοι που συμμετέχουν',
  'municipalities.search.label': 'Αναζήτηση δήμου',
  'municipalities.search.hint': 'Γράψτε το όνομα του δήμου, της περιοχής ή της πόλης σας.',
  'municipalities.found': 'Δήμοι που βρέθηκαν: {count}',
  'municipalities.none':
    'Δεν βρέθηκε δήμος που να ταιριάζει με την αναζήτησή σας. Ελέγξτε την ορθογραφία ή δοκιμάστε το όνομα της περιοχής.',
  'municipalities.kepsOf': 'ΚΕΠ — {name}',
}
