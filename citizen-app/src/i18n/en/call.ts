import type { call as el } from '../el/call'

export const call: Record<keyof typeof el, string> = {
  'call.title': 'Video call with the KEP',
  'call.with': 'With {kep}, {when}',
  'call.loginLink': 'Log in with your TaxisNet credentials',
  'call.error.generic': 'That did not work. Please try again.',

  'call.check.title': 'Check your camera, microphone and speakers',
  'call.check.intro':
    'Check that you can be seen and heard. Picture and sound stay on your device: nothing is recorded.',
  'call.check.asking':
    'Your browser is asking for permission to use the camera and microphone. Choose "Allow".',
  'call.check.camera': 'Camera',
  'call.check.preview': "Your camera's picture",
  'call.check.cameraHint': 'If you can see yourself, the camera works.',
  'call.check.microphone': 'Microphone',
  'call.check.level': 'Microphone level',
  'call.check.levelHint': 'Speak: the bar moves when the microphone hears you.',
  'call.check.speakers': 'Speakers or headphones',
  'call.check.playSound': 'Play a test sound',
  'call.check.soundPlayed':
    'Did you hear two notes? If not, turn the volume up or choose other speakers.',
  'call.check.choose': 'Choose another device',
  'call.check.chooseCamera': 'Camera',
  'call.check.chooseMicrophone': 'Microphone',
  'call.check.chooseSpeaker': 'Speakers or headphones',
  'call.check.noCamera.title': 'No camera found',
  'call.check.noCamera.body':
    'You can join with audio only. For the identity check, though, the employee needs to see your document: if you can, use a device with a camera (e.g. a phone).',
  'call.media.denied.title': 'No permission for the camera and microphone',
  'call.media.denied.body': 'To allow them:',
  'call.media.denied.step1':
    'Select the padlock or camera icon to the left of the address, at the top of the page.',
  'call.media.denied.step2': 'Set "Camera" and "Microphone" to "Allow".',
  'call.media.denied.step3': 'Select "Try again" below or reload the page.',
  'call.media.denied.phone':
    'On a phone: Settings → Apps → your browser → Permissions → Camera and Microphone → Allow.',
  'call.media.notFound.title': 'No microphone found',
  'call.media.notFound.body':
    'Connect a microphone or a headset and select "Try again". You can also join from a phone or tablet.',
  'call.media.inUse.title': 'The camera or microphone is already in use',
  'call.media.inUse.body':
    'Close other applications that may be using them (e.g. another video call) and select "Try again".',
  'call.media.unsupported.title': 'This browser does not support video calls',
  'call.media.unsupported.body': 'Use a recent version of Chrome, Edge, Firefox or Safari.',
  'call.media.unknown.title': 'The camera or microphone did not start',
  'call.media.unknown.body': 'Select "Try again" or reload the page.',
  'call.media.retry': 'Try again',

  'call.atHand.title': 'Have at hand',
  'call.atHand.identity': 'Your identity card or passport, to show to the camera',

  'call.join.title': 'Join the call',
  'call.join.button': 'Join the call',
  'call.join.needsMedia': 'To join the call you need at least a microphone.',
  'call.window.opensAt': 'You can join the call from {at}.',
  'call.window.closed': "This video call's time has passed.",

  'call.refused.stranger':
    'This appointment belongs to another citizen. Log in with your own TaxisNet credentials to see your appointments.',
  'call.refused.notOpen': 'The call is not open yet.',
  'call.refused.ended': 'This call has ended.',
  'call.refused.login': 'Log in with your TaxisNet credentials to continue.',
  'call.refused.inUse':
    'This invitation link was already opened on another device or browser. Ask the KEP for a new link.',
  'call.refused.other': 'Something went wrong. Reload the page.',

  'call.waiting.title': 'Waiting room',
  'call.waiting.told':
    'The KEP employee has been told you are here and will let you into the call shortly.',
  'call.waiting.employeeHere': 'The KEP employee is online and will let you into the call shortly.',
  'call.waiting.keepOpen': "Keep this page open. You will hear and see when you're let in.",
  'call.event.employeeJoined': 'The KEP employee has joined.',
  'call.event.admitted': 'You are now in the call.',
  'call.event.verified': 'The employee confirmed your identity.',
  'call.event.notVerified': 'The employee could not confirm your identity.',
  'call.event.audioOnly': 'The call continues with audio only.',
  'call.event.videoOn': 'The camera is back on.',
  'call.event.left': 'A participant left.',
  'call.event.ended': 'The call has ended.',
  'call.event.documentRequested':
    'The employee asks you to show your identity document to the camera.',

  'call.inCall.title': 'In the call',
  'call.identity.readyTitle': 'Have your identity document ready',
  'call.identity.readyBody':
    'The employee will ask you to show it to the camera to confirm your identity.',
  'call.identity.title': 'Show your identity document',
  'call.identity.body':
    'Hold your identity document in front of the camera, inside the yellow frame, for a few seconds, so that its details can be read. No photo is taken.',
  'call.reconnecting': 'The connection dropped. Reconnecting…',
  'call.remote.connecting': 'Connecting…',
  'call.remote.reconnecting': 'Reconnecting…',
  'call.remote.connected': 'Connected',
  'call.remote.audioOnly': 'Audio only',
  'call.role.CITIZEN': 'citizen',
  'call.role.EMPLOYEE': 'KEP employee',
  'call.role.INTERPRETER': 'interpreter',
  'call.role.unknown': 'Participant',
  'call.self': 'You',
  'call.controls': 'Call controls',
  'call.mic.off': 'Mute microphone',
  'call.mic.on': 'Unmute microphone',
  'call.audioOnly.on': 'Audio only (camera off)',
  'call.audioOnly.off': 'Camera on',
  'call.audioOnly.hint': 'After the identity check you can continue with audio only.',
  'call.leave': 'Leave the call',

  'call.ended.title': 'The call has ended',
  'call.ended.noShow': 'The call closed without taking place.',
  'call.ended.myBookings': 'My bookings',
  'call.outcome.protocol': 'Protocol number',
  'call.outcome.filed': 'What was filed',
  'call.outcome.delivery': 'Document delivery',
  'call.outcome.notes': 'Notes',
  'call.outcome.at': 'Recorded',
  'call.delivery.EMAIL': 'By email',
  'call.delivery.POST': 'By post',
  'call.delivery.PICKUP': 'Picked up at the KEP',
  'call.left.title': 'You left the call',
  'call.left.body': 'If you left by mistake, reload the page to join again.',

  'call.prepare.title': 'Prepare for the video call',
  'call.prepare.when.title': 'When you can join',
  'call.prepare.when.open': 'The call is open: you can join now.',
  'call.prepare.when.inactive': 'This appointment is no longer active.',
  'call.prepare.join': 'Join the call',

  'call.link.title': 'Video call link',
  'call.link.unknown': 'The link is not valid.',
  'call.link.network': 'The service could not be reached. Reload the page.',
  'call.link.myBookings': 'My bookings',
  'call.link.login.title': 'Log in to continue',
  'call.link.login.body':
    'For your security, you join the video call after logging in with your TaxisNet credentials.',
  'call.link.login.button': 'Log in with your TaxisNet credentials',
  'call.link.stranger':
    "This link was sent for another person's appointment and does not let you in.",
  'call.link.expired.title': 'This link has expired',
  'call.link.expired.body': 'Your appointment was on {when}.',
  'call.link.cancelled.title': 'This appointment was cancelled',
  'call.link.cancelled.body': 'The appointment of {when} has been cancelled.',
  'call.link.again': 'If you still need the service, book a new appointment or see your bookings.',
  'call.link.book': 'Book a new appointment',
  'call.link.tooEarly.title': 'The call has not opened yet',
  'call.link.tooEarly.body': 'The call opens at {time} on {date}. Your appointment is on {when}.',
  'call.link.tooEarly.prepare':
    'You can prepare now: log in to check your camera, microphone and speakers.',

  'call.guest.title': 'KEP video call — interpreting',
  'call.guest.intro': '{kep} invited you to the video call of {when}.',
  'call.guest.invalid': 'The invitation is not valid',
  'call.guest.invalidBody': 'The link has expired or is not correct. Ask the KEP for a new link.',
  'call.guest.expired.title': 'This invitation has expired',
  'call.guest.expired.body':
    'The invitation to the video call of {when} was valid until {until}. If the call is still going on, ask the KEP for a new link.',
  'call.guest.ended.title': 'The video call has ended',
  'call.guest.ended.body':
    'The video call of {when} with {kep} has ended. The link is no longer needed.',
  'call.guest.name.label': 'Your full name',
  'call.guest.name.hint': 'The KEP employee sees it before letting you into the call.',
  'call.guest.name.required': 'Please enter your full name.',
  'call.guest.rejoin': 'You are rejoining the call from this device.',
}
