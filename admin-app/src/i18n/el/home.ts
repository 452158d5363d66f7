/** The home page: what the app offers, and the catalogue in numbers. */
export const home = {
  'home.title': 'myKEPlive — Διαχείριση',
  'home.intro':
    'Συνδεθήκατε με τον ρόλο «{role}». Από το μενού έχετε πρόσβαση σε ό,τι επιτρέπει ο ρόλος σας:',
  'home.offers.ADMINISTRATOR':
    'ως διαχειριστής ρυθμίζετε τα πάντα: ΚΕΠ, ωράρια, υπαλλήλους, διαδικασίες, παραμέτρους, ρυθμίσεις και τους ρόλους των διαχειριστών.',
  'home.offers.OPERATOR':
    'ως χειριστής ρυθμίζετε ωράρια, κλεισίματα, έκτακτα ωράρια, υπαλλήλους και τη διαθεσιμότητα και τις απουσίες τους.',
  'home.offers.AUDITOR':
    'ως ελεγκτής βλέπετε όλες τις ρυθμίσεις και τις αλλαγές τους, χωρίς να αλλάζετε τίποτα.',
  'home.impactNote':
    'Πριν από κάθε αλλαγή που αγγίζει μελλοντικά ραντεβού βλέπετε τι θα γίνει με αυτά και επιβεβαιώνετε.',

  'counts.title': 'Ο κατάλογος σε αριθμούς',
  'counts.municipalities': 'Δήμοι που συμμετέχουν',
  'counts.keps': 'ΚΕΠ',
  'counts.procedures.caption': 'Διαδικασίες ανά θεματική ενότητα',
  'counts.procedures.category': 'Θεματική ενότητα',
  'counts.procedures.count': 'Διαδικασίες',
  'counts.procedures.total': 'Σύνολο',
  'counts.procedures.municipalNote':
    'Στις δημοτικές υπηρεσίες μετρώνται οι διαδικασίες όλων των δήμων που συμμετέχουν.',
}
