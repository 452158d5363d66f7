import { useT as useUiT, type Catalogs } from '@keplive/ui'
import { el, type MessageKey } from './el'
import { en } from './en'

export type { MessageKey }

export const catalogs: Catalogs<MessageKey> = { el, en }

/** The translate function, typed with this app's keys (and the shared `ui.*` ones). */
export const useT = () => useUiT<MessageKey>()
