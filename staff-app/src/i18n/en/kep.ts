import type { kep as el } from '../el/kep'

/** A manager's pages of their own KEP: its hours and workstations (issue 14 items 7 and 8). */
export const kep: Record<keyof typeof el, string> = {
  'nav.kepHours': 'KEP hours',
  'nav.kepWorkstations': 'Workstations',
  'kep.hours.title': 'KEP hours',
  'kep.workstations.title': 'Workstations',
  'kep.of': 'KEP: {kep}',
  'kep.managersOnly': "Only the KEP's manager sees this page.",
}
