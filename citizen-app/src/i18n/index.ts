// the call package's own texts (its connection indicator, the poor-line offer)
import { callCatalogs } from '@keplive/call/i18n'
import { useT as useUiT, type Catalogs } from '@keplive/ui'
import { booking as elBooking } from './el/booking'
import { call as elCall } from './el/call'
import { common as elCommon } from './el/common'
import { hold as elHold } from './el/hold'
import { home as elHome } from './el/home'
import { booking as enBooking } from './en/booking'
import { call as enCall } from './en/call'
import { common as enCommon } from './en/common'
import { hold as enHold } from './en/hold'
import { home as enHome } from './en/home'

// One message file per part of the app and language: Greek is the source, English must have
// exactly its keys (the type of each English file says so).
const el = { ...callCatalogs.el, ...elCommon, ...elHome, ...elBooking, ...elCall, ...elHold }
const en: Record<keyof typeof el, string> = {
  ...callCatalogs.en,
  ...enCommon,
  ...enHome,
  ...enBooking,
  ...enCall,
  ...enHold,
}

export type MessageKey = keyof typeof el

export const catalogs: Catalogs<MessageKey> = { el, en }

/** The translate function, typed with this app's keys (and the shared `ui.*` ones). */
export const useT = () => useUiT<MessageKey>()
