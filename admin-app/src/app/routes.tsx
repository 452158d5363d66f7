import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { adminRoles, appRoles, municipalityRoles, type AppRole } from '../features/common/use-role'
import type { MessageKey } from '../i18n'
import { AddEmployeePage } from '../pages/employees/add-employee-page'
import { EmployeePage } from '../pages/employees/employee-page'
import { EmployeesPage } from '../pages/employees/employees-page'
import { ImportEmployeesPage } from '../pages/employees/import-employees-page'
import { AdministratorsPage } from '../pages/administrators/administrators-page'
import { ApiClientsPage } from '../pages/api-clients/api-clients-page'
import { BookingPage } from '../pages/bookings/booking-page'
import { BookingsPage } from '../pages/bookings/bookings-page'
import { HomePage } from '../pages/home/home-page'
import { BulkHoursPage } from '../pages/hours/bulk-hours-page'
import { HoursPage } from '../pages/hours/hours-page'
import { KepHoursPage } from '../pages/hours/kep-hours-page'
import { KepCreatePage } from '../pages/keps/kep-create-page'
import { KepPage } from '../pages/keps/kep-page'
import { KepsPage } from '../pages/keps/keps-page'
import { ParametersPage } from '../pages/parameters/parameters-page'
import { NewProcedurePage, ProcedurePage } from '../pages/procedures/procedure-page'
import { ProceduresPage } from '../pages/procedures/procedures-page'
import { AuditPage } from '../pages/audit/audit-page'
import { UndeliveredMailPage } from '../pages/mail/undelivered-mail-page'

// the statistics and their charting library load only when opened (issue 17 item 2)
const StatisticsPage = lazy(() =>
  import('../pages/statistics/statistics-page').then((m) => ({ default: m.StatisticsPage })),
)
import { ApplicationCheckPage } from '../pages/municipalities/application-check-page'
import { ApplicationPage } from '../pages/municipalities/application-page'
import { ApplicationReviewPage } from '../pages/municipalities/application-review-page'
import { ApplicationStartPage } from '../pages/municipalities/application-start-page'
import { ApplicationStepPage } from '../pages/municipalities/application-step-page'
import { ApplicationsQueuePage } from '../pages/municipalities/applications-queue-page'
import { MunicipalProceduresPage } from '../pages/municipalities/municipal-procedures-page'
import { MunicipalUsagePage } from '../pages/municipalities/municipal-usage-page'
import { MunicipalityHomePage } from '../pages/municipalities/municipality-home-page'
import { MunicipalityManualPage } from '../pages/municipalities/municipality-manual-page'
import { ParticipatingMunicipalitiesPage } from '../pages/municipalities/participating-municipalities-page'
import { SuspendMunicipalityPage } from '../pages/municipalities/suspend-municipality-page'
import { WithdrawMunicipalityPage } from '../pages/municipalities/withdraw-municipality-page'
import type { AdminRoutePath } from './route-paths'

/** One page of the admin app: its address under /admin and, if it is in the menu, its entry. */
export interface AdminRoute {
  /** wouter pattern under the /admin base, e.g. `/keps/:id`. */
  path: AdminRoutePath
  component: ComponentType | LazyExoticComponent<ComponentType>
  /**
   * Who may open the page; leave it out for the administrators' roles (issue 18: the
   * municipalities' officers see only their own pages). Another role gets "not found".
   */
  roles?: readonly AppRole[]
  /**
   * The menu entry; `roles` hides it from the others (leave it out for everyone who may open
   * the page). Hiding is a courtesy: the server refuses what a role may not do.
   */
  nav?: { labelKey: MessageKey; roles?: readonly AppRole[] }
}

// The registry of the app's pages, in menu order: a page adds one line here (and nothing else
// of the shell), e.g.
//   { path: '/keps', component: KepsPage, nav: { labelKey: 'nav.keps' } },
export const routes: readonly AdminRoute[] = [
  { path: '/', component: HomePage, nav: { labelKey: 'nav.home' } },
  { path: '/keps', component: KepsPage, nav: { labelKey: 'nav.keps' } },
  { path: '/keps/new', component: KepCreatePage },
  { path: '/keps/:id', component: KepPage },
  { path: '/hours', component: HoursPage, nav: { labelKey: 'nav.hours' } },
  { path: '/hours/bulk', component: BulkHoursPage },
  { path: '/hours/:kepId', component: KepHoursPage },
  { path: '/employees', component: EmployeesPage, nav: { labelKey: 'nav.employees' } },
  { path: '/employees/new', component: AddEmployeePage },
  { path: '/employees/import', component: ImportEmployeesPage },
  { path: '/employees/:id', component: EmployeePage },
  { path: '/parameters', component: ParametersPage, nav: { labelKey: 'parameters.nav' } },
  { path: '/procedures', component: ProceduresPage, nav: { labelKey: 'nav.procedures' } },
  { path: '/procedures/new', component: NewProcedurePage },
  { path: '/procedures/:id', component: ProcedurePage },
  { path: '/bookings', component: BookingsPage, nav: { labelKey: 'nav.bookings' } },
  { path: '/bookings/:id', component: BookingPage },
  { path: '/statistics', component: StatisticsPage, nav: { labelKey: 'nav.statistics' } },
  {
    path: '/administrators',
    component: AdministratorsPage,
    nav: { labelKey: 'nav.administrators' },
  },
  { path: '/api-clients', component: ApiClientsPage, nav: { labelKey: 'nav.apiClients' } },
  { path: '/audit', component: AuditPage, nav: { labelKey: 'nav.audit' } },
  { path: '/mail', component: UndeliveredMailPage, nav: { labelKey: 'nav.mail' } },
  // issue 18: the ministry's side of the municipalities, then the municipalities' own pages
  {
    path: '/municipalities',
    component: ApplicationsQueuePage,
    nav: { labelKey: 'nav.municipalities' },
  },
  { path: '/municipalities/participating', component: ParticipatingMunicipalitiesPage },
  { path: '/municipalities/applications/:id', component: ApplicationReviewPage },
  {
    path: '/municipalities/:id/suspend',
    component: SuspendMunicipalityPage,
    roles: ['ADMINISTRATOR'],
  },
  {
    path: '/',
    component: MunicipalityHomePage,
    roles: municipalityRoles,
    nav: { labelKey: 'nav.municipality' },
  },
  { path: '/municipality/apply', component: ApplicationStartPage, roles: municipalityRoles },
  { path: '/municipality/applications/:id', component: ApplicationPage, roles: municipalityRoles },
  {
    path: '/municipality/applications/:id/check',
    component: ApplicationCheckPage,
    roles: municipalityRoles,
  },
  {
    path: '/municipality/applications/:id/:step',
    component: ApplicationStepPage,
    roles: municipalityRoles,
  },
  {
    path: '/municipality/procedures',
    component: MunicipalProceduresPage,
    roles: ['OFFICER'],
    nav: { labelKey: 'nav.municipalityProcedures' },
  },
  {
    path: '/municipality/usage',
    component: MunicipalUsagePage,
    roles: ['OFFICER'],
    nav: { labelKey: 'nav.municipalityUsage' },
  },
  { path: '/municipality/withdraw', component: WithdrawMunicipalityPage, roles: ['OFFICER'] },
  {
    path: '/municipality/manual',
    component: MunicipalityManualPage,
    roles: appRoles,
    nav: { labelKey: 'nav.municipalityManual', roles: municipalityRoles },
  },
]

/** The pages a role may open, in the registry's order. */
export function routesFor(role: AppRole): AdminRoute[] {
  return routes.filter((route) => (route.roles ?? adminRoles).includes(role))
}

/** The menu entries a role sees. */
export function navigationFor(
  role: AppRole,
): (AdminRoute & { nav: NonNullable<AdminRoute['nav']> })[] {
  return routesFor(role).filter(
    (route): route is AdminRoute & { nav: NonNullable<AdminRoute['nav']> } =>
      route.nav !== undefined && (route.nav.roles === undefined || route.nav.roles.includes(role)),
  )
}
