import { ApolloProvider, useQuery } from '@apollo/client/react'
import { AppShell, Loading, RouteFocus } from '@keplive/ui'
import { Link, Route, Router, Switch, useLocation, useSearch } from 'wouter'
import { staffAccountQuery } from '../features/account/account-operations'
import { catalogs, useT } from '../i18n'
import { AcceptableUsePage } from '../pages/account/acceptable-use-page'
import { NotFoundPage } from '../pages/not-found-page'
import { api } from './api'
import { routes } from './routes'
import { StaffNavigation } from './staff-navigation'

const staffRoles = new Set(['STAFF', 'MANAGER'])

/**
 * Focus on the heading after a navigation, a change of the agenda's view (its query) too, and
 * when the acceptable-use notice gives way to the page the employee was going to.
 */
function FocusOnNavigation({ gate }: { gate: string }) {
  const [location] = useLocation()
  const search = useSearch()
  return <RouteFocus location={`${location}?${search}#${gate}`} />
}

/**
 * Issue 14 item 5: an employee who has not acknowledged the acceptable-use notice (Art. 7.2)
 * sees it in front of every page, at the address they asked for; once acknowledged, that page.
 * Anyone else (nobody logged in, not an employee) gets the pages, which say so themselves.
 */
/** Issue 19 item 4: the acceptable-use notice in the footer, to read again at any time. */
function AcceptableUseLink() {
  const t = useT()
  return (
    <li className="govgr-footer__inline-list-item">
      <Link className="govgr-footer__link" href="/acceptable-use">
        {t('notice.title')}
      </Link>
    </li>
  )
}

function Shell() {
  const account = useQuery(staffAccountQuery)
  const me = account.data?.me
  const employee = me != null && staffRoles.has(me.role)
  const pending = employee && !me.employeeAccount?.acceptableUseAcknowledgedAt
  const checking = account.loading && !account.data
  return (
    <AppShell
      catalogs={catalogs}
      role="staff"
      homeHref="/staff/"
      navigation={pending ? undefined : <StaffNavigation />}
      footerLinks={<AcceptableUseLink />}
    >
      <FocusOnNavigation gate={pending ? 'notice' : 'pages'} />
      {checking ? (
        <Loading />
      ) : pending ? (
        <AcceptableUsePage />
      ) : (
        <Switch>
          {routes.map((route) => (
            <Route key={route.path} path={route.path} component={route.component} />
          ))}
          <Route component={NotFoundPage} />
        </Switch>
      )}
    </AppShell>
  )
}

export function App() {
  return (
    <ApolloProvider client={api.apollo}>
      <Router base="/staff">
        <Shell />
      </Router>
    </ApolloProvider>
  )
}
