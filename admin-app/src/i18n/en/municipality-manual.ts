import type { municipalityManual as el } from '../el/municipality-manual'

export const municipalityManual: Record<keyof typeof el, string> = {
  'muniManual.title': 'Guide for municipalities',
  'muniManual.intro':
    "This guide describes what a municipality needs to offer its KEPs' services by video call on myKEPlive: the preparation, the application to join, the ministry's review and running the service after joining.",
  'muniManual.contents': 'Contents',
  'muniManual.toForm': 'To the application to join',

  'muniManual.decision.title': '1. The decision to join',
  'muniManual.decision.p1':
    "Joining starts with the mayor's decision that the municipality takes part in the service. In the application you give the decision's number and date; keep it published on Diavgeia, as the ministry checks it before approving.",
  'muniManual.decision.p2':
    "The decision also names the contact person: who fills in the application, receives the ministry's messages and answers its comments.",

  'muniManual.training.title': '2. Training the employees',
  'muniManual.training.p1':
    'Every employee who will serve citizens by video call is named in the application (full name, tax number, KEP). Before joining they must have completed the training on the service:',
  'muniManual.training.step1':
    'logging in with the public-administration credentials and the appointments agenda,',
  'muniManual.training.step2':
    'the call: checking picture and sound, admitting the citizen from the waiting room, inviting an interpreter,',
  'muniManual.training.step3':
    'the identity check: the citizen holds the identity document to the camera and the employee confirms its data; no image is kept,',
  'muniManual.training.step4':
    "recording the application in the KEP's system and the protocol number the citizen receives,",
  'muniManual.training.step5':
    'what to do when the connection drops or the case cannot be served remotely.',
  'muniManual.training.p2':
    'We suggest at least two trained employees per KEP, so that appointments are covered during leave and absences.',

  'muniManual.equipment.title': '3. Equipment and room',
  'muniManual.equipment.step1':
    'One computer per workstation with a current browser (Chrome, Edge or Firefox, latest version).',
  'muniManual.equipment.step2':
    "A camera of at least 720p and a headset with a microphone; the computer's speakers cause echo.",
  'muniManual.equipment.step3':
    'An internet connection of at least 2 Mbps up and down per simultaneous call.',
  'muniManual.equipment.step4':
    'A quiet, well-lit room where other citizens and their documents are neither heard nor seen.',
  'muniManual.equipment.step5':
    'A scanner or multifunction printer for documents picked up at the KEP.',

  'muniManual.roles.title': '4. Who does what',
  'muniManual.roles.mayor':
    'The mayor: signs the decision to join and, when needed, the decision to withdraw.',
  'muniManual.roles.contact':
    "The contact person: fills in and submits the application, answers the ministry's comments, receives the messages at each step.",
  'muniManual.roles.officer':
    "The municipality officer (a role the ministry grants): keeps the municipal procedures table current and sees the usage of the municipality's KEPs.",
  'muniManual.roles.manager': "Each KEP's manager: hours, employees, absences, in the staff app.",
  'muniManual.roles.employees': 'The employees: serve the appointments by video call.',

  'muniManual.services.title': '5. The municipal services',
  'muniManual.services.p1':
    "With the application you list the municipality's procedures that will be served by video call. For each one write, in Greek and in English:",
  'muniManual.services.step1': 'a short title, as a citizen would search for it,',
  'muniManual.services.step2': 'a description: what it is for, who is entitled to it,',
  'muniManual.services.step3':
    'the required documents, one per line, so the citizen has them ready for the call,',
  'muniManual.services.step4': "the application's form, as a link or a PDF file,",
  'muniManual.services.step5':
    "whether the result is picked up at the KEP (the citizen then picks one of the municipality's KEPs).",
  'muniManual.services.p2':
    'After joining, the municipality officer adds, edits or retires procedures in the app; changes apply at once and a retired procedure stays on the appointments already booked.',

  'muniManual.steps.title': '6. The application step by step',
  'muniManual.steps.step1':
    'Log in with the public-administration credentials and open "My municipality".',
  'muniManual.steps.step2':
    'You answer one question at a time; each step is saved as a draft and you can continue another day.',
  'muniManual.steps.step3':
    'At the end you check all your answers and submit. From then on the application does not change, but you can withdraw it.',
  'muniManual.steps.step4':
    'The ministry approves, rejects with a reason or requests changes with comments per section; you then correct and submit again.',
  'muniManual.steps.step5':
    'On approval the municipality, its KEPs, employees and procedures appear at once on the public list and in booking.',

  'muniManual.leave.title': '7. Suspension and withdrawal',
  'muniManual.leave.p1':
    'The municipality may withdraw and the ministry may suspend its participation from a date. Before the change you see what will happen to each future appointment: those for municipal services are cancelled and the citizen gets one message with the reason and how to get the service otherwise; the others are moved to another KEP where possible.',
  'muniManual.leave.p2':
    'The history is kept. To return, the municipality submits a new application, which can start from the previous one.',
}
