import { callCatalogs } from '@keplive/call/i18n'
import { booking } from './el/booking'
import { call } from './el/call'
import { hold } from './el/hold'

/** The Greek texts of the booking and call pages, loaded with them (see index.ts). */
export const pageMessages = { ...callCatalogs.el, ...booking, ...call, ...hold }
