import { useQuery } from '@apollo/client/react'
import {
  formatDate,
  formatDateTime,
  formatTime,
  Loading,
  Notice,
  PageHeading,
  useLanguage,
  usePageTitle,
} from '@keplive/ui'
import { useEffect, useState } from 'react'
import { useLocation } from 'wouter'
import { refusalOf } from '../../features/call/refusal'
import { graphql } from '../../gql'
import { useT } from '../../i18n'

/** The server's answer (notifications.http.ts); times are ISO instants. */
type LinkInfo =
  | { valid: true; bookingId: string }
  | { valid: false; reason: 'unknown' | 'network' }
  | { valid: false; reason: 'expired' | 'cancelled'; startsAt: string }
  | { valid: false; reason: 'too_early'; validFrom: string; startsAt: string; bookingId: string }

const joinLinkBookingQuery = graphql(`
  query JoinLinkBooking($id: ID!) {
    booking(id: $id) {
      id
    }
  }
`)

const joinLinkMeQuery = graphql(`
  query JoinLinkMe {
    me {
      role
    }
  }
`)

/** Asks the server what an email's join link is for (GET /join/:token, answered in JSON). */
async function resolveLink(token: string): Promise<LinkInfo> {
  try {
    const response = await fetch(`/join/${encodeURIComponent(token)}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    })
    const body = (await response.json()) as LinkInfo
    return body
  } catch {
    return { valid: false, reason: 'network' }
  }
}

/**
 * The email's link (R2.5, R2.7): resolves the token to its booking, makes sure the one who
 * opened it is that booking's citizen (logged in), and goes on to prepare for the call.
 */
export function JoinLinkPage({ params }: { params: { token: string } }) {
  const t = useT()
  const { language } = useLanguage()
  usePageTitle(t('call.link.title'))
  const [, navigate] = useLocation()
  const [info, setInfo] = useState<LinkInfo>()
  const me = useQuery(joinLinkMeQuery)
  // before its window the link still leads its owner to prepare for the call
  const bookingId = info && 'bookingId' in info ? info.bookingId : undefined
  const loggedIn = Boolean(me.data?.me)
  const booking = useQuery(joinLinkBookingQuery, {
    variables: { id: bookingId ?? '' },
    skip: !bookingId || !loggedIn,
    fetchPolicy: 'network-only',
  })

  useEffect(() => {
    void resolveLink(params.token).then(setInfo)
  }, [params.token])

  const owned = booking.data?.booking.id === bookingId && bookingId !== undefined
  useEffect(() => {
    if (owned) navigate(`/bookings/${bookingId}/prepare`, { replace: true })
  }, [owned, bookingId, navigate])

  const here = `/join/${params.token}`
  if (!info || me.loading || booking.loading || owned) return <Loading />

  const myBookings = (
    <a className="govgr-link" href="/bookings">
      {t('call.link.myBookings')}
    </a>
  )
  const login = (
    <a
      className="govgr-btn govgr-btn-primary"
      href={`/auth/login?role=citizen&returnTo=${encodeURIComponent(here)}`}
    >
      {t('call.link.login.button')}
    </a>
  )
  let body
  if (!info.valid && (info.reason === 'unknown' || info.reason === 'network')) {
    body = (
      <Notice title={t(`call.link.${info.reason}`)} tone="alert">
        <p>{myBookings}</p>
      </Notice>
    )
  } else if (!info.valid && (info.reason === 'expired' || info.reason === 'cancelled')) {
    // which refusal, the appointment's time, and the way on (issue 15 item 6)
    body = (
      <Notice title={t(`call.link.${info.reason}.title`)} tone="alert">
        <p data-testid="link-refusal">
          {t(`call.link.${info.reason}.body`, { when: formatDateTime(info.startsAt, language) })}
        </p>
        <p>{t('call.link.again')}</p>
        <ul className="govgr-list">
          <li>
            <a className="govgr-link" href="/book">
              {t('call.link.book')}
            </a>
          </li>
          <li>{myBookings}</li>
        </ul>
      </Notice>
    )
  } else if (!loggedIn) {
    body = (
      <>
        {!info.valid && info.reason === 'too_early' ? (
          <Notice title={t('call.link.tooEarly.title')}>
            <p data-testid="link-refusal">
              {t('call.link.tooEarly.body', {
                time: formatTime(info.validFrom, language),
                date: formatDate(info.validFrom, language),
                when: formatDateTime(info.startsAt, language),
              })}
            </p>
            <p>{t('call.link.tooEarly.prepare')}</p>
          </Notice>
        ) : null}
        <Notice title={t('call.link.login.title')}>
          <p>{t('call.link.login.body')}</p>
          {login}
        </Notice>
      </>
    )
  } else if (booking.error && refusalOf(booking.error).kind !== 'stranger') {
    body = <Notice title={t('call.refused.other')} tone="alert" />
  } else {
    body = (
      <Notice title={t('call.refused.stranger')} tone="alert">
        <p data-testid="stranger-refused">{t('call.link.stranger')}</p>
      </Notice>
    )
  }
  return (
    <>
      <PageHeading>{t('call.link.title')}</PageHeading>
      {body}
    </>
  )
}
