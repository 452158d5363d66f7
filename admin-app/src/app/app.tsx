import { ApolloProvider, useQuery } from '@apollo/client/react'
import { AppShell, Loading } from '@keplive/ui'
import { Suspense } from 'react'
import { Route, Router, Switch } from 'wouter'
import { adminMeQuery, isAppRole } from '../features/common/use-role'
import { catalogs } from '../i18n'
import { AccessDeniedPage } from '../pages/access/access-denied-page'
import { LoginPage } from '../pages/access/login-page'
import { NotFoundPage } from '../pages/not-found/not-found-page'
import { api } from './api'
import { AdminNavigation } from './admin-navigation'
import { RouteFocus } from './route-focus'
import { routesFor } from './routes'
import { MeStatus } from './me-status'

/**
 * The login gate: no page of the app shows before `me` says who is here. Anonymous → the login
 * page; logged in without an administrator's or a municipality's role → a refusal; else the
 * menu and the pages that role may open.
 */
function Gate() {
  const { data, loading, error } = useQuery(adminMeQuery)
  const me = data?.me
  const role = isAppRole(me?.role) ? me.role : undefined
  return (
    <AppShell
      catalogs={catalogs}
      role="admin"
      homeHref="/admin/"
      navigation={role ? <AdminNavigation role={role} /> : undefined}
    >
      {loading || error ? (
        <MeStatus loading={loading} error={error} />
      ) : !me ? (
        <LoginPage />
      ) : !role ? (
        <AccessDeniedPage role={me.role} />
      ) : (
        <>
          <RouteFocus />
          <Suspense fallback={<Loading />}>
            <Switch>
              {routesFor(role).map((route) => (
                <Route key={route.path} path={route.path} component={route.component} />
              ))}
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </>
      )}
    </AppShell>
  )
}

export function App() {
  return (
    <ApolloProvider client={api.apollo}>
      <Router base="/admin">
        <Gate />
      </Router>
    </ApolloProvider>
  )
}
