export const el = {
  'app.name': 'Υπάλληλοι ΚΕΠ',
  'app.documentTitle': 'myKEPlive — Υπάλληλοι ΚΕΠ',

  'home.title': 'myKEPlive — Υπάλληλοι ΚΕΠ',
  'home.intro':
    'Εδώ οι υπάλληλοι των ΚΕΠ θα βλέπουν την ατζέντα των βιντεοκλήσεών τους. Η σύνδεση των υπαλλήλων θα προστεθεί σε επόμενη έκδοση.',

  'keps.title': 'ΚΕΠ ανά δήμο',
  'keps.count': 'Δήμοι: {municipalities} · ΚΕΠ: {keps}',
  'keps.phone': 'Τηλέφωνο: {phone}',
  'keps.of': 'ΚΕΠ — {name}',
}

export type MessageKey = keyof typeof el
