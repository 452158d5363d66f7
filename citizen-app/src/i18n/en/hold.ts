import type { hold as el } from '../el/hold'

export const hold: Record<keyof typeof el, string> = {
  'hold.left': 'This time is held for you for {time} minutes.',
  'hold.twoMinutes': 'This time is held for you for 2 more minutes.',
  'hold.expired':
    'The hold on your time has ended. When you confirm, we will book it if it is still free.',
  'hold.holding': 'Holding the time for you…',
  'hold.kepChosen': '{kep}, {municipality} (chosen for you)',
  'hold.ownTimesHidden': 'Times at which you already have an appointment are not shown.',
  'reschedule.where': 'At which KEP?',
  'reschedule.where.same': 'At the same KEP ({kep})',
  'reschedule.where.any': 'At any KEP with a free time',
  'reschedule.where.other': 'You may also choose another KEP of {municipality}.',
  'reschedule.where.missing': 'Choose a KEP.',
}
