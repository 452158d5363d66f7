// Issue 16 item 1: the time held while the citizen books, and the KEP the hold chose.
export const hold = {
  'hold.left': 'Η ώρα κρατείται για εσάς για {time} λεπτά.',
  'hold.twoMinutes': 'Η ώρα κρατείται για εσάς για 2 λεπτά ακόμη.',
  'hold.expired':
    'Η κράτηση της ώρας έληξε. Όταν επιβεβαιώσετε, θα την κλείσουμε αν είναι ακόμη ελεύθερη.',
  'hold.holding': 'Κρατάμε την ώρα για εσάς…',
  'hold.kepChosen': '{kep}, {municipality} (επιλέχθηκε για εσάς)',
  'hold.ownTimesHidden': 'Οι ώρες κατά τις οποίες έχετε ήδη ραντεβού δεν εμφανίζονται.',
  'reschedule.where': 'Σε ποιο ΚΕΠ;',
  'reschedule.where.same': 'Στο ίδιο ΚΕΠ ({kep})',
  'reschedule.where.any': 'Σε οποιοδήποτε ΚΕΠ με ελεύθερη ώρα',
  'reschedule.where.other': 'Μπορείτε να επιλέξετε και άλλο ΚΕΠ του δήμου {municipality}.',
  'reschedule.where.missing': 'Επιλέξτε ΚΕΠ.',
}
