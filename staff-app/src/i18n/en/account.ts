import type { account as el } from '../el/account'

export const account: Record<keyof typeof el, string> = {
  'nav.settings': 'Settings',

  'notice.title': 'Acceptable use',
  'notice.lead':
    "Before you start, read the service's acceptable-use notice. You will be asked only this once.",
  'notice.source': 'Article 7, paragraph 2 of the decision establishing the myKEPlive service',
  'notice.purpose':
    'Users of the "e-KEP" information system must use the information they receive solely and exclusively for the purpose the decision describes: serving citizens by video call.',
  'notice.measures':
    'To keep the information secure, access is logged and monitored, so that it can be traced and the data are protected against any breach.',
  'notice.legend': 'Declaration',
  'notice.checkbox':
    "I have read this and undertake to use e-KEP information only for the service's purpose.",
  'notice.required': 'Confirm that you have read the notice to continue.',
  'notice.submit': 'Continue',
  'notice.failed': 'Your declaration was not recorded. Please try again.',

  'settings.title': 'Settings',
  'settings.acceptableUse': 'Acceptable use',
  'settings.acknowledgedAt': 'You confirmed it on {at}',
  'settings.summary.legend': 'Morning summary',
  'settings.summary.hint':
    'Every morning from 07:00, on days you have appointments, an email to your work address listing the day: time, procedure, citizen, special requirements, documents.',
  'settings.summary.label': 'Send me the morning summary',
  'settings.language.legend': 'Language of the emails',
  'settings.language.el': 'Greek (Ελληνικά)',
  'settings.language.en': 'English',
  'settings.save': 'Save',
  'settings.saved': 'Your settings have been saved.',
  'settings.failed': 'Your settings were not saved. Please try again.',
  'settings.loadFailed': 'Your settings did not load. Please reload the page.',
}
