import { ApolloProvider } from '@apollo/client/react'
import { AppShell } from '@keplive/ui'
import { Route, Router, Switch } from 'wouter'
import { catalogs } from '../i18n'
import { AgendaPage } from '../pages/agenda/agenda-page'
import { CallConsolePage } from '../pages/call/call-console-page'
import { NotFoundPage } from '../pages/not-found-page'
import { api } from './api'

export function App() {
  return (
    <ApolloProvider client={api.apollo}>
      <AppShell catalogs={catalogs} role="staff" homeHref="/staff/">
        <Router base="/staff">
          <Switch>
            <Route path="/" component={AgendaPage} />
            <Route path="/calls/:bookingId" component={CallConsolePage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Router>
      </AppShell>
    </ApolloProvider>
  )
}
