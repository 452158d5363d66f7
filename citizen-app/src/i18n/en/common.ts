import type { common as el } from '../el/common'

export const common: Record<keyof typeof el, string> = {
  'app.name': 'Video call with a KEP',
  'app.documentTitle': 'myKEPlive — Video call with a KEP',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.book': 'Book an appointment',
  'nav.bookings': 'My bookings',
  'nav.manual': 'User manual',
  'common.sessionExpired.title': 'Your session has ended',
  'common.sessionExpired.body':
    'For your security, a session ends when it is not used for a while. Everything you entered has been kept.',
  'common.sessionExpired.login': 'Log in again and carry on where you were',
  'common.notFound.title': 'Page not found',
  'common.notFound.body': 'Check the address or start from the home page.',
  'common.notFound.home': 'Home page',
  'common.pageLoadFailed.title': 'The page did not load',
  'common.pageLoadFailed.body':
    'Your connection may have dropped, or the service has just been updated. Everything you entered has been kept.',
  'common.pageLoadFailed.reload': 'Reload the page',
}
