import type { commonLater as el } from '../el/common-later'

/**
 * Texts every page after the home page may show: an address the app does not have, a session
 * that ended. They load with those pages (pages.ts), not with the home page.
 */
export const commonLater: Record<keyof typeof el, string> = {
  'common.notFound.title': 'Page not found',
  'common.notFound.body': 'Check the address or start from the home page.',
  'common.notFound.home': 'Home page',
  'common.sessionExpired.title': 'Your session has ended',
  'common.sessionExpired.body':
    'For your security, a session ends when it is not used for a while. Everything you entered has been kept.',
  'common.sessionExpired.login': 'Log in again and carry on where you were',
}
