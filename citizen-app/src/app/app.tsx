import { ApolloProvider } from '@apollo/client/react'
import { AppShell } from '@keplive/ui'
import { catalogs, loadLanguage } from '../i18n'
import { api } from './api'
import { RouteFocus } from './route-focus'
import { Routes } from './routes'
import { SiteNavigation } from './site-navigation'
import { SessionExpiredNotice } from './session-expired'

export function App() {
  return (
    <ApolloProvider client={api.apollo}>
      <AppShell
        catalogs={catalogs}
        loadLanguage={loadLanguage}
        role="citizen"
        homeHref="/"
        navigation={<SiteNavigation />}
      >
        <SessionExpiredNotice />
        <RouteFocus />
        <Routes />
      </AppShell>
    </ApolloProvider>
  )
}
