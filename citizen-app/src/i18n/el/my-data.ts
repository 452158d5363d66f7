/** "My data" (issue 19 item 3): the citizen's rights over what is held about them; loaded with its page only. */
export const myData = {
  'myData.title': 'Τα δεδομένα μου',
  'myData.lead':
    'Τι κρατά η υπηρεσία για εσάς, πώς να το κατεβάσετε, να διορθώσετε τα στοιχεία επικοινωνίας σας ή να ζητήσετε τη διαγραφή τους (άρθρα 15–17 και 20 ΓΚΠΔ).',
  'myData.held.title': 'Τι κρατάμε',
  'myData.held.name': 'Ονοματεπώνυμο (από το TaxisNet)',
  'myData.held.taxNumber': 'ΑΦΜ',
  'myData.held.taxNumber.value':
    'Μόνο ως κλειδωμένο αποτύπωμα (HMAC), από το οποίο δεν ανακτάται ο αριθμός.',
  'myData.held.bookings': 'Ραντεβού',
  'myData.held.bookings.value': '{count}, από τα οποία {upcoming} επερχόμενα',
  'myData.held.sessions': 'Συνδέσεις (με διεύθυνση IP και φυλλομετρητή)',
  'myData.held.emails': 'Μηνύματα email για τα ραντεβού σας',
  'myData.download.title': 'Κατεβάστε τα δεδομένα σας',
  'myData.download.lead':
    'Όλα όσα κρατάμε για εσάς: τα ραντεβού με το ιστορικό τους, τα ονόματα των εγγράφων σας, τις βιντεοκλήσεις, τα email, τις συνδέσεις και τις ενέργειές σας.',
  'myData.download.html': 'Κατεβάστε σε αναγνώσιμη μορφή (HTML)',
  'myData.download.json': 'Κατεβάστε σε μορφή για υπολογιστές (JSON)',
  'myData.contact.title': 'Τα στοιχεία επικοινωνίας σας',
  'myData.contact.lead':
    'Με αυτά συμπληρώνεται το επόμενο ραντεβού σας. Το ονοματεπώνυμο έρχεται από το TaxisNet και δεν αλλάζει εδώ.',
  'myData.contact.email': 'Email',
  'myData.contact.phone': 'Τηλέφωνο',
  'myData.contact.phoneHint': 'Σταθερό ή κινητό, 10 ψηφία.',
  'myData.contact.postalAddress': 'Διεύθυνση επικοινωνίας',
  'myData.contact.upcoming': 'Επερχόμενα ραντεβού',
  'myData.contact.applyToUpcoming': 'Αλλάξτε τα και στα επερχόμενα ραντεβού μου',
  'myData.contact.applyToUpcoming.hint':
    'Για κάθε ραντεβού που αλλάζει θα λάβετε ένα email στη νέα διεύθυνση.',
  'myData.contact.save': 'Αποθήκευση στοιχείων',
  'myData.contact.saving': 'Αποθήκευση…',
  'myData.contact.saved': 'Τα στοιχεία σας αποθηκεύτηκαν.',
  'myData.contact.savedBookings': 'Άλλαξαν και {count} επερχόμενα ραντεβού.',
  'myData.contact.failed': 'Τα στοιχεία δεν αποθηκεύτηκαν',
  'myData.erase.title': 'Διαγραφή των δεδομένων μου',
  'myData.erase.lead':
    'Τα επερχόμενα ραντεβού σας ακυρώνονται (με ένα email το καθένα), τα προσωπικά στοιχεία όλων των ραντεβού σας αφαιρούνται αμέσως και αποσυνδέεστε από όλες τις συσκευές.',
  'myData.erase.preview': 'Δείτε τι θα διαγραφεί',
  'myData.erase.confirmTitle': 'Να διαγραφούν τα δεδομένα σας;',
  'myData.erase.cancelled': 'Επερχόμενα ραντεβού που ακυρώνονται',
  'myData.erase.pseudonymised': 'Ραντεβού από τα οποία αφαιρούνται τα προσωπικά στοιχεία',
  'myData.erase.kept': 'Έντυπα καταχώρισης που κρατά το ΚΕΠ',
  'myData.erase.keptWhy':
    'Τα έντυπα επιτυχούς καταχώρισης (αριθμός πρωτοκόλλου) μένουν στο ΚΕΠ, όπως ορίζει ο νόμος, χωρίς το όνομα ή τα στοιχεία επικοινωνίας σας.',
  'myData.erase.warning': 'Η διαγραφή δεν αναιρείται.',
  'myData.erase.confirm': 'Διαγραφή των δεδομένων μου',
  'myData.erase.failed': 'Η διαγραφή δεν έγινε',
  'myData.erased.title': 'Τα δεδομένα σας διαγράφηκαν',
  'myData.erased.body':
    'Ακυρώθηκαν {cancelled} επερχόμενα ραντεβού και αφαιρέθηκαν τα προσωπικά στοιχεία από {pseudonymised} ραντεβού. Έχετε αποσυνδεθεί.',
  'myData.erased.home': 'Στην αρχική σελίδα',
}
