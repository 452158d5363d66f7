import type { UiMessageKey } from './el'

/** The shared pieces' English: each app puts it into its English catalog (see Catalogs). */
export const uiEnglish: Record<UiMessageKey, string> = {
  'ui.skipLink': 'Skip to main content',
  'ui.footer.about':
    'keplive is an open-source implementation of myKEPlive, the video-call service of the Greek Citizen Service Centres (KEP).',
  'ui.footer.license': 'Licence: EUPL-1.2',
  'ui.footer.privacy': 'Privacy',
  'ui.footer.cookies': 'Cookies',
  'ui.footer.accessibility': 'Accessibility',
  'ui.footer.terms': 'Terms of use',
  'ui.loading': 'Loading…',
  'ui.error.network':
    'The service could not be reached. Check your internet connection and reload the page.',
  'ui.error.unexpected': 'Something went wrong. Please try again shortly.',
  'ui.error.unavailable':
    'The service is not available at the moment. Please try again in a moment.',
  'ui.error.prefix': 'Error:',
  'ui.error.summary': 'There is a problem',
  'ui.warning.prefix': 'Warning:',
  'ui.back': 'Back',
  'ui.step.of': 'Step {current} of {total}',
  'ui.step.title': 'Step {current} of {total}: {label}',
  'ui.menu': 'Menu',
  'ui.confirm.confirm': 'Confirm',
  'ui.confirm.cancel': 'Cancel',
}
