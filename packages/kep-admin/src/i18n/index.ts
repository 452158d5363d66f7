import { useT as useUiT, type Catalogs } from '@keplive/ui'
import { kepAdmin as el } from './el'
import { kepAdmin as en } from './en'

export type KepAdminMessageKey = keyof typeof el

/** The package's messages: an app spreads them into its own catalogs (they share one provider). */
export const kepAdminCatalogs: Catalogs<KepAdminMessageKey> = { el, en }

/** The translate function of the package's components, typed with its keys and the `ui.*` ones. */
export const useT = () => useUiT<KepAdminMessageKey>()
