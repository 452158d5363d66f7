import type { hours as el } from '../el/hours'

/** Opening hours, closures, extraordinary hours, bulk (issue 13 item 2). */
export const hours: Record<keyof typeof el, string> = {
  'nav.hours': 'Opening hours',

  'hours.title': 'Opening hours',
  'hours.intro':
    'Choose a KEP to see or change its weekly hours, closures and extraordinary hours. Every change first shows what it does to future appointments.',
  'hours.kep': 'KEP',
  'hours.kep.required': 'Choose a KEP.',
  'hours.kep.open': 'Open',
  'hours.kep.title': 'Opening hours: {kep}',
  'hours.back': 'Back to opening hours',
  'hours.loadFailed': 'The details could not be loaded. Please try again.',

  'hours.weekday.1': 'Monday',
  'hours.weekday.2': 'Tuesday',
  'hours.weekday.3': 'Wednesday',
  'hours.weekday.4': 'Thursday',
  'hours.weekday.5': 'Friday',
  'hours.weekday.6': 'Saturday',
  'hours.weekday.7': 'Sunday',
  'hours.day.closed': 'Closed',

  'hours.weekly.title': 'Weekly hours',
  'hours.weekly.intro':
    'A KEP may have hours for all year, for a range of dates or for a season every year (e.g. summer). Two sets of hours never apply on the same day.',
  'hours.weekly.none': 'The KEP has no weekly hours.',
  'hours.weekly.edit': 'Change hours ({variant})',
  'hours.weekly.add': 'New hours',
  'hours.weekly.editTitle': 'Change hours',
  'hours.weekly.addTitle': 'New hours',
  'hours.weekly.confirm': 'Apply the new hours?',
  'hours.weekly.done': 'The hours have changed.',
  'hours.variant.legend': 'When they apply',
  'hours.variant.hint':
    'For summer hours: first change the all-year hours into a season (e.g. 09-16 to 06-14), then add the summer ones (06-15 to 09-15).',
  'hours.variant.allYear': 'All year',
  'hours.variant.range': 'From a date to a date',
  'hours.variant.season': 'Every year, in a season',
  'hours.validFrom': 'Valid from',
  'hours.validFrom.hint': 'Empty: since ever.',
  'hours.validTo': 'Valid until',
  'hours.validTo.hint': 'Empty: until further notice.',
  'hours.seasonFrom': 'Season starts',
  'hours.seasonTo': 'Season ends',
  'hours.monthDay.hint': 'Month-day, e.g. 06-15.',
  'hours.opensAt': '{day}, window {n}: opens',
  'hours.closesAt': '{day}, window {n}: closes',
  'hours.window.add': 'Add a window ({day})',
  'hours.window.remove': 'Remove window {n} ({day})',
  'hours.label.allYear': 'All year',
  'hours.label.range': 'From {from} to {to}',
  'hours.label.season': 'Every year {from} to {to}',

  'hours.bulk.title': 'One week to many KEPs',
  'hours.bulk.intro':
    'The same weekly hours for every active KEP of a region or a municipality, in one change with one preview.',
  'hours.bulk.link': 'One week to many KEPs',
  'hours.bulk.which': 'Which KEPs',
  'hours.bulk.byRegion': 'Every KEP of a region',
  'hours.bulk.byMunicipality': 'Every KEP of a municipality',
  'hours.bulk.region': 'Region',
  'hours.bulk.municipality': 'Municipality',
  'hours.bulk.choose': '— Choose —',
  'hours.bulk.replaceNote':
    'At each KEP the hours of the same dates or season are replaced; its other hours stay.',
  'hours.bulk.confirm': 'Apply the hours to {count} KEPs?',
  'hours.bulk.done': 'The hours have been applied to {count} KEPs.',
}
