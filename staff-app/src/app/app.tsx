import { ApolloProvider } from '@apollo/client/react'
import { AppShell, RouteFocus } from '@keplive/ui'
import { Route, Router, Switch, useLocation, useSearch } from 'wouter'
import { catalogs } from '../i18n'
import { AgendaPage } from '../pages/agenda/agenda-page'
import { SearchPage } from '../pages/agenda/search-page'
import { CallConsolePage } from '../pages/call/call-console-page'
import { NotFoundPage } from '../pages/not-found-page'
import { api } from './api'

/** Focus on the heading after a navigation, a change of the agenda's view (its query) too. */
function FocusOnNavigation() {
  const [location] = useLocation()
  const search = useSearch()
  return <RouteFocus location={`${location}?${search}`} />
}

export function App() {
  return (
    <ApolloProvider client={api.apollo}>
      <AppShell catalogs={catalogs} role="staff" homeHref="/staff/">
        <Router base="/staff">
          <FocusOnNavigation />
          <Switch>
            <Route path="/" component={AgendaPage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/calls/:bookingId" component={CallConsolePage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Router>
      </AppShell>
    </ApolloProvider>
  )
}
