import type { common as el } from '../el/common'

export const common: Record<keyof typeof el, string> = {
  'app.name': 'Video call with a KEP',
  'app.documentTitle': 'myKEPlive — Video call with a KEP',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.book': 'Book an appointment',
  'nav.bookings': 'My bookings',
  'nav.myData': 'My data',
  'nav.manual': 'User manual',
  'common.pageLoadFailed.title': 'The page did not load',
  'common.pageLoadFailed.body':
    'Your connection may have dropped, or the service has just been updated. Everything you entered has been kept.',
  'common.pageLoadFailed.reload': 'Reload the page',
}
