export const el = {
  'app.name': 'Διαχείριση',
  'app.documentTitle': 'myKEPlive — Διαχείριση',

  'home.title': 'myKEPlive — Διαχείριση',
  'home.intro':
    'Η εικόνα της υπηρεσίας με μια ματιά. Η σύνδεση των διαχειριστών και τα εργαλεία διαχείρισης θα προστεθούν σε επόμενη έκδοση.',

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

export type MessageKey = keyof typeof el
