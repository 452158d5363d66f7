import type { home as el } from '../el/home'

export const home: Record<keyof typeof el, string> = {
  'home.title': 'Video call with a KEP',
  'home.lead':
    'Book a video call with an employee of a Citizen Service Centre (KEP) and get served from home, without going to the KEP.',
  'home.recorded':
    'Nothing of the video call is recorded. Only the outcome of your request is kept.',
  'home.cta': 'Book an appointment',
  'home.pageTitle': 'Home',
  'home.manualLink': 'Read the step-by-step user manual',
  'home.who.title': 'Who can use it',
  'home.who.citizens': 'Any citizen, for themselves.',
  'home.who.businesses':
    'The legal representative of a business or another legal entity, on its behalf.',
  'home.who.help':
    'If you need Greek Sign Language interpreting or lip-reading, say so when you book.',
  'home.needs.title': 'What you need',
  'home.needs.credentials': 'Your TaxisNet credentials, to log in.',
  'home.needs.device':
    'A computer, tablet or mobile phone with a camera, a microphone and an internet connection.',
  'home.needs.id':
    'Your identity card or passport, to show to the camera at the start of the call.',
  'home.needs.documents':
    'The documents your request needs, as files (a photo or a PDF), to upload when you book.',
  'home.how.title': 'How it works',
  'home.how.login': 'Log in with your TaxisNet credentials.',
  'home.how.choose': 'Choose the service category and the procedure you need.',
  'home.how.slot': 'Choose a free day and time.',
  'home.how.details': 'Fill in your details and upload your documents.',
  'home.how.email':
    'You receive an email with the link to the video call, and a reminder shortly before it.',
  'home.how.call':
    'At the time of the appointment open the link. The employee checks your identity and processes your request.',
  'categories.title': 'Service categories',
  'categories.intro': 'Choose the category of your request to book an appointment.',
  'categories.callMinutes': 'Video call length: up to {minutes} minutes',
  'categories.book': 'Book an appointment: {name}',
  'municipalities.title': 'Participating municipalities',
  'municipalities.intro':
    'For the services of your municipality (the last category), your municipality must take part, and you choose one of its KEPs.',
  'municipalities.search.label': 'Search for a municipality',
  'municipalities.search.hint':
    'Type the name of your municipality, region or town, in Greek or in English. Accents are not needed.',
  'municipalities.participating':
    'Participating municipalities: {count}. Type the name of yours to see whether it takes part and its KEPs.',
  'municipalities.found': 'Municipalities found: {count}',
  'municipalities.none':
    'No municipality matches your search. Check the spelling or try the name of the region.',
  'municipalities.kepsOf': 'KEPs — {name}',
  'municipalities.kepCount': 'KEPs: {count}',
}
