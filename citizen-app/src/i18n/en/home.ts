import type { home as el } from '../el/home'

export const home: Record<keyof typeof el, string> = {
  'home.title': 'myKEPlive — Video call with a KEP',
  'home.intro.what':
    'Book a video call with an employee of a Citizen Service Centre (KEP) and get served from home, without going to the KEP.',
  'home.intro.needs':
    'You will need your TaxisNet credentials and a device with a camera and a microphone. Nothing of the video call is recorded.',
  'categories.title': 'Service categories',
  'categories.callMinutes': 'Video call length: up to {minutes} minutes',
  'municipalities.title': 'Participating municipalities',
  'municipalities.search.label': 'Search for a municipality',
  'municipalities.search.hint': 'Type the name of your municipality, region or town.',
  'municipalities.found': 'Municipalities found: {count}',
  'municipalities.none':
    'No municipality matches your search. Check the spelling or try the name of the region.',
  'municipalities.kepsOf': 'KEPs — {name}',
}
