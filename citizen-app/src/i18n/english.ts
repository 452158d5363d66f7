import { callCatalogs } from '@keplive/call/i18n'
import { uiEnglish } from '@keplive/ui/i18n/en'
import type { MessageKey } from '.'
import { booking } from './en/booking'
import { call } from './en/call'
import { common } from './en/common'
import { hold } from './en/hold'
import { home } from './en/home'
import { commonLater } from './en/common-later'

/**
 * All of the app's English texts, and the shared pieces' (not in the first download either),
 * loaded when a visitor reads English (see index.ts).
 */
export const english: Record<MessageKey, string> = {
  ...uiEnglish,
  ...callCatalogs.en,
  ...common,
  ...home,
  ...booking,
  ...call,
  ...hold,
  ...commonLater,
}
