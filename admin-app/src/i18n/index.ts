import { kepAdminCatalogs } from '@keplive/kep-admin'
import { useT as useUiT, type Catalogs } from '@keplive/ui'
import { uiEnglish } from '@keplive/ui/i18n/en'
import { administrators as elAdministrators } from './el/administrators'
import { administrators as enAdministrators } from './en/administrators'
import { apiClients as elApiClients } from './el/api-clients'
import { apiClients as enApiClients } from './en/api-clients'
import { common as elCommon } from './el/common'
import { employees as elEmployees } from './el/employees'
import { home as elHome } from './el/home'
import { hours as elHours } from './el/hours'
import { keps as elKeps } from './el/keps'
import { common as enCommon } from './en/common'
import { employees as enEmployees } from './en/employees'
import { home as enHome } from './en/home'
import { hours as enHours } from './en/hours'
import { keps as enKeps } from './en/keps'
import { parameters as elParameters } from './el/parameters'
import { parameters as enParameters } from './en/parameters'
import { procedures as elProcedures } from './el/procedures'
import { procedures as enProcedures } from './en/procedures'
import { audit as elAudit } from './el/audit'
import { audit as enAudit } from './en/audit'
import { mail as elMail } from './el/mail'
import { mail as enMail } from './en/mail'
import { bookings as elBookings } from './el/bookings'
import { bookings as enBookings } from './en/bookings'
import { statistics as elStatistics } from './el/statistics'
import { statistics as enStatistics } from './en/statistics'
import { municipalities as elMunicipalities } from './el/municipalities'
import { municipalities as enMunicipalities } from './en/municipalities'
import { municipalityManual as elMunicipalityManual } from './el/municipality-manual'
import { municipalityManual as enMunicipalityManual } from './en/municipality-manual'

// One message file per part of the app and language: Greek is the source, English must have
// exactly its keys (the type of each English file says so). A new feature adds one import per
// language and one spread in each line below.
const el = {
  ...kepAdminCatalogs.el,
  ...elCommon,
  ...elHome,
  ...elKeps,
  ...elHours,
  ...elEmployees,
  ...elParameters,
  ...elProcedures,
  ...elAdministrators,
  ...elApiClients,
  ...elAudit,
  ...elMail,
  ...elBookings,
  ...elStatistics,
  ...elMunicipalities,
  ...elMunicipalityManual,
}
const en: Record<keyof typeof el, string> = {
  ...uiEnglish,
  ...kepAdminCatalogs.en,
  ...enCommon,
  ...enHome,
  ...enKeps,
  ...enHours,
  ...enEmployees,
  ...enParameters,
  ...enProcedures,
  ...enAdministrators,
  ...enApiClients,
  ...enAudit,
  ...enMail,
  ...enBookings,
  ...enStatistics,
  ...enMunicipalities,
  ...enMunicipalityManual,
}

export type MessageKey = keyof typeof el

export const catalogs: Catalogs<MessageKey> = { el, en }

/** The translate function, typed with this app's keys (and the shared `ui.*` ones). */
export const useT = () => useUiT<MessageKey>()
