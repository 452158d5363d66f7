import { useT as useUiT, type Catalogs } from '@keplive/ui'
import { account as elAccount } from './el/account'
import { agenda as elAgenda } from './el/agenda'
import { call as elCall } from './el/call'
import { common as elCommon } from './el/common'
import { account as enAccount } from './en/account'
import { agenda as enAgenda } from './en/agenda'
import { call as enCall } from './en/call'
import { common as enCommon } from './en/common'

// One message file per part of the app and language: Greek is the source, English must have
// exactly its keys (the type of each English file says so).
const el = { ...elCommon, ...elAgenda, ...elCall, ...elAccount }
const en: Record<keyof typeof el, string> = {
  ...enCommon,
  ...enAgenda,
  ...enCall,
  ...enAccount,
}

export type MessageKey = keyof typeof el

export const catalogs: Catalogs<MessageKey> = { el, en }

/** The translate function, typed with this app's keys (and the shared `ui.*` ones). */
export const useT = () => useUiT<MessageKey>()
