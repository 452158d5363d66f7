import { useT as useUiT, type Catalogs } from '@keplive/ui'
import { administrators as elAdministrators } from './el/administrators'
import { common as elCommon } from './el/common'
import { home as elHome } from './el/home'
import { hours as elHours } from './el/hours'
import { administrators as enAdministrators } from './en/administrators'
import { common as enCommon } from './en/common'
import { home as enHome } from './en/home'
import { hours as enHours } from './en/hours'

// One message file per part of the app and language: Greek is the source, English must have
// exactly its keys (the type of each English file says so). A new feature adds one import per
// language and one spread in each line below.
const el = { ...elCommon, ...elHome, ...elHours, ...elAdministrators }
const en: Record<keyof typeof el, string> = {
  ...enCommon,
  ...enHome,
  ...enHours,
  ...enAdministrators,
}

export type MessageKey = keyof typeof el

export const catalogs: Catalogs<MessageKey> = { el, en }

/** The translate function, typed with this app's keys (and the shared `ui.*` ones). */
export const useT = () => useUiT<MessageKey>()
