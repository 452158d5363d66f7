import type { ComponentType } from 'react'
import type { MessageKey } from '../i18n'
import { AgendaPage } from '../pages/agenda/agenda-page'
import { SearchPage } from '../pages/agenda/search-page'
import { AcceptableUseNoticePage } from '../pages/account/acceptable-use-notice-page'
import { SettingsPage } from '../pages/account/settings-page'
import { BookingPage } from '../pages/booking/booking-page'
import { CallConsolePage } from '../pages/call/call-console-page'
import { KepEmployeePage } from '../pages/kep-staff/kep-employee-page'
import { KepStaffPage } from '../pages/kep-staff/kep-staff-page'
import { KepGlancePage } from '../pages/kep/kep-glance-page'
import { KepHoursPage } from '../pages/kep/kep-hours-page'
import { KepWorkstationsPage } from '../pages/kep/kep-workstations-page'
import type { StaffRoutePath } from './route-paths'

/** Who is logged in to the staff app: a KEP's employee, or its manager (R3.1, Art. 3.4). */
export type StaffRole = 'STAFF' | 'MANAGER'

/** One page of the staff app: its address under /staff and, if it is in the menu, its entry. */
export interface StaffRoute {
  /** wouter pattern under the /staff base, e.g. `/calls/:bookingId`. */
  path: StaffRoutePath
  component: ComponentType
  /**
   * The menu entry; `roles` hides it from the others (leave it out for every role). Hiding is a
   * courtesy: the server refuses what a role may not do.
   */
  nav?: { labelKey: MessageKey; roles?: readonly StaffRole[] }
}

// The registry of the app's pages, in menu order: a page adds one line here (and nothing else
// of the shell), e.g.
//   { path: '/kep', component: KepAtAGlancePage, nav: { labelKey: 'nav.kep', roles: ['MANAGER'] } },
export const routes: readonly StaffRoute[] = [
  { path: '/', component: AgendaPage, nav: { labelKey: 'nav.agenda' } },
  { path: '/search', component: SearchPage, nav: { labelKey: 'nav.search' } },
  { path: '/bookings/:bookingId', component: BookingPage },
  { path: '/calls/:bookingId', component: CallConsolePage },
  { path: '/kep', component: KepGlancePage, nav: { labelKey: 'nav.kep', roles: ['MANAGER'] } },
  {
    path: '/kep/staff',
    component: KepStaffPage,
    nav: { labelKey: 'nav.kepStaff', roles: ['MANAGER'] },
  },
  { path: '/kep/staff/:employeeId', component: KepEmployeePage },
  {
    path: '/kep/hours',
    component: KepHoursPage,
    nav: { labelKey: 'nav.kepHours', roles: ['MANAGER'] },
  },
  {
    path: '/kep/workstations',
    component: KepWorkstationsPage,
    nav: { labelKey: 'nav.kepWorkstations', roles: ['MANAGER'] },
  },
  // issue 14 items 4, 5: the employee's own settings (the morning summary, the notice's date)
  { path: '/settings', component: SettingsPage, nav: { labelKey: 'nav.settings' } },
  // issue 19 item 4: the acceptable-use notice to read again, linked from the footer
  { path: '/acceptable-use', component: AcceptableUseNoticePage },
]

/** The menu entries a role sees. */
export function navigationFor(
  role: StaffRole,
): (StaffRoute & { nav: NonNullable<StaffRoute['nav']> })[] {
  return routes.filter(
    (route): route is StaffRoute & { nav: NonNullable<StaffRoute['nav']> } =>
      route.nav !== undefined && (route.nav.roles === undefined || route.nav.roles.includes(role)),
  )
}
