/** Preparing for the call, the waiting room and the call itself. */
export const call = {
  'call.title': 'Βιντεοκλήση με το ΚΕΠ',
  'call.with': 'Με το {kep}, {when}',
  'call.loginLink': 'Σύνδεση με τους κωδικούς TaxisNet',
  'call.error.generic': 'Η ενέργεια δεν ολοκληρώθηκε. Δοκιμάστε ξανά.',

  'call.check.title': 'Έλεγχος κάμερας, μικροφώνου και ηχείων',
  'call.check.intro':
    'Ελέγξτε ότι σας βλέπουν και σας ακούν. Η εικόνα και ο ήχος μένουν στη συσκευή σας: τίποτα δεν καταγράφεται.',
  'call.check.asking':
    'Ο φυλλομετρητής ζητά την άδειά σας για την κάμερα και το μικρόφωνο. Πατήστε «Να επιτρέπεται».',
  'call.check.camera': 'Κάμερα',
  'call.check.preview': 'Η εικόνα της κάμεράς σας',
  'call.check.cameraHint': 'Αν βλέπετε τον εαυτό σας, η κάμερα λειτουργεί.',
  'call.check.microphone': 'Μικρόφωνο',
  'call.check.level': 'Ένταση μικροφώνου',
  'call.check.levelHint': 'Μιλήστε: η μπάρα κινείται όταν το μικρόφωνο σας ακούει.',
  'call.check.speakers': 'Ηχεία ή ακουστικά',
  'call.check.playSound': 'Παίξτε έναν ήχο δοκιμής',
  'call.check.soundPlayed':
    'Ακούσατε δύο νότες; Αν όχι, ανεβάστε την ένταση ή διαλέξτε άλλα ηχεία.',
  'call.check.choose': 'Επιλογή άλλης συσκευής',
  'call.check.chooseCamera': 'Κάμερα',
  'call.check.chooseMicrophone': 'Μικρόφωνο',
  'call.check.chooseSpeaker': 'Ηχεία ή ακουστικά',
  'call.check.noCamera.title': 'Δεν βρέθηκε κάμερα',
  'call.check.noCamera.body':
    'Μπορείτε να συνδεθείτε μόνο με ήχο. Για τον έλεγχο ταυτότητας όμως ο υπάλληλος πρέπει να δει το έγγραφό σας: αν μπορείτε, χρησιμοποιήστε συσκευή με κάμερα (π.χ. κινητό).',
  'call.media.denied.title': 'Δεν δόθηκε άδεια για κάμερα και μικρόφωνο',
  'call.media.denied.body': 'Για να δώσετε την άδεια:',
  'call.media.denied.step1':
    'Πατήστε το εικονίδιο με την κλειδαριά ή την κάμερα στα αριστερά της διεύθυνσης, επάνω στη σελίδα.',
  'call.media.denied.step2': 'Στα «Κάμερα» και «Μικρόφωνο» επιλέξτε «Να επιτρέπεται».',
  'call.media.denied.step3': 'Πατήστε «Δοκιμή ξανά» παρακάτω ή ανανεώστε τη σελίδα.',
  'call.media.denied.phone':
    'Σε κινητό: Ρυθμίσεις → Εφαρμογές → ο φυλλομετρητής σας → Άδειες → Κάμερα και Μικρόφωνο → Να επιτρέπεται.',
  'call.media.notFound.title': 'Δεν βρέθηκε μικρόφωνο',
  'call.media.notFound.body':
    'Συνδέστε μικρόφωνο ή ακουστικά με μικρόφωνο και πατήστε «Δοκιμή ξανά». Μπορείτε επίσης να συνδεθείτε από κινητό ή τάμπλετ.',
  'call.media.inUse.title': 'Η κάμερα ή το μικρόφωνο χρησιμοποιείται ήδη',
  'call.media.inUse.body':
    'Κλείστε άλλες εφαρμογές που ίσως τα χρησιμοποιούν (π.χ. άλλη βιντεοκλήση) και πατήστε «Δοκιμή ξανά».',
  'call.media.unsupported.title': 'Ο φυλλομετρητής δεν υποστηρίζει βιντεοκλήσεις',
  'call.media.unsupported.body': 'Χρησιμοποιήστε πρόσφατη έκδοση Chrome, Edge, Firefox ή Safari.',
  'call.media.unknown.title': 'Η κάμερα ή το μικρόφωνο δεν ξεκίνησε',
  'call.media.unknown.body': 'Πατήστε «Δοκιμή ξανά» ή ανανεώστε τη σελίδα.',
  'call.media.retry': 'Δοκιμή ξανά',

  'call.atHand.title': 'Να έχετε μαζί σας',
  'call.atHand.identity':
    'Την αστυνομική σας ταυτότητα ή το διαβατήριό σας, για να τη δείξετε στην κάμερα',

  'call.join.title': 'Είσοδος στην κλήση',
  'call.join.button': 'Είσοδος στην κλήση',
  'call.join.needsMedia': 'Για να μπείτε στην κλήση χρειάζεται τουλάχιστον μικρόφωνο.',
  'call.window.opensAt': 'Μπορείτε να μπείτε στην κλήση από {at}.',
  'call.window.closed': 'Ο χρόνος αυτής της βιντεοκλήσης έχει περάσει.',

  'call.refused.stranger':
    'Αυτό το ραντεβού ανήκει σε άλλον πολίτη. Συνδεθείτε με τους δικούς σας κωδικούς TaxisNet για να δείτε τα δικά σας ραντεβού.',
  'call.refused.notOpen': 'Η κλήση δεν είναι ακόμη ανοιχτή.',
  'call.refused.ended': 'Αυτή η κλήση έχει ολοκληρωθεί.',
  'call.refused.login': 'Συνδεθείτε με τους κωδικούς TaxisNet για να συνεχίσετε.',
  'call.refused.inUse':
    'Ο σύνδεσμος πρόσκλησης έχει ήδη ανοιχτεί σε άλλη συσκευή ή άλλο πρόγραμμα περιήγησης. Ζητήστε νέο σύνδεσμο από το ΚΕΠ.',
  'call.refused.other': 'Κάτι δεν πήγε καλά. Ανανεώστε τη σελίδα.',

  'call.waiting.title': 'Αίθουσα αναμονής',
  'call.waiting.told':
    'Ο υπάλληλος του ΚΕΠ ενημερώθηκε ότι είστε εδώ και θα σας βάλει στην κλήση σε λίγο.',
  'call.waiting.employeeHere':
    'Ο υπάλληλος του ΚΕΠ είναι συνδεδεμένος και θα σας βάλει στην κλήση σε λίγο.',
  'call.waiting.keepOpen': 'Κρατήστε αυτή τη σελίδα ανοιχτή. Θα ακούσετε και θα δείτε όταν μπείτε.',
  'call.event.employeeJoined': 'Ο υπάλληλος του ΚΕΠ συνδέθηκε.',
  'call.event.admitted': 'Μπήκατε στην κλήση.',
  'call.event.verified': 'Ο υπάλληλος επιβεβαίωσε την ταυτότητά σας.',
  'call.event.notVerified': 'Ο υπάλληλος δεν μπόρεσε να επιβεβαιώσει την ταυτότητά σας.',
  'call.event.audioOnly': 'Η κλήση συνεχίζεται μόνο με ήχο.',
  'call.event.videoOn': 'Η κάμερα άνοιξε ξανά.',
  'call.event.left': 'Ένας συμμετέχων αποχώρησε.',
  'call.event.ended': 'Η κλήση ολοκληρώθηκε.',
  'call.event.documentRequested':
    'Ο υπάλληλος σας ζητά να δείξετε το έγγραφο ταυτότητάς σας στην κάμερα.',

  'call.inCall.title': 'Στην κλήση',
  'call.identity.readyTitle': 'Έχετε έτοιμο το έγγραφο ταυτότητάς σας',
  'call.identity.readyBody':
    'Ο υπάλληλος θα σας ζητήσει να το δείξετε στην κάμερα για να επιβεβαιώσει την ταυτότητά σας.',
  'call.identity.title': 'Δείξτε το έγγραφο ταυτότητάς σας',
  'call.identity.body':
    'Κρατήστε το έγγραφο ταυτότητας μπροστά στην κάμερα, μέσα στο κίτρινο πλαίσιο, για λίγα δευτερόλεπτα, ώστε να διαβάζονται τα στοιχεία του. Δεν λαμβάνεται φωτογραφία.',
  'call.reconnecting': 'Η σύνδεση διακόπηκε. Επανασύνδεση…',
  'call.remote.connecting': 'Σύνδεση…',
  'call.remote.reconnecting': 'Επανασύνδεση…',
  'call.remote.connected': 'Συνδέθηκε',
  'call.remote.audioOnly': 'Μόνο ήχος',
  'call.role.CITIZEN': 'πολίτης',
  'call.role.EMPLOYEE': 'υπάλληλος ΚΕΠ',
  'call.role.INTERPRETER': 'διερμηνέας',
  'call.role.unknown': 'Συμμετέχων',
  'call.self': 'Εσείς',
  'call.controls': 'Χειρισμός κλήσης',
  'call.mic.off': 'Σίγαση μικροφώνου',
  'call.mic.on': 'Άνοιγμα μικροφώνου',
  'call.audioOnly.on': 'Μόνο ήχος (κλείσιμο κάμερας)',
  'call.audioOnly.off': 'Άνοιγμα κάμερας',
  'call.audioOnly.hint': 'Μετά τον έλεγχο ταυτότητας μπορείτε να συνεχίσετε μόνο με ήχο.',
  'call.leave': 'Αποχώρηση από την κλήση',

  // the call screen (issue 15 item 1)
  'call.screen.mic': 'Σίγαση',
  'call.screen.audioOnly': 'Μόνο ήχος',
  'call.screen.switchCamera': 'Αλλαγή κάμερας',
  'call.screen.switchCameraLabel': 'Αλλαγή κάμερας (μπροστινή ή πίσω)',
  'call.screen.switchFailed': 'Δεν ήταν δυνατή η αλλαγή κάμερας. Συνεχίζετε με την ίδια κάμερα.',
  'call.screen.switched': 'Η κάμερα άλλαξε.',
  'call.screen.move': 'Μετακίνηση',
  'call.screen.moveLabel': 'Μετακίνηση της εικόνας μου',
  'call.screen.movedTo': 'Η εικόνα σας είναι τώρα {corner}.',
  'call.screen.corner.topLeft': 'πάνω αριστερά',
  'call.screen.corner.topRight': 'πάνω δεξιά',
  'call.screen.corner.bottomRight': 'κάτω δεξιά',
  'call.screen.corner.bottomLeft': 'κάτω αριστερά',
  'call.screen.leave': 'Αποχώρηση',
  'call.screen.leaveTitle': 'Να αποχωρήσετε από την κλήση;',
  'call.screen.leaveWarning':
    'Η κάμερα και το μικρόφωνο θα κλείσουν. Όσο η κλήση είναι ανοιχτή, μπορείτε να μπείτε ξανά ανανεώνοντας τη σελίδα.',
  'call.screen.leaveConfirm': 'Ναι, αποχωρώ',
  'call.screen.documentLine': 'Δείξτε το έγγραφο ταυτότητάς σας μέσα στο κίτρινο πλαίσιο.',
  'call.screen.readyLine': 'Έχετε έτοιμο το έγγραφο ταυτότητάς σας: θα σας ζητηθεί να το δείξετε.',
  'call.screen.reconnected': 'Η σύνδεση αποκαταστάθηκε.',
  'call.screen.devices': 'Η κάμερα και το μικρόφωνό σας',

  'call.ended.title': 'Η κλήση ολοκληρώθηκε',
  'call.ended.noShow': 'Η κλήση έκλεισε χωρίς να πραγματοποιηθεί.',
  'call.ended.myBookings': 'Τα ραντεβού μου',
  'call.outcome.protocol': 'Αριθμός πρωτοκόλλου',
  'call.outcome.filed': 'Τι καταχωρίστηκε',
  'call.outcome.delivery': 'Παράδοση εγγράφου',
  'call.outcome.notes': 'Σημειώσεις',
  'call.outcome.at': 'Καταχωρίστηκε',
  'call.delivery.EMAIL': 'Με email',
  'call.delivery.POST': 'Ταχυδρομικά',
  'call.delivery.PICKUP': 'Παραλαβή από το ΚΕΠ',
  'call.left.title': 'Αποχωρήσατε από την κλήση',
  'call.left.body': 'Αν αποχωρήσατε κατά λάθος, ανανεώστε τη σελίδα για να μπείτε ξανά.',

  'call.prepare.title': 'Προετοιμασία για τη βιντεοκλήση',
  'call.prepare.when.title': 'Πότε μπαίνετε στην κλήση',
  'call.prepare.when.open': 'Η κλήση είναι ανοιχτή: μπορείτε να μπείτε τώρα.',
  'call.prepare.when.inactive': 'Αυτό το ραντεβού δεν είναι πλέον ενεργό.',
  'call.prepare.join': 'Είσοδος στην κλήση',

  'call.link.title': 'Σύνδεσμος βιντεοκλήσης',
  'call.link.unknown': 'Ο σύνδεσμος δεν είναι έγκυρος.',
  'call.link.network': 'Δεν ήταν δυνατή η σύνδεση με την υπηρεσία. Ανανεώστε τη σελίδα.',
  'call.link.myBookings': 'Τα ραντεβού μου',
  'call.link.login.title': 'Συνδεθείτε για να συνεχίσετε',
  'call.link.login.body':
    'Για την ασφάλειά σας, στη βιντεοκλήση μπαίνετε αφού συνδεθείτε με τους κωδικούς TaxisNet.',
  'call.link.login.button': 'Σύνδεση με τους κωδικούς TaxisNet',
  'call.link.stranger':
    'Ο σύνδεσμος αυτός στάλθηκε για ραντεβού άλλου προσώπου και δεν σας επιτρέπει την είσοδο.',
  'call.link.expired.title': 'Ο σύνδεσμος έχει λήξει',
  'call.link.expired.body': 'Το ραντεβού σας ήταν {when}.',
  'call.link.cancelled.title': 'Το ραντεβού ακυρώθηκε',
  'call.link.cancelled.body': 'Το ραντεβού της {when} έχει ακυρωθεί.',
  'call.link.again':
    'Αν χρειάζεστε ακόμη την υπηρεσία, κλείστε νέο ραντεβού ή δείτε τα ραντεβού σας.',
  'call.link.book': 'Κλείστε νέο ραντεβού',
  'call.link.tooEarly.title': 'Η κλήση δεν έχει ανοίξει ακόμη',
  'call.link.tooEarly.body': 'Η κλήση ανοίγει στις {time}, {date}. Το ραντεβού σας είναι {when}.',
  'call.link.tooEarly.prepare':
    'Μπορείτε να προετοιμαστείτε από τώρα: συνδεθείτε για να ελέγξετε την κάμερα, το μικρόφωνο και τα ηχεία σας.',

  'call.guest.title': 'Βιντεοκλήση ΚΕΠ — διερμηνεία',
  'call.guest.intro': 'Σας προσκάλεσε το {kep} για τη βιντεοκλήση της {when}.',
  'call.guest.invalid': 'Η πρόσκληση δεν ισχύει',
  'call.guest.invalidBody':
    'Ο σύνδεσμος έληξε ή δεν είναι σωστός. Ζητήστε από το ΚΕΠ νέο σύνδεσμο.',
  'call.guest.expired.title': 'Η πρόσκληση έχει λήξει',
  'call.guest.expired.body':
    'Η πρόσκληση για τη βιντεοκλήση της {when} ίσχυε έως τις {until}. Αν η κλήση συνεχίζεται, ζητήστε από το ΚΕΠ νέο σύνδεσμο.',
  'call.guest.ended.title': 'Η βιντεοκλήση έχει τελειώσει',
  'call.guest.ended.body':
    'Η βιντεοκλήση της {when} με το {kep} έχει τελειώσει. Ο σύνδεσμος δεν χρειάζεται πια.',
  'call.guest.name.label': 'Το ονοματεπώνυμό σας',
  'call.guest.name.hint': 'Ο υπάλληλος του ΚΕΠ το βλέπει πριν σας δεχτεί στην κλήση.',
  'call.guest.name.required': 'Γράψτε το ονοματεπώνυμό σας.',
  'call.guest.rejoin': 'Συνεχίζετε στην κλήση από αυτή τη συσκευή.',
}
