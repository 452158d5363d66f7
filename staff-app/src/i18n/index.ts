// the call package's own texts (its connection indicator, the poor-line offer)
import { callCatalogs } from '@keplive/call/i18n'
import { kepAdminCatalogs } from '@keplive/kep-admin'
import { useT as useUiT, type Catalogs } from '@keplive/ui'
import { uiEnglish } from '@keplive/ui/i18n/en'
import { account as elAccount } from './el/account'
import { agenda as elAgenda } from './el/agenda'
import { booking as elBooking } from './el/booking'
import { call as elCall } from './el/call'
import { common as elCommon } from './el/common'
import { kep as elKep } from './el/kep'
import { account as enAccount } from './en/account'
import { kepStaff as elKepStaff } from './el/kep-staff'
import { agenda as enAgenda } from './en/agenda'
import { booking as enBooking } from './en/booking'
import { call as enCall } from './en/call'
import { common as enCommon } from './en/common'
import { kep as enKep } from './en/kep'
import { kepStaff as enKepStaff } from './en/kep-staff'

// One message file per part of the app and language: Greek is the source, English must have
// exactly its keys (the type of each English file says so).
const el = {
  ...kepAdminCatalogs.el,
  ...callCatalogs.el,
  ...elCommon,
  ...elAgenda,
  ...elCall,
  ...elKepStaff,
  ...elBooking,
  ...elKep,
  ...elAccount,
}
const en: Record<keyof typeof el, string> = {
  ...uiEnglish,
  ...kepAdminCatalogs.en,
  ...callCatalogs.en,
  ...enCommon,
  ...enAgenda,
  ...enCall,
  ...enKepStaff,
  ...enBooking,
  ...enKep,
  ...enAccount,
}

export type MessageKey = keyof typeof el

export const catalogs: Catalogs<MessageKey> = { el, en }

/** The translate function, typed with this app's keys (and the shared `ui.*` ones). */
export const useT = () => useUiT<MessageKey>()
