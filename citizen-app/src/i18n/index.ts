// the call package's own texts (its connection indicator, the poor-line offer)
import type { callCatalogs } from '@keplive/call/i18n'
import { useT as useUiT, type Catalogs, type Language } from '@keplive/ui'
import type { booking as elBooking } from './el/booking'
import type { call as elCall } from './el/call'
import { common as elCommon } from './el/common'
import type { hold as elHold } from './el/hold'
import { home as elHome } from './el/home'
import type { commonLater as elCommonLater } from './el/common-later'

// One message file per part of the app and language: Greek is the source, English must have
// exactly its keys (the type of each English file says so; english.ts puts them together).
type Messages = typeof callCatalogs.el &
  typeof elCommon &
  typeof elHome &
  typeof elBooking &
  typeof elCall &
  typeof elHold &
  typeof elCommonLater

export type MessageKey = keyof Messages

// Issue 16 item 8: the first download holds what the home page and the manual say, in Greek.
// The booking's and the call's texts come with the pages that use them (routes.tsx waits for
// them), English when a visitor chooses it (main.tsx waits for it when it was chosen before).
const loaded: Record<Language, Record<string, string>> = {
  el: { ...elCommon, ...elHome },
  en: {},
}

/** The app's catalogs, filled in as the parts above load (the translate function reads them live). */
export const catalogs = loaded as Catalogs<MessageKey>

let pageMessages: Promise<void> | undefined
let english: Promise<void> | undefined

/** The Greek texts of the booking and call pages (English ones come with English). */
export function loadPageMessages(): Promise<void> {
  pageMessages ??= import('./pages').then(
    (m) => void Object.assign(loaded.el, m.pageMessages),
    (err: unknown) => {
      pageMessages = undefined // the next page may try again
      throw err
    },
  )
  return pageMessages
}

/** Every English text of the app, before the app switches to English. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'el') return Promise.resolve()
  english ??= import('./english').then(
    (m) => void Object.assign(loaded.en, m.english),
    (err: unknown) => {
      english = undefined
      throw err
    },
  )
  return english
}

/** The translate function, typed with this app's keys (and the shared `ui.*` ones). */
export const useT = () => useUiT<MessageKey>()
