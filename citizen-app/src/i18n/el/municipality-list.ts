/** The public list of participating municipalities (R5.3); loaded with its page only. */
export const municipalityList = {
  'municipalityList.title': 'Οι δήμοι του myKEPlive',
  'municipalityList.lead':
    'Οι δήμοι που συμμετέχουν στην υπηρεσία, με τα ΚΕΠ τους, τις δημοτικές υπηρεσίες που προσφέρουν με βιντεοκλήση και την ημερομηνία ένταξής τους.',
  'municipalityList.count': 'Δήμοι που συμμετέχουν: {count}',
  'municipalityList.filter': 'Φιλτράρισμα της λίστας',
  'municipalityList.filter.hint': 'Όνομα του δήμου, της περιφέρειας ή της πόλης του ΚΕΠ.',
  'municipalityList.found': 'Δήμοι που ταιριάζουν: {count}',
  'municipalityList.none': 'Κανένας δήμος δεν ταιριάζει με την αναζήτηση.',
  'municipalityList.region': 'Περιφέρεια',
  'municipalityList.joined': 'Στο myKEPlive από',
  'municipalityList.joined.unknown': 'Από την έναρξη της υπηρεσίας',
  'municipalityList.keps': 'ΚΕΠ',
  'municipalityList.services': 'Δημοτικές υπηρεσίες',
  'municipalityList.services.none':
    'Ο δήμος δεν έχει ακόμη δημοτικές υπηρεσίες· τα ΚΕΠ του εξυπηρετούν τις εθνικές διαδικασίες.',
  'municipalityList.book': 'Κλείστε ραντεβού',
  'municipalityList.forThirdParties':
    'Η ίδια λίστα διατίθεται σε τρίτους από το δημόσιο API (municipalities με participating: true).',
}
