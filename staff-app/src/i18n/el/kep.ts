/** A manager's pages of their own KEP: its hours and workstations (issue 14 items 7 and 8). */
export const kep = {
  'nav.kepHours': 'Ωράριο ΚΕΠ',
  'nav.kepWorkstations': 'Θέσεις εργασίας',
  'kep.hours.title': 'Ωράριο ΚΕΠ',
  'kep.workstations.title': 'Θέσεις εργασίας',
  'kep.of': 'ΚΕΠ: {kep}',
  'kep.managersOnly': 'Τη σελίδα αυτή τη βλέπει μόνο ο προϊστάμενος του ΚΕΠ.',
}
