import type { ContactsConfig } from '../../platform/config.js'
import { settingDefaults } from '../../modules/settings/index.js'

// Issue 19 item 4: the texts of the notices and statements, Greek first. The retention periods
// are the settings that enforce them (retention.*, documents.*), as in force when the page is
// read: an administrator's change shows here at once.

/** The retention periods the privacy notice states, each a setting's value. */
export interface RetentionTerms {
  bookingPersonalDataMonths: number
  invitationDays: number
  outboxDays: number
  documentDays: number
  inactiveCitizenMonths: number
  auditYears: number
}

export const defaultRetentionTerms: RetentionTerms = {
  bookingPersonalDataMonths: settingDefaults['retention.bookingPersonalDataMonths'],
  invitationDays: settingDefaults['retention.invitationDaysAfterAppointment'],
  outboxDays: settingDefaults['retention.outboxDaysAfterSending'],
  documentDays: settingDefaults['documents.retentionDaysAfterAppointment'],
  inactiveCitizenMonths: settingDefaults['retention.inactiveCitizenMonths'],
  auditYears: settingDefaults['retention.auditYears'],
}

const el = {
  months: (n: number) => `${n} ${n === 1 ? 'μήνα' : 'μήνες'}`,
  days: (n: number) => `${n} ${n === 1 ? 'ημέρα' : 'ημέρες'}`,
  years: (n: number) => `${n} ${n === 1 ? 'έτος' : 'έτη'}`,
}
const en = {
  months: (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`,
  days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
  years: (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`,
}

type Row = readonly [string, string, string]

/** When the statements were last reviewed (the accessibility statement must say so). */
export const statementsDate = { el: '2 Δεκεμβρίου 2026', en: '2 December 2026' } as const

export function privacyText(c: ContactsConfig, r: RetentionTerms = defaultRetentionTerms) {
  return {
    el: {
      title: 'Προστασία προσωπικών δεδομένων',
      intro:
        'Η σημείωση αυτή εξηγεί ποια προσωπικά δεδομένα κρατά το myKEPlive, γιατί, για πόσο και ποια δικαιώματα έχετε, σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ, Κανονισμός (ΕΕ) 2016/679) και τον ν. 4624/2019.',
      controllerHeading: 'Υπεύθυνος επεξεργασίας',
      controller: `${c.controllerName}, ${c.controllerAddress}. Επικοινωνία: ${c.contactEmail}.`,
      dpoHeading: 'Υπεύθυνος Προστασίας Δεδομένων',
      dpo: `Για κάθε ερώτηση σχετικά με τα δεδομένα σας: ${c.dpoEmail}.`,
      purposesHeading: 'Σκοποί',
      purposes: [
        'Η κράτηση, η υπενθύμιση και η διεξαγωγή ραντεβού βιντεοκλήσης με υπάλληλο ΚΕΠ.',
        'Η ταυτοποίησή σας μέσω TaxisNet (ΓΓΠΣΔΔ) και ο έλεγχος του εγγράφου ταυτότητας που δείχνετε στην κάμερα μέσω του ΚΕΔ.',
        'Ο έλεγχος ότι είστε νόμιμος εκπρόσωπος επιχείρησης όταν κλείνετε ραντεβού για λογαριασμό της.',
        'Η διεκπεραίωση της αίτησής σας από το ΚΕΠ και το «έντυπο επιτυχούς υποβολής».',
        'Η ασφάλεια της υπηρεσίας και η λογοδοσία: αρχείο καταγραφής ενεργειών (audit trail).',
      ],
      basisHeading: 'Νομική βάση',
      basis:
        'Άρθρο 6 παρ. 1 στοιχ. ε΄ ΓΚΠΔ (εκπλήρωση καθήκοντος δημόσιου συμφέροντος ή άσκηση δημόσιας εξουσίας), με βάση την υπουργική απόφαση για την παροχή υπηρεσιών ΚΕΠ με βιντεοκλήση (myKEPlive) και τη νομοθεσία των ΚΕΠ.',
      recipientsHeading: 'Αποδέκτες',
      recipients: [
        'Το ΚΕΠ που σας εξυπηρετεί και οι υπάλληλοί του.',
        'Η ΓΓΠΣΔΔ (TaxisNet), για τη σύνδεσή σας.',
        'Το Κέντρο Διαλειτουργικότητας (ΚΕΔ), για τον έλεγχο του εγγράφου ταυτότητας και της νόμιμης εκπροσώπησης επιχείρησης.',
        'Ο πάροχος ηλεκτρονικού ταχυδρομείου που αποστέλλει τις επιβεβαιώσεις και υπενθυμίσεις.',
      ],
      retentionHeading: 'Τι κρατάμε και για πόσο',
      datum: 'Δεδομένο',
      why: 'Γιατί',
      howLong: 'Για πόσο',
      retention: [
        [
          'Σύνδεση (αναγνωριστικό, διεύθυνση IP, πρόγραμμα περιήγησης)',
          'Ασφάλεια της σύνδεσης',
          'Μέχρι να λήξει η σύνδεση',
        ],
        [
          'ΑΦΜ',
          'Ταυτοποίηση, έλεγχος εκπροσώπησης',
          'Μόνο ως κλειδωμένο αποτύπωμα (HMAC)· καθαρός μόνο κατά τη σύνδεση, για τον έλεγχο εκπροσώπησης',
        ],
        [
          'Ονοματεπώνυμο, email, τηλέφωνο, διεύθυνση, ελεύθερο κείμενο ειδικών αναγκών του ραντεβού',
          'Το ραντεβού και η επικοινωνία για αυτό',
          `Ψευδωνυμοποιούνται ${el.months(r.bookingPersonalDataMonths)} μετά το ραντεβού (retention.bookingPersonalDataMonths)`,
        ],
        [
          'Προσκλήσεις στην κλήση και σύνδεσμοι συμμετοχής',
          'Η είσοδος στη βιντεοκλήση',
          `${el.days(r.invitationDays)} μετά το ραντεβού (retention.invitationDaysAfterAppointment)`,
        ],
        [
          'Μηνύματα email (εξερχόμενα)',
          'Επιβεβαιώσεις, υπενθυμίσεις, αλλαγές',
          `${el.days(r.outboxDays)} μετά την αποστολή· όσα απέτυχαν, μέχρι να διευθετηθούν (retention.outboxDaysAfterSending)`,
        ],
        [
          'Έγγραφα που ανεβάζετε',
          'Η διεκπεραίωση της αίτησης',
          `${el.days(r.documentDays)} μετά το ραντεβού (documents.retentionDaysAfterAppointment)`,
        ],
        [
          'Ο λογαριασμός σας (πολίτης)',
          'Η σύνδεση και τα ραντεβού σας',
          `Διαγράφεται όταν δεν έχετε ραντεβού και δεν έχετε συνδεθεί για ${el.months(r.inactiveCitizenMonths)} (retention.inactiveCitizenMonths)`,
        ],
        [
          'Αρχείο καταγραφής ενεργειών (με αποτυπώματα αναγνωριστικών και διευθύνσεις IP)',
          'Ασφάλεια και λογοδοσία',
          `${el.years(r.auditYears)}, ανά μήνα (retention.auditYears)`,
        ],
        ['Πατρώνυμο, μητρώνυμο, έτος γέννησης από το TaxisNet', '—', 'Δεν τα κρατάμε'],
        ['Εικόνα και ήχος της βιντεοκλήσης', '—', 'Δεν καταγράφονται ποτέ'],
      ] as Row[],
      rightsHeading: 'Τα δικαιώματά σας',
      rights: [
        'Πρόσβαση και λήψη όλων των δεδομένων σας, διόρθωση των στοιχείων επικοινωνίας και αίτημα διαγραφής, από τη σελίδα «Τα δεδομένα μου».',
        'Με τη διαγραφή ακυρώνονται τα μελλοντικά ραντεβού και τα υπόλοιπα ψευδωνυμοποιούνται αμέσως, εκτός όσων ο νόμος επιβάλλει να κρατηθούν (π.χ. τα έντυπα υποβολής, που μένουν στο ΚΕΠ).',
        `Για κάθε άλλο δικαίωμα (περιορισμός, εναντίωση) γράψτε στον Υπεύθυνο Προστασίας Δεδομένων: ${c.dpoEmail}.`,
        'Έχετε δικαίωμα καταγγελίας στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (www.dpa.gr).',
      ],
      myData: 'Τα δεδομένα μου',
      cookiesLink: 'Τα cookies που χρησιμοποιούμε',
    },
    en: {
      title: 'Privacy notice',
      intro:
        'This notice explains which personal data myKEPlive keeps, why, for how long, and your rights, under the General Data Protection Regulation (GDPR, Regulation (EU) 2016/679) and Greek law 4624/2019.',
      controllerHeading: 'Controller',
      controller: `${c.controllerName}, ${c.controllerAddress}. Contact: ${c.contactEmail}.`,
      dpoHeading: 'Data protection officer',
      dpo: `For any question about your data: ${c.dpoEmail}.`,
      purposesHeading: 'Purposes',
      purposes: [
        'Booking, reminding of and holding a video appointment with a KEP employee.',
        'Identifying you through TaxisNet (GSIS) and checking the identity document you show to the camera through KED.',
        'Checking that you are the legal representative of a business when you book on its behalf.',
        'Processing your request at the KEP and its "successful submission form".',
        'The security of the service and accountability: the audit trail.',
      ],
      basisHeading: 'Legal basis',
      basis:
        "Article 6(1)(e) GDPR (a task carried out in the public interest or in the exercise of official authority), under the ministerial decision on KEP services by video call (myKEPlive) and the KEPs' legislation.",
      recipientsHeading: 'Recipients',
      recipients: [
        'The KEP that serves you and its employees.',
        'GSIS (TaxisNet), for your login.',
        "The government's interoperability centre (KED), for the identity-document and legal-representative checks.",
        'The email provider that sends confirmations and reminders.',
      ],
      retentionHeading: 'What we keep and for how long',
      datum: 'Datum',
      why: 'Why',
      howLong: 'How long',
      retention: [
        [
          'Login session (identifier, IP address, browser)',
          'Securing the session',
          'Until the session expires',
        ],
        [
          'Tax number (AFM)',
          'Identification, representation check',
          'Only as a keyed hash (HMAC); in clear only during the login session, for the legal-representative check',
        ],
        [
          "A booking's name, email, phone, address and special requirements' free text",
          'The appointment and contacting you about it',
          `Pseudonymised ${en.months(r.bookingPersonalDataMonths)} after the appointment (retention.bookingPersonalDataMonths)`,
        ],
        [
          'Call invitations and join links',
          'Entering the video call',
          `${en.days(r.invitationDays)} after the appointment (retention.invitationDaysAfterAppointment)`,
        ],
        [
          'Emails (outbox)',
          'Confirmations, reminders, changes',
          `${en.days(r.outboxDays)} after sending; failed ones until handled (retention.outboxDaysAfterSending)`,
        ],
        [
          'Documents you upload',
          'Processing the request',
          `${en.days(r.documentDays)} after the appointment (documents.retentionDaysAfterAppointment)`,
        ],
        [
          'Your citizen account',
          'Your login and bookings',
          `Deleted when you have no booking and have not logged in for ${en.months(r.inactiveCitizenMonths)} (retention.inactiveCitizenMonths)`,
        ],
        [
          'Audit trail (with keyed hashes of identifiers and IP addresses)',
          'Security and accountability',
          `${en.years(r.auditYears)}, by month (retention.auditYears)`,
        ],
        ["Father's name, mother's name, birth year from TaxisNet", '—', 'Not kept'],
        ['Picture and sound of the video call', '—', 'Never recorded'],
      ] as Row[],
      rightsHeading: 'Your rights',
      rights: [
        'Access and download all your data, correct your contact details and ask for erasure, from the "My data" page.',
        'Erasure cancels your future bookings and pseudonymises the rest at once, except what the law requires to keep (e.g. the submission records, which stay with the KEP).',
        `For any other right (restriction, objection) write to the data protection officer: ${c.dpoEmail}.`,
        'You may lodge a complaint with the Hellenic Data Protection Authority (www.dpa.gr).',
      ],
      myData: 'My data',
      cookiesLink: 'The cookies we use',
    },
  }
}

export const cookiesText = {
  el: {
    title: 'Cookies',
    intro:
      'Το myKEPlive χρησιμοποιεί μόνο τα απολύτως απαραίτητα cookies για να λειτουργήσει: καμία διαφήμιση, κανένα εργαλείο στατιστικών ή τρίτων. Γι’ αυτό δεν σας ζητάμε συγκατάθεση.',
    name: 'Όνομα',
    purpose: 'Σκοπός',
    lifetime: 'Διάρκεια',
    prefixNote:
      'Σε σύνδεση HTTPS τα ονόματα έχουν το πρόθεμα __Host- (ο φυλλομετρητής τα στέλνει μόνο στη δική μας διεύθυνση, μόνο με ασφαλή σύνδεση).',
    storageHeading: 'Αποθήκευση στον φυλλομετρητή σας',
    storage:
      'Η επιλογή γλώσσας (keplive.language) και, σε κλήση με πρόσκληση, ένα τυχαίο αναγνωριστικό του φυλλομετρητή κρατούνται στην τοπική αποθήκευση (localStorage) του φυλλομετρητή σας· δεν αποστέλλονται σε κανέναν για παρακολούθηση.',
  },
  en: {
    title: 'Cookies',
    intro:
      'myKEPlive uses only the cookies strictly necessary for it to work: no advertising, no analytics, nothing from third parties. That is why we do not ask for consent.',
    name: 'Name',
    purpose: 'Purpose',
    lifetime: 'Lifetime',
    prefixNote:
      'Over HTTPS the names carry the __Host- prefix (the browser sends them only to our own address, only over a secure connection).',
    storageHeading: 'Storage in your browser',
    storage:
      "Your choice of language (keplive.language) and, in a call joined by invitation, a random identifier of the browser are kept in your browser's local storage; they are sent to no one for tracking.",
  },
} as const

export function accessibilityText(c: ContactsConfig) {
  return {
    el: {
      title: 'Δήλωση προσβασιμότητας',
      intro:
        'Το Υπουργείο Εσωτερικών δεσμεύεται να καθιστά το myKEPlive προσβάσιμο, σύμφωνα με τον ν. 4727/2020 (ενσωμάτωση της Οδηγίας (ΕΕ) 2016/2102). Η δήλωση αφορά τις εφαρμογές των πολιτών, των υπαλλήλων ΚΕΠ και των διαχειριστών.',
      statusHeading: 'Κατάσταση συμμόρφωσης',
      status:
        'Μερικώς συμμορφούμενο με το πρότυπο EN 301 549 και τις οδηγίες WCAG 2.1 επιπέδου AA, λόγω των περιορισμών που ακολουθούν.',
      limitsHeading: 'Γνωστοί περιορισμοί',
      limits: [
        'Ο έλεγχος ταυτότητας στη βιντεοκλήση γίνεται από υπάλληλο που βλέπει το έγγραφο στην κάμερα· όποιος δεν μπορεί να το δείξει χρειάζεται βοήθεια ή επίσκεψη σε ΚΕΠ.',
        'Η βιντεοκλήση δεν έχει αυτόματους υπότιτλους· η νοηματική γλώσσα προσφέρεται μόνο με διερμηνέα που προσκαλείτε στην κλήση.',
        'Τα έγγραφα PDF που ανεβάζουν οι χρήστες ή εκδίδουν άλλοι φορείς μπορεί να μην είναι προσβάσιμα.',
      ],
      howHeading: 'Πώς ελέγχθηκε',
      how: 'Με αυτόματους ελέγχους axe σε κάθε σελίδα στις δοκιμές φυλλομετρητή, δοκιμές χρήσης μόνο με πληκτρολόγιο, σε οθόνη πλάτους 360 px, και με αυτοαξιολόγηση της ομάδας ανάπτυξης.',
      feedbackHeading: 'Σχόλια και επικοινωνία',
      feedback: `Αν συναντήσετε εμπόδιο ή θέλετε το περιεχόμενο σε άλλη μορφή, γράψτε μας στο ${c.contactEmail}· απαντάμε εντός 30 ημερών.`,
      enforcementHeading: 'Διαδικασία επιβολής',
      enforcement:
        'Αν η απάντησή μας δεν σας ικανοποιεί, μπορείτε να απευθυνθείτε στην αρμόδια για την προσβασιμότητα αρχή του Υπουργείου Ψηφιακής Διακυβέρνησης και στον Συνήγορο του Πολίτη (www.synigoros.gr).',
      preparedHeading: 'Κατάρτιση της δήλωσης',
      prepared: `Η δήλωση καταρτίστηκε στις ${statementsDate.el}.`,
    },
    en: {
      title: 'Accessibility statement',
      intro:
        'The Ministry of Interior is committed to making myKEPlive accessible, in accordance with Greek law 4727/2020 (transposing Directive (EU) 2016/2102). This statement covers the apps for citizens, KEP employees and administrators.',
      statusHeading: 'Compliance status',
      status:
        'Partially compliant with EN 301 549 and the WCAG 2.1 level AA guidelines, because of the limitations below.',
      limitsHeading: 'Known limitations',
      limits: [
        'Identity is checked in the video call by an employee looking at the document held to the camera; someone who cannot show it needs help or a visit to a KEP.',
        'The video call has no automatic captions; sign language is offered only through an interpreter you invite to the call.',
        'PDF documents that users upload or other bodies issue may not be accessible.',
      ],
      howHeading: 'How it was checked',
      how: 'With automated axe checks of every page in the browser tests, keyboard-only tests, on a 360 px wide screen, and by the development team’s self-assessment.',
      feedbackHeading: 'Feedback and contact',
      feedback: `If you meet a barrier or need content in another format, write to ${c.contactEmail}; we answer within 30 days.`,
      enforcementHeading: 'Enforcement procedure',
      enforcement:
        'If our answer does not satisfy you, you may turn to the accessibility authority of the Ministry of Digital Governance and to the Greek Ombudsman (www.synigoros.gr).',
      preparedHeading: 'Preparation of this statement',
      prepared: `This statement was prepared on ${statementsDate.en}.`,
    },
  }
}

export function termsText(c: ContactsConfig) {
  return {
    el: {
      title: 'Όροι χρήσης',
      items: [
        'Το myKEPlive είναι υπηρεσία των ΚΕΠ: κλείνετε ραντεβού βιντεοκλήσης με υπάλληλο ΚΕΠ για τις διαδικασίες που προσφέρονται. Η χρήση είναι δωρεάν.',
        'Συνδέεστε με τους δικούς σας κωδικούς TaxisNet και είστε υπεύθυνοι για ό,τι γίνεται με αυτούς. Για λογαριασμό επιχείρησης ενεργεί μόνο ο νόμιμος εκπρόσωπός της.',
        'Στην κλήση δείχνετε το δικό σας έγγραφο ταυτότητας· τα στοιχεία που δίνετε πρέπει να είναι αληθή.',
        'Η κλήση δεν καταγράφεται· μην την καταγράφετε ούτε εσείς χωρίς τη συναίνεση του υπαλλήλου.',
        'Αν δεν μπορείτε να έρθετε, ακυρώστε ή αλλάξτε το ραντεβού σας εγκαίρως, ώστε να εξυπηρετηθεί άλλος.',
        'Μην χρησιμοποιείτε την υπηρεσία για να παρενοχλήσετε υπαλλήλους ή να παρακάμψετε τα μέτρα ασφαλείας της· το ΚΕΠ μπορεί να διακόψει την κλήση.',
        `Ερωτήσεις: ${c.contactEmail}. Τα προσωπικά σας δεδομένα: δείτε τη σημείωση προστασίας δεδομένων.`,
      ],
    },
    en: {
      title: 'Terms of use',
      items: [
        'myKEPlive is a service of the KEPs: you book a video appointment with a KEP employee for the procedures offered. It is free of charge.',
        'You log in with your own TaxisNet credentials and are responsible for what is done with them. Only its legal representative acts on behalf of a business.',
        'In the call you show your own identity document; the details you give must be true.',
        'The call is not recorded; do not record it yourself without the employee’s consent.',
        'If you cannot come, cancel or move your appointment in time, so that someone else can be served.',
        'Do not use the service to harass employees or to get around its security; the KEP may end the call.',
        `Questions: ${c.contactEmail}. Your personal data: see the privacy notice.`,
      ],
    },
  }
}

export const notFoundText = {
  el: {
    title: 'Η σελίδα δεν βρέθηκε',
    lead: 'Η διεύθυνση που ζητήσατε δεν υπάρχει στο myKEPlive. Ελέγξτε ότι την πληκτρολογήσατε σωστά.',
    home: 'Κλείστε ραντεβού από την αρχική σελίδα',
    staff: 'Εφαρμογή υπαλλήλων ΚΕΠ',
    admin: 'Εφαρμογή διαχειριστών',
  },
  en: {
    title: 'Page not found',
    lead: 'The address you asked for does not exist on myKEPlive. Check that it was typed correctly.',
    home: 'Book an appointment from the home page',
    staff: 'The KEP employees’ app',
    admin: 'The administrators’ app',
  },
} as const
