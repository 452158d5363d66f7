import { ApolloProvider } from '@apollo/client/react'
import { AppShell, RouteFocus } from '@keplive/ui'
import { Route, Router, Switch, useLocation, useSearch } from 'wouter'
import { catalogs } from '../i18n'
import { NotFoundPage } from '../pages/not-found-page'
import { api } from './api'
import { routes } from './routes'
import { StaffNavigation } from './staff-navigation'

/** Focus on the heading after a navigation, a change of the agenda's view (its query) too. */
function FocusOnNavigation() {
  const [location] = useLocation()
  const search = useSearch()
  return <RouteFocus location={`${location}?${search}`} />
}

export function App() {
  return (
    <ApolloProvider client={api.apollo}>
      <Router base="/staff">
        <AppShell
          catalogs={catalogs}
          role="staff"
          homeHref="/staff/"
          navigation={<StaffNavigation />}
        >
          <FocusOnNavigation />
          <Switch>
            {routes.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            ))}
            <Route component={NotFoundPage} />
          </Switch>
        </AppShell>
      </Router>
    </ApolloProvider>
  )
}
