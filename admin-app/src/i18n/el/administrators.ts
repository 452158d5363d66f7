/** The administrators page (Art. 3.5): the list, adding one, changing a role, deactivating. */
export const administrators = {
  'nav.administrators': 'Διαχειριστές',

  'administrators.title': 'Διαχειριστές και ρόλοι',
  'administrators.intro':
    'Οι διαχειριστές του Υπουργείου και οι ρόλοι τους. Ο «Διαχειριστής» ρυθμίζει τα πάντα, ο «Χειριστής» ωράρια, κλεισίματα, υπαλλήλους και διαθεσιμότητα, ο «Ελεγκτής» μόνο βλέπει.',
  'administrators.readOnly': 'Μόνο ένας διαχειριστής με ρόλο «Διαχειριστής» αλλάζει αυτή τη λίστα.',
  'administrators.caption': 'Οι διαχειριστές, πρώτα οι ενεργοί',
  'administrators.empty': 'Δεν υπάρχουν διαχειριστές.',
  'administrators.column.name': 'Ονοματεπώνυμο',
  'administrators.column.email': 'Email',
  'administrators.column.taxId': 'ΑΦΜ',
  'administrators.column.role': 'Ρόλος',
  'administrators.column.status': 'Κατάσταση',
  'administrators.column.actions': 'Ενέργειες',
  'administrators.status.active': 'Ενεργός',
  'administrators.status.inactive': 'Απενεργοποιημένος',
  'administrators.status.awaiting': 'Ενεργός, δεν έχει συνδεθεί ακόμη',
  'administrators.you': '(εσείς)',
  'administrators.changeRole': 'Αλλαγή ρόλου',
  'administrators.changeRole.of': 'Αλλαγή ρόλου: {name}',
  'administrators.deactivate': 'Απενεργοποίηση',
  'administrators.deactivate.of': 'Απενεργοποίηση: {name}',

  'administrators.add.title': 'Προσθήκη διαχειριστή',
  'administrators.add.intro':
    'Καταχωρίστε τον ΑΦΜ του υπαλλήλου: με την πρώτη σύνδεσή του μέσω ΓΓΠΣ αναγνωρίζεται από αυτόν.',
  'administrators.add.taxId': 'ΑΦΜ',
  'administrators.add.taxId.hint': '9 ψηφία',
  'administrators.add.fullName': 'Ονοματεπώνυμο',
  'administrators.add.email': 'Email υπηρεσίας',
  'administrators.add.role': 'Ρόλος',
  'administrators.add.role.required': 'Επιλέξτε ρόλο.',
  'administrators.add.submit': 'Προσθήκη',
  'administrators.add.done': 'Ο/Η {name} προστέθηκε με ρόλο «{role}».',

  'administrators.role.title': 'Νέος ρόλος για {name}',
  'administrators.role.current': 'Σημερινός ρόλος: {role}',
  'administrators.role.confirm': 'Αλλαγή ρόλου',
  'administrators.role.same': 'Επιλέξτε ρόλο διαφορετικό από τον σημερινό.',
  'administrators.role.done': 'Ο ρόλος του/της {name} είναι πλέον «{role}».',

  'administrators.deactivate.title': 'Να απενεργοποιηθεί ο/η {name};',
  'administrators.deactivate.warning':
    'Δεν θα μπορεί πλέον να συνδεθεί και οι ανοιχτές συνδέσεις του/της τερματίζονται αμέσως.',
  'administrators.deactivate.confirm': 'Απενεργοποίηση',
  'administrators.deactivate.done': 'Ο/Η {name} απενεργοποιήθηκε.',
}
