import { lazy, Suspense, type ComponentType } from 'react'
import { Route, Switch, useLocation } from 'wouter'
import { Loading } from '@keplive/ui'
import { loadPageMessages } from '../i18n'
import { HomePage } from '../pages/home/home-page'
import { PageLoadBoundary } from './page-load-boundary'
import type { CitizenRoutePath } from './route-paths'

// Only the home page is in the first download; every other page loads when it is opened, with
// the texts of the pages after the home page (issue 16 item 8); the manual and the list of
// municipalities have texts of their own.
function page<P>(load: () => Promise<ComponentType<P>>, messages = loadPageMessages) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), messages()])
    return { default: component }
  })
}

const ManualPage = page(
  () => import('../pages/manual/manual-page').then((m) => m.ManualPage),
  () => Promise.resolve(),
)
const MunicipalitiesPage = page(
  () => import('../pages/municipalities/municipalities-page').then((m) => m.MunicipalitiesPage),
  () => Promise.resolve(),
)
const NotFoundPage = page(() =>
  import('../pages/not-found/not-found-page').then((m) => m.NotFoundPage),
)
const BookingFlowPage = page(() =>
  import('../pages/book/booking-flow-page').then((m) => m.BookingFlowPage),
)
const MyBookingsPage = page(() =>
  import('../pages/my-bookings/my-bookings-page').then((m) => m.MyBookingsPage),
)
const BookingPage = page(() => import('../pages/booking/booking-page').then((m) => m.BookingPage))
const ReschedulePage = page(() =>
  import('../pages/book/reschedule-page').then((m) => m.ReschedulePage),
)
const PreparePage = page(() => import('../pages/prepare/prepare-page').then((m) => m.PreparePage))
const JoinLinkPage = page(() => import('../pages/join/join-link-page').then((m) => m.JoinLinkPage))
const GuestCallPage = page(() =>
  import('../pages/call/guest-call-page').then((m) => m.GuestCallPage),
)
const MyDataPage = page(() => import('../pages/my-data/my-data-page').then((m) => m.MyDataPage))
const CallPage = page(() => import('../pages/call/call-page').then((m) => m.CallPage))

// Each address is one of the list the server reads too (route-paths.ts): it answers 404 to others.
type Path = CitizenRoutePath

/** The citizen app's pages, by address. */
export function Routes() {
  const [location] = useLocation()
  return (
    <PageLoadBoundary key={location}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path={'/' satisfies Path} component={HomePage} />
          <Route path={'/manual' satisfies Path} component={ManualPage} />
          <Route path={'/municipalities' satisfies Path} component={MunicipalitiesPage} />
          <Route path={'/book' satisfies Path} component={BookingFlowPage} />
          <Route path={'/bookings' satisfies Path} component={MyBookingsPage} />
          <Route path={'/bookings/:id' satisfies Path} component={BookingPage} />
          <Route path={'/bookings/:id/reschedule' satisfies Path} component={ReschedulePage} />
          <Route path={'/bookings/:id/prepare' satisfies Path} component={PreparePage} />
          <Route path={'/my-data' satisfies Path} component={MyDataPage} />
          <Route path={'/join/:token' satisfies Path} component={JoinLinkPage} />
          <Route path={'/call/guest/:token' satisfies Path} component={GuestCallPage} />
          <Route path={'/call/:bookingId' satisfies Path} component={CallPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </PageLoadBoundary>
  )
}
