import type { manual as el } from '../el/manual'

export const manual: Record<keyof typeof el, string> = {
  'manual.title': 'User manual',
  'manual.lead':
    'Every step, from logging in to the end of the video call, in plain words. You can read only the part you need.',
  'manual.municipalities': 'Every municipality with its KEPs and municipal services',
  'manual.contents': 'Contents',

  'manual.login.title': 'Logging in with your TaxisNet credentials',
  'manual.login.p1':
    'To book or see an appointment you need to log in. Press "Log in" at the top of the page.',
  'manual.login.p2':
    'You are taken to the page of the Independent Authority for Public Revenue (TaxisNet). Enter your username and password, as on TaxisNet, and confirm. You then come back to the page you were on.',
  'manual.login.p3':
    'If you represent a business, log in with your own personal credentials; you name the business in the appointment.',
  'manual.login.image':
    'A login page with two fields, for the username and the password, and a login button.',

  'manual.book.title': 'Booking an appointment',
  'manual.book.p1':
    'Press "Book an appointment". Each page asks one question; at the top you see which step you are on. "Back" takes you back without losing what you entered.',
  'manual.book.step1': 'Choose a service category, for example "Services of your municipality".',
  'manual.book.step2':
    'Find your procedure: type a word of it, for example "certificate". Accents are not needed.',
  'manual.book.step3':
    'For a service of your municipality choose the municipality and one of its KEPs. For the other categories leave "Any KEP" or choose one.',
  'manual.book.step4':
    'Choose a day in the calendar: days with free times stand out. Then choose a time.',
  'manual.book.step5':
    'Fill in your details (name, email, phone, address); what we know from TaxisNet is already filled in. Tell us if you need an interpreter and how you want to receive the document: by post, by email or, for municipal services, at the KEP.',
  'manual.book.step6':
    'Check all your answers on one page, change anything you need and confirm. You see your booking reference and can add the appointment to your calendar.',
  'manual.book.image':
    "A month's calendar with the available days highlighted and, beside it, buttons with times.",

  'manual.documents.title': 'Uploading documents',
  'manual.documents.p1':
    'In the details step press the file button and choose the file on your device. On a phone you can also take a photo of the document.',
  'manual.documents.p2':
    'PDF, JPEG and PNG files of up to 10 MB each are accepted. A bar shows how much has been uploaded. If a file is refused, a message says why.',
  'manual.documents.p3':
    'Only the KEP of your appointment sees your documents, and they are deleted automatically 30 days after the appointment.',
  'manual.documents.image': 'A document with an upward arrow and a progress bar two thirds full.',

  'manual.email.title': 'The appointment email',
  'manual.email.p1':
    'As soon as you book, you receive an email with the day, the time, the procedure and the link to the video call. A calendar invitation is attached, so you can add it to your calendar.',
  'manual.email.p2':
    'The same email comes again as a reminder one day and half an hour before the appointment. If you change or cancel the appointment, you receive a new email; the old link no longer works.',
  'manual.email.p3': 'If you cannot find the email, look in your spam folder.',
  'manual.email.image': 'An envelope with a link button and a bell.',

  'manual.prepare.title': 'Preparing your devices',
  'manual.prepare.p1':
    'A few days before, open "My bookings", your appointment and the device check (or the link in the email). The page checks your camera, microphone and speakers.',
  'manual.prepare.p2':
    'The browser asks whether you allow the camera and the microphone: choose "Allow". You see yourself, a bar that moves when you speak, and a button that plays a test sound.',
  'manual.prepare.p3':
    'Use a recent version of Chrome, Edge, Firefox or Safari. Sit somewhere quiet with good light in front of you, and charge your device.',
  'manual.prepare.image':
    'A laptop with a camera, beside it a microphone and a speaker, each with a tick.',

  'manual.join.title': 'Joining the video call',
  'manual.join.p1':
    'On the day of the appointment open the link in the email, or "My bookings", and join the video call. You can join from 10 minutes before your time.',
  'manual.join.p2':
    'Wait a moment in the waiting room until the KEP employee lets you in. Do not close the page.',

  'manual.call.title': 'What happens in the video call',
  'manual.call.p1':
    'First the employee asks you to show your identity card or passport to the camera. Hold the document close to the camera and still, so that it can be read; you may be asked for the back too.',
  'manual.call.p2':
    "The employee checks the details in the public administration's system. After the check you may turn off your camera, if you wish, and carry on with sound only.",
  'manual.call.p3':
    'The employee processes your request and tells you what happens next. Nothing of the video call is recorded.',
  'manual.call.image':
    'A video-call screen in which a person holds an identity card up to the camera.',

  'manual.after.title': 'After the call',
  'manual.after.p1':
    'In "My bookings" the appointment moves to the past ones and shows the outcome, for example that your application was submitted.',
  'manual.after.p2':
    'The document you asked for reaches you as you chose: by post, by email, or you collect it at the KEP.',

  'manual.change.title': 'Changing or cancelling an appointment',
  'manual.change.p1':
    'Open "My bookings" and the appointment. You can change the day and time: you choose new ones and everything else stays the same. The old time is released only once the new one is secured.',
  'manual.change.p2':
    'You can also cancel it, up to its start; once you confirm, the appointment is cancelled and its time is freed for others. You can book a new appointment whenever you like.',

  'manual.accessibility.title': 'Accessibility and help',
  'manual.accessibility.interpreter':
    'If you are deaf or hard of hearing, choose Greek Sign Language interpreting or lip-reading in the details step. The KEP invites the interpreter into the video call.',
  'manual.accessibility.disability':
    'The category "Service for citizens with disabilities" gives more time for the video call.',
  'manual.accessibility.keyboard':
    'The whole service also works with the keyboard alone: Tab moves to the next item, Shift+Tab to the previous one, Enter or the space bar presses buttons. The first Tab shows the link "Skip to main content".',
  'manual.accessibility.text':
    'For larger text press Ctrl and + (Cmd and + on a Mac); on a phone zoom with two fingers or use the text size in the device settings. The page adapts without losing any text.',
  'manual.accessibility.readers':
    'The service is built to work with screen readers too (NVDA, JAWS, VoiceOver, TalkBack).',

  'manual.trouble.title': 'If something does not work',
  'manual.trouble.permission.title': 'You blocked the camera or the microphone by mistake',
  'manual.trouble.permission.p1':
    'Press the icon to the left of the page address (a padlock or a camera), find "Camera" and "Microphone", choose "Allow" and reload the page.',
  'manual.trouble.permission.p2':
    "On a phone, also check in the device's Settings that your browser may use the camera and the microphone.",
  'manual.trouble.permission.image':
    'The browser address bar with a window asking about the camera and the microphone, its "Allow" button highlighted.',
  'manual.trouble.device.title': 'No camera or microphone was found',
  'manual.trouble.device.p1':
    'Make sure the camera is connected and that no other program is using it (for example Skype or Zoom). Close the other programs and reload the page.',
  'manual.trouble.sound.title': 'You cannot hear, or cannot be heard',
  'manual.trouble.sound.p1':
    'Turn up the volume of your device and check that it is not muted. If you use headphones, check that they are connected; on the device check page you can choose another microphone or speaker.',
  'manual.trouble.sound.p2':
    'Check that you have not turned off your microphone in the video call.',
  'manual.trouble.connection.title': 'The picture freezes or the call drops',
  'manual.trouble.connection.p1':
    'Move closer to your router or connect to another network. You may turn off your camera after the identity check. If the call drops, open the link again: the employee is waiting for you.',
  'manual.trouble.contact':
    "If the problem persists, call the KEP of your appointment; its phone number is in the appointment's email.",

  'manual.cta': 'Book an appointment',
  'manual.backToTop': 'Back to the contents',
}
