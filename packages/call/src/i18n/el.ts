/** The texts of the call's shared components (Greek, the source). */
export const call = {
  // the connection indicator (issue 15 item 4)
  'callQuality.level.good': 'Καλή σύνδεση',
  'callQuality.level.fair': 'Μέτρια σύνδεση',
  'callQuality.level.poor': 'Κακή σύνδεση',
  'callQuality.level.unknown': 'Μέτρηση σύνδεσης…',
  'callQuality.indicator.who': '({who})',
  'callQuality.figures.title': 'Σύνδεση: {who}',
  'callQuality.figures.received': 'Εικόνα που λαμβάνετε',
  'callQuality.figures.sent': 'Εικόνα που στέλνετε',
  'callQuality.figures.loss': 'Χαμένα πακέτα',
  'callQuality.figures.rtt': 'Καθυστέρηση (μετ᾽ επιστροφής)',
  'callQuality.figures.fps': 'Καρέ ανά δευτερόλεπτο',
  'callQuality.figures.kbps': '{value} kbps',
  'callQuality.figures.percent': '{value} %',
  'callQuality.figures.ms': '{value} ms',
  'callQuality.figures.fpsValue': '{value}',
  'callQuality.figures.none': 'δεν έχει μετρηθεί',
  // the offer on a poor line (issue 15 item 4, R6.3)
  'callQuality.offer.title': 'Η σύνδεση είναι αδύναμη',
  'callQuality.offer.body':
    'Η εικόνα ή ο ήχος μπορεί να διακόπτονται. Μπορείτε να βελτιώσετε την κλήση:',
  'callQuality.offer.bodyBeforeIdentity':
    'Η εικόνα ή ο ήχος μπορεί να διακόπτονται. Η κάμερα χρειάζεται για την ταυτοποίησή σας· μπορείτε να χαμηλώσετε την ποιότητα της εικόνας:',
  'callQuality.offer.audioOnly': 'Συνέχεια μόνο με ήχο',
  'callQuality.offer.lowerVideo': 'Χαμηλότερη ποιότητα εικόνας',
  'callQuality.offer.dismiss': 'Κλείσιμο',
  'callQuality.offer.announce':
    'Η σύνδεση είναι αδύναμη. Μπορείτε να χαμηλώσετε την ποιότητα της εικόνας.',
  'callQuality.offer.announceAudioOnly':
    'Η σύνδεση είναι αδύναμη. Μπορείτε να συνεχίσετε μόνο με ήχο ή να χαμηλώσετε την ποιότητα της εικόνας.',
}
