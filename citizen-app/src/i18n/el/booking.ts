/** Booking, my bookings, rescheduling and cancelling. */
export const booking = {
  'booking.continue': 'Συνέχεια',

  'booking.login.title': 'Κλείστε ραντεβού για βιντεοκλήση με το ΚΕΠ',
  'booking.login.why':
    'Για να κλείσετε ραντεβού, συνδεθείτε πρώτα με τους κωδικούς σας στο TaxisNet. Έτσι το ΚΕΠ ξέρει ποιος είστε.',
  'booking.login.kept':
    'Μετά τη σύνδεση θα επιστρέψετε εδώ, και ό,τι έχετε επιλέξει θα έχει κρατηθεί.',
  'booking.login.button': 'Σύνδεση με τους κωδικούς TaxisNet',
  'booking.login.notCitizen':
    'Έχετε συνδεθεί ως υπάλληλος. Για να κλείσετε ραντεβού, αποσυνδεθείτε και συνδεθείτε με τους προσωπικούς σας κωδικούς TaxisNet.',
  'booking.login.again': 'Συνδεθείτε ξανά',

  'booking.step.category': 'Θεματική ενότητα',
  'booking.step.municipality': 'Δήμος',
  'booking.step.procedure': 'Υπηρεσία',
  'booking.step.kepMode': 'Επιλογή ΚΕΠ',
  'booking.step.kep': 'ΚΕΠ',
  'booking.step.date': 'Ημέρα',
  'booking.step.time': 'Ώρα',
  'booking.step.details': 'Τα στοιχεία σας',
  'booking.step.review': 'Έλεγχος και επιβεβαίωση',

  'booking.search.hint': 'Δεν χρειάζεται να γράψετε τόνους ή κεφαλαία.',
  'booking.search.matches': 'Βρέθηκαν {count} αποτελέσματα.',
  'booking.search.oneMatch': 'Βρέθηκε 1 αποτέλεσμα.',

  'booking.category.question': 'Για ποιο θέμα θέλετε να μιλήσετε με το ΚΕΠ;',
  'booking.category.hint': 'Επιλέξτε μία θεματική ενότητα.',
  'booking.category.callMinutes': 'Διάρκεια βιντεοκλήσης: {minutes} λεπτά.',
  'booking.category.missing': 'Επιλέξτε θεματική ενότητα.',

  'booking.municipality.question': 'Ποιος είναι ο δήμος σας;',
  'booking.municipality.hint':
    'Οι δημοτικές υπηρεσίες δίνονται από ΚΕΠ του δήμου που τις παρέχει. Βλέπετε μόνο τους δήμους που συμμετέχουν.',
  'booking.municipality.questionKep': 'Σε ποιον δήμο είναι το ΚΕΠ που θέλετε;',
  'booking.municipality.hintKep': 'Στο επόμενο βήμα θα επιλέξετε ΚΕΠ αυτού του δήμου.',
  'booking.municipality.search': 'Αναζήτηση δήμου',
  'booking.municipality.legend': 'Δήμοι',
  'booking.municipality.missing': 'Επιλέξτε δήμο.',

  'booking.procedure.question': 'Ποια υπηρεσία χρειάζεστε;',
  'booking.procedure.search': 'Αναζήτηση υπηρεσίας',
  'booking.procedure.legend': 'Υπηρεσίες',
  'booking.procedure.missing': 'Επιλέξτε υπηρεσία.',
  'booking.procedure.none':
    'Δεν υπάρχουν ακόμη υπηρεσίες εδώ. Πατήστε «Πίσω» και επιλέξτε άλλη θεματική ενότητα ή άλλον δήμο.',

  'booking.kepMode.question': 'Με ποιο ΚΕΠ θέλετε να μιλήσετε;',
  'booking.kepMode.any': 'Με οποιοδήποτε ΚΕΠ',
  'booking.kepMode.anyHint': 'Θα δείτε τις περισσότερες ελεύθερες ώρες.',
  'booking.kepMode.chosen': 'Με ένα ΚΕΠ που θα επιλέξω',
  'booking.kepMode.chosenHint': 'Π.χ. το ΚΕΠ της περιοχής σας.',
  'booking.kepMode.missing': 'Επιλέξτε αν θέλετε οποιοδήποτε ΚΕΠ ή ένα συγκεκριμένο.',

  'booking.kep.question': 'Ποιο ΚΕΠ θέλετε;',
  'booking.kep.hint': 'Η βιντεοκλήση γίνεται από το σπίτι σας· δεν θα χρειαστεί να πάτε στο ΚΕΠ.',
  'booking.kep.missing': 'Επιλέξτε ΚΕΠ.',

  'booking.date.question': 'Ποια ημέρα σας βολεύει;',
  'booking.date.hint': 'Οι ημέρες με ελεύθερες ώρες είναι σημειωμένες με έντονο πλαίσιο.',
  'booking.date.keyboardHelp':
    'Με το πληκτρολόγιο: τα βέλη αλλάζουν ημέρα ή εβδομάδα, τα Page Up και Page Down αλλάζουν μήνα, το Enter επιλέγει.',
  'booking.date.previousMonth': 'Προηγούμενος μήνας',
  'booking.date.nextMonth': 'Επόμενος μήνας',
  'booking.date.loading': 'Αναζήτηση ελεύθερων ωρών…',
  'booking.date.dayFree': '{date}, {count} ελεύθερες ώρες',
  'booking.date.dayOneFree': '{date}, 1 ελεύθερη ώρα',
  'booking.date.dayFull': '{date}, καμία ελεύθερη ώρα',
  'booking.date.dayClosed': '{date}, το ΚΕΠ είναι κλειστό',
  'booking.date.dayHoliday': '{date}, αργία ({holiday})',
  'booking.date.daySpecialHours': '{day}, έκτακτο ωράριο: {reason}',
  'booking.date.dayUnavailable': '{date}, δεν δέχεται ραντεβού',
  'booking.date.noneThisMonth':
    'Αυτόν τον μήνα δεν υπάρχουν ελεύθερες ώρες. Δοκιμάστε τον επόμενο μήνα.',
  'booking.date.noneUntilHorizon':
    'Δεν υπάρχουν ελεύθερες ώρες έως {date}, την τελευταία ημέρα για την οποία κλείνονται ραντεβού σήμερα. Δοκιμάστε άλλο ΚΕΠ ή ξαναδείτε σε λίγες ημέρες.',
  'booking.date.chosen': 'Επιλέξατε: {date}',
  'booking.date.noneChosen': 'Δεν έχετε επιλέξει ημέρα ακόμη.',
  'booking.date.missing': 'Επιλέξτε μια ημέρα με ελεύθερες ώρες.',

  'booking.time.question': 'Τι ώρα σας βολεύει;',
  'booking.time.specialHoursTitle': 'Το ΚΕΠ λειτουργεί με έκτακτο ωράριο αυτή την ημέρα',
  'booking.time.hint': 'Ελεύθερες ώρες: {date}. Οι ώρες είναι ώρα Ελλάδας.',
  'booking.time.legend': 'Ελεύθερες ώρες, {date}',
  'booking.time.alternativesLegend': 'Ελεύθερες ώρες κοντά σε αυτή που είχατε επιλέξει',
  'booking.time.takenTitle': 'Η ώρα που επιλέξατε μόλις κλείστηκε',
  'booking.time.takenBody':
    'Κάποιος άλλος την έκλεισε λίγο πριν από εσάς. Τα υπόλοιπα στοιχεία σας έχουν κρατηθεί: επιλέξτε μία από τις ελεύθερες ώρες παρακάτω.',
  'booking.time.none': 'Δεν έμειναν ελεύθερες ώρες αυτή την ημέρα. Επιλέξτε άλλη ημέρα.',
  'booking.time.otherDay': 'Επιλογή άλλης ημέρας',
  'booking.time.missing': 'Επιλέξτε ώρα.',

  'booking.details.question': 'Τα στοιχεία σας',
  'booking.details.hint':
    'Συμπληρώστε τα στοιχεία του ατόμου που θα συμμετέχει στη βιντεοκλήση. Όλα τα πεδία χρειάζονται, εκτός από τα έγγραφα και τις ειδικές ανάγκες.',
  'booking.details.prefilled':
    'Συμπληρώσαμε ό,τι γνωρίζουμε από τη σύνδεσή σας και το προηγούμενο ραντεβού σας. Ελέγξτε τα.',
  'booking.details.fullName': 'Ονοματεπώνυμο',
  'booking.details.fullName.missing': 'Συμπληρώστε το ονοματεπώνυμό σας.',
  'booking.details.email': 'Email',
  'booking.details.emailHint':
    'Εκεί θα σας στείλουμε την επιβεβαίωση και τον σύνδεσμο της βιντεοκλήσης.',
  'booking.details.email.missing': 'Συμπληρώστε το email σας.',
  'booking.details.phone': 'Τηλέφωνο',
  'booking.details.phoneHint':
    'Κινητό ή σταθερό, π.χ. 6912345678. Το ΚΕΠ θα σας καλέσει αν χρειαστεί.',
  'booking.details.phone.missing': 'Συμπληρώστε το τηλέφωνό σας.',
  'booking.details.postalAddress': 'Ταχυδρομική διεύθυνση',
  'booking.details.postalAddressHint': 'Οδός, αριθμός, ταχυδρομικός κώδικας, πόλη.',
  'booking.details.postalAddress.missing': 'Συμπληρώστε την ταχυδρομική σας διεύθυνση.',
  'booking.details.business.question': 'Κλείνετε το ραντεβού για λογαριασμό επιχείρησης;',
  'booking.details.business.hint': 'Π.χ. ως νόμιμος εκπρόσωπος εταιρείας.',
  'booking.details.business.no': 'Όχι, για τον εαυτό μου',
  'booking.details.business.yes': 'Ναι, για επιχείρηση',
  'booking.details.business.missing': 'Επιλέξτε αν το ραντεβού είναι για επιχείρηση.',
  'booking.details.businessName': 'Επωνυμία επιχείρησης',
  'booking.details.businessName.missing': 'Συμπληρώστε την επωνυμία της επιχείρησης.',
  'booking.details.businessTaxId': 'ΑΦΜ επιχείρησης',
  'booking.details.businessTaxIdHint':
    '9 ψηφία. Θα ρωτήσουμε το Γενικό Εμπορικό Μητρώο, μέσω του ΚΕΔ, αν είστε νόμιμος εκπρόσωπος της επιχείρησης.',
  'booking.details.businessTaxId.missing': 'Συμπληρώστε τον ΑΦΜ της επιχείρησης.',
  'booking.details.needs.question': 'Χρειάζεστε κάτι ειδικό για τη βιντεοκλήση;',
  'booking.details.needs.hint': 'Επιλέξτε όσα ισχύουν, ή κανένα.',
  'booking.details.needs.signLanguage': 'Διερμηνεία στην Ελληνική Νοηματική Γλώσσα',
  'booking.details.needs.signLanguageHint': 'Το ΚΕΠ θα προσκαλέσει διερμηνέα στη βιντεοκλήση.',
  'booking.details.needs.lipReading': 'Χειλεανάγνωση',
  'booking.details.needs.other': 'Κάτι άλλο',
  'booking.details.otherText': 'Τι άλλο χρειάζεστε;',
  'booking.details.otherText.missing': 'Γράψτε τι άλλο χρειάζεστε.',
  'booking.details.delivery.question': 'Πώς θέλετε να λάβετε το έγγραφο που θα ζητήσετε;',
  'booking.details.delivery.email': 'Με email',
  'booking.details.delivery.post': 'Ταχυδρομικά',
  'booking.details.delivery.pickup': 'Θα το παραλάβω από το ΚΕΠ',
  'booking.details.delivery.pickupHint': 'Μόνο για υπηρεσίες του δήμου.',
  'booking.details.delivery.noPickup':
    'Η παραλαβή από το ΚΕΠ προσφέρεται μόνο για υπηρεσίες του δήμου.',
  'booking.details.delivery.missing': 'Επιλέξτε πώς θα λάβετε το έγγραφο.',

  'booking.documents.title': 'Δικαιολογητικά',
  'booking.documents.hint':
    'Αν έχετε ήδη τα έγγραφα που χρειάζεται η υπηρεσία, ανεβάστε τα εδώ (προαιρετικά). Αρχεία PDF, JPEG ή PNG, έως 10 MB το καθένα, έως {count} αρχεία.',
  'booking.documents.noneYet': 'Δεν έχετε ανεβάσει έγγραφα.',
  'booking.documents.add': 'Επιλέξτε αρχείο για ανέβασμα',
  'booking.documents.addAnother': 'Επιλέξτε κι άλλο αρχείο',
  'booking.documents.full': 'Ανεβάσατε {count} αρχεία, όσα επιτρέπονται.',
  'booking.documents.remove': 'Αφαίρεση',
  'booking.documents.removed': 'Αφαιρέθηκε το {name}.',
  'booking.documents.progress': 'Ανέβασμα του {name}',
  'booking.documents.uploading': 'Ανεβαίνει το {name}…',
  'booking.documents.uploaded': 'Ανέβηκε το {name}.',
  'booking.documents.tooLarge':
    'Το {name} είναι μεγαλύτερο από 10 MB. Ανεβάστε μικρότερο αρχείο (π.χ. φωτογραφία σε χαμηλότερη ανάλυση).',
  'booking.documents.empty': 'Το {name} είναι κενό. Επιλέξτε άλλο αρχείο.',
  'booking.documents.failed': 'Το {name} δεν ανέβηκε. Δοκιμάστε ξανά.',
  'booking.documents.loggedOut':
    'Η σύνδεσή σας έληξε και το αρχείο δεν ανέβηκε. Τα στοιχεία σας έχουν κρατηθεί.',

  'booking.review.question': 'Ελέγξτε το ραντεβού σας',
  'booking.review.hint': 'Αν κάτι δεν είναι σωστό, πατήστε «Αλλαγή» δίπλα του.',
  'booking.review.change': 'Αλλαγή: {what}',
  'booking.review.reference': 'Αριθμός ραντεβού',
  'booking.review.category': 'Θεματική ενότητα',
  'booking.review.municipality': 'Δήμος',
  'booking.review.procedure': 'Υπηρεσία',
  'booking.review.kep': 'ΚΕΠ',
  'booking.review.when': 'Ημέρα και ώρα (ώρα Ελλάδας)',
  'booking.review.business': 'Για λογαριασμό της επιχείρησης',
  'booking.review.taxId': 'ΑΦΜ',
  'booking.review.needs': 'Ειδικές ανάγκες',
  'booking.review.noNeeds': 'Καμία',
  'booking.review.noDocuments': 'Κανένα',
  'booking.review.delivery': 'Παραλαβή εγγράφου',
  'booking.review.nowTitle': 'Κλείστε το ραντεβού',
  'booking.review.nowBody':
    'Πατώντας «Επιβεβαίωση ραντεβού» κλείνετε το ραντεβού. Θα λάβετε αμέσως email με τον σύνδεσμο της βιντεοκλήσης.',
  'booking.review.confirm': 'Επιβεβαίωση ραντεβού',
  'booking.review.booking': 'Γίνεται η κράτηση…',
  'booking.review.failed': 'Το ραντεβού δεν κλείστηκε',

  'booking.done.title': 'Το ραντεβού σας κλείστηκε',
  'booking.done.reference': 'Ο αριθμός του ραντεβού σας είναι',
  'booking.done.nextTitle': 'Τι γίνεται στη συνέχεια',
  'booking.done.nextEmail':
    'Σας στείλαμε email στο {email} με τα στοιχεία του ραντεβού και τον σύνδεσμο για τη βιντεοκλήση.',
  'booking.done.nextReminder': 'Λίγο πριν από το ραντεβού θα λάβετε το ίδιο email ως υπενθύμιση.',
  'booking.done.nextPrepare':
    'Ελέγξτε από πριν ότι η κάμερα, το μικρόφωνο και τα ηχεία σας δουλεύουν.',
  'booking.done.prepareLink': 'Προετοιμασία για τη βιντεοκλήση',
  'booking.done.nextJoin':
    'Την ώρα του ραντεβού ανοίξτε τον σύνδεσμο του email. Ανοίγει λίγα λεπτά πριν από την έναρξη.',
  'booking.done.nextId':
    'Έχετε μαζί σας την ταυτότητα ή το διαβατήριό σας, για να τη δείξετε στην κάμερα.',
  'booking.done.representationToCheck':
    'Δεν ήταν δυνατό να επιβεβαιώσουμε τώρα από το Γενικό Εμπορικό Μητρώο ότι είστε νόμιμος εκπρόσωπος της επιχείρησης. Ο υπάλληλος του ΚΕΠ θα το ελέγξει στην κλήση.',
  'booking.done.manageTitle': 'Αλλαγή ή ακύρωση',
  'booking.done.viewBooking': 'Δείτε, αλλάξτε ή ακυρώστε αυτό το ραντεβού',

  'booking.calendar.add': 'Προσθήκη στο ημερολόγιό μου',
  'booking.calendar.summary': 'Βιντεοκλήση με το ΚΕΠ ({reference})',
  'booking.calendar.description':
    'Υπηρεσία: {procedure}\nΑριθμός ραντεβού: {reference}\nΤην ώρα του ραντεβού ανοίξτε τον σύνδεσμο του email που σας στείλαμε. Έχετε μαζί σας την ταυτότητα ή το διαβατήριό σας.',
  'booking.calendar.location': 'Βιντεοκλήση — {kep}',

  'booking.page.loginTitle': 'Το ραντεβού σας',
  'booking.page.title': 'Ραντεβού {reference}',
  'booking.page.status': 'Κατάσταση:',
  'booking.page.notFound': 'Το ραντεβού δεν βρέθηκε',
  'booking.page.actionsTitle': 'Τι μπορείτε να κάνετε',
  'booking.page.prepare': 'Προετοιμασία για τη βιντεοκλήση (έλεγχος κάμερας και μικροφώνου)',
  'booking.page.reschedule': 'Αλλαγή ημέρας ή ώρας',
  'booking.page.cancel': 'Ακύρωση του ραντεβού',
  'booking.page.haveTitle': 'Τι να έχετε μαζί σας στη βιντεοκλήση',
  'booking.page.haveId': 'Την ταυτότητα ή το διαβατήριό σας, για να τη δείξετε στην κάμερα',
  'booking.page.outcomeTitle': 'Αποτέλεσμα της βιντεοκλήσης',
  'booking.page.protocolNumber': 'Αριθμός πρωτοκόλλου',
  'booking.page.filed': 'Τι καταχωρίστηκε',
  'booking.page.notes': 'Σημειώσεις',
  'booking.page.recordedAt': 'Καταχωρίστηκε',
  'booking.page.moreTitle': 'Άλλα ραντεβού',
  'booking.page.allBookings': 'Όλα τα ραντεβού μου',
  'booking.page.backToBooking': 'Επιστροφή στο ραντεβού',

  'booking.reschedule.title': 'Αλλαγή ημέρας ή ώρας',
  'booking.reschedule.notChangeable':
    'Αυτό το ραντεβού δεν μπορεί πια να αλλάξει (έχει ακυρωθεί, ολοκληρωθεί ή ξεκινήσει).',
  'booking.reschedule.reviewQuestion': 'Ελέγξτε τη νέα ώρα',
  'booking.reschedule.oldTime': 'Τωρινή ώρα',
  'booking.reschedule.newTime': 'Νέα ώρα',
  'booking.reschedule.emailNote':
    'Θα σας στείλουμε email στο {email} με τη νέα ώρα και νέο σύνδεσμο.',
  'booking.reschedule.confirm': 'Επιβεβαίωση αλλαγής',
  'booking.reschedule.doneTitle': 'Το ραντεβού σας άλλαξε',
  'booking.reschedule.doneBody':
    'Νέα ώρα: {when}. Σας στείλαμε email στο {email} με τον νέο σύνδεσμο.',

  'booking.cancel.question': 'Θέλετε σίγουρα να ακυρώσετε αυτό το ραντεβού;',
  'booking.cancel.warning':
    'Η ώρα σας θα δοθεί σε άλλον πολίτη. Μπορείτε να κλείσετε νέο ραντεβού όποτε θέλετε.',
  'booking.cancel.confirm': 'Ναι, ακύρωση του ραντεβού',
  'booking.cancel.cancelling': 'Γίνεται η ακύρωση…',
  'booking.cancel.keep': 'Όχι, να μείνει το ραντεβού',
  'booking.cancel.failed': 'Το ραντεβού δεν ακυρώθηκε',
  'booking.cancel.doneTitle': 'Το ραντεβού σας ακυρώθηκε',
  'booking.cancel.doneBody': 'Σας στείλαμε email επιβεβαίωσης στο {email}.',

  'myBookings.title': 'Τα ραντεβού μου',
  'myBookings.bookAnother': 'Κλείστε νέο ραντεβού',
  'myBookings.upcoming': 'Επερχόμενα ραντεβού',
  'myBookings.past': 'Προηγούμενα και ακυρωμένα ραντεβού',
  'myBookings.noUpcoming': 'Δεν έχετε επερχόμενα ραντεβού.',
  'myBookings.noPast': 'Δεν έχετε προηγούμενα ή ακυρωμένα ραντεβού.',
  'myBookings.myData': 'Τα δεδομένα μου: δείτε, κατεβάστε, διορθώστε ή διαγράψτε τα',
  'myBookings.status.booked': 'Προγραμματισμένο',
  'myBookings.status.inProgress': 'Σε εξέλιξη',
  'myBookings.status.completed': 'Ολοκληρώθηκε',
  'myBookings.status.cancelled': 'Ακυρώθηκε',
  'myBookings.status.noShow': 'Δεν πραγματοποιήθηκε',

  // issue 16 items 2, 4, 5: limits, documents and business up front; editable contact
  'booking.documents.toUpload': 'Θα τα ανεβάσετε με το ραντεβού (ή θα τα έχετε μαζί σας):',
  'booking.documents.toShow': 'Θα τα δείξετε στην κάμερα στη βιντεοκλήση:',
  'booking.documents.forProcedure': 'Τα δικαιολογητικά της υπηρεσίας «{procedure}»',
  'booking.procedure.documentsFor': 'Τι θα χρειαστείτε:',
  'booking.allowance.none': 'Μπορείτε να έχετε έως {limit} προγραμματισμένα ραντεβού ταυτόχρονα.',
  'booking.allowance.one':
    'Έχετε 1 προγραμματισμένο ραντεβού· μπορείτε να κλείσετε ακόμη {remaining}.',
  'booking.allowance.many':
    'Έχετε {upcoming} προγραμματισμένα ραντεβού· μπορείτε να κλείσετε ακόμη {remaining}.',
  'booking.allowance.fullTitle': 'Έχετε ήδη {upcoming} προγραμματισμένα ραντεβού, όσα επιτρέπονται',
  'booking.allowance.fullBody':
    'Για να κλείσετε νέο ραντεβού, ακυρώστε ή ολοκληρώστε ένα από αυτά. Μπορείτε και να αλλάξετε την ημέρα ή την ώρα τους.',
  'booking.allowance.yours': 'Τα προγραμματισμένα ραντεβού σας',
  'booking.allowance.manage': 'Αλλαγή ή ακύρωση',
  'booking.details.business.link': 'Κλείνω για λογαριασμό επιχείρησης',
  'booking.details.business.unlink': 'Δεν κλείνω για λογαριασμό επιχείρησης',
  'booking.details.business.title': 'Η επιχείρηση',
  'booking.details.business.fromLast':
    'Τα στοιχεία της επιχείρησης είναι από το προηγούμενο ραντεβού σας· ελέγξτε τα.',
  'booking.contact.edit': 'Αλλαγή στοιχείων επικοινωνίας ή ειδικών απαιτήσεων',
  'booking.contact.title': 'Αλλαγή στοιχείων επικοινωνίας',
  'booking.contact.hint': 'Θα σας στείλουμε ένα email με την αλλαγή, στη διεύθυνση που θα ισχύει.',
  'booking.contact.needsLocked':
    'Οι ειδικές απαιτήσεις αλλάζουν έως 24 ώρες πριν το ραντεβού. Για αλλαγή τώρα, επικοινωνήστε με το ΚΕΠ.',
  'booking.contact.save': 'Αποθήκευση αλλαγών',
  'booking.contact.saving': 'Αποθήκευση…',
  'booking.contact.back': 'Επιστροφή χωρίς αλλαγές',
  'booking.contact.failed': 'Τα στοιχεία δεν άλλαξαν',
  'booking.contact.doneTitle': 'Τα στοιχεία επικοινωνίας άλλαξαν',
  'booking.contact.doneBody': 'Στείλαμε email με την αλλαγή στο {email}.',
}
