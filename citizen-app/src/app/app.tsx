import { ApolloProvider } from '@apollo/client/react'
import { AppShell } from '@keplive/ui'
import { catalogs } from '../i18n'
import { api } from './api'
import { RouteFocus } from './route-focus'
import { Routes } from './routes'
import { SessionExpiredNotice } from './session-expired'

export function App() {
  return (
    <ApolloProvider client={api.apollo}>
      <AppShell catalogs={catalogs} role="citizen" homeHref="/">
        <SessionExpiredNotice />
        <RouteFocus />
        <Routes />
      </AppShell>
    </ApolloProvider>
  )
}
