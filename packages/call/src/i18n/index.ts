import { useT as useUiT, type Catalogs } from '@keplive/ui'
import { call as el } from './el'
import { call as en } from './en'

export type CallMessageKey = keyof typeof el

/**
 * The messages of the call's components: an app spreads them into its own catalogs (they share
 * one provider), as it does with `kepAdminCatalogs`. Every key starts with `callQuality.`, so
 * it never collides with an app's own `call.*` keys.
 */
export const callCatalogs: Catalogs<CallMessageKey> = { el, en }

/** The translate function of the package's components, typed with its keys and the `ui.*` ones. */
export const useT = () => useUiT<CallMessageKey>()
