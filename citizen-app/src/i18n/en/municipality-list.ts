import type { municipalityList as el } from '../el/municipality-list'

export const municipalityList: Record<keyof typeof el, string> = {
  'municipalityList.title': 'The municipalities of myKEPlive',
  'municipalityList.lead':
    'The municipalities that take part in the service, with their KEPs, the municipal services they offer by video call and the date they joined.',
  'municipalityList.count': 'Participating municipalities: {count}',
  'municipalityList.filter': 'Filter the list',
  'municipalityList.filter.hint': "The name of the municipality, its region or its KEP's city.",
  'municipalityList.found': 'Matching municipalities: {count}',
  'municipalityList.none': 'No municipality matches the search.',
  'municipalityList.region': 'Region',
  'municipalityList.joined': 'On myKEPlive since',
  'municipalityList.joined.unknown': 'Since the service started',
  'municipalityList.keps': 'KEPs',
  'municipalityList.services': 'Municipal services',
  'municipalityList.services.none':
    'The municipality has no municipal services yet; its KEPs serve the national procedures.',
  'municipalityList.book': 'Book an appointment',
  'municipalityList.forThirdParties':
    'The same list is available to third parties from the public API (municipalities with participating: true).',
}
