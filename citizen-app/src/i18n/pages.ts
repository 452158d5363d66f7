import { callCatalogs } from '@keplive/call/i18n'
import { booking } from './el/booking'
import { call } from './el/call'
import { hold } from './el/hold'
import { commonLater } from './el/common-later'

/** The Greek texts of the pages after the home page, loaded with them (see index.ts). */
export const pageMessages = { ...callCatalogs.el, ...booking, ...call, ...hold, ...commonLater }
