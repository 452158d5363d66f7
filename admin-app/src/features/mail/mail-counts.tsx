import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { RequestStatus, useLanguage } from '@keplive/ui'
import { Link } from 'wouter'
import { useT } from '../../i18n'
import { mailCountsQuery } from './operations'

/** The home page's mail summary: pending now, sent and failed today, and the list's link. */
export function MailCounts() {
  const t = useT()
  const { language } = useLanguage()
  const { data, error, loading } = useQuery(mailCountsQuery)
  const failure = apiErrorOf(error)
  const number = new Intl.NumberFormat(language)
  const counts = data?.mailCounts
  return (
    <section aria-labelledby="mail-counts-title">
      <h2 id="mail-counts-title">{t('mail.counts.title')}</h2>
      <RequestStatus
        loading={loading}
        error={failure && { kind: failure.kind, code: failure.code, messages: failure.messages }}
      />
      {counts ? (
        <>
          <dl className="stats">
            <div className="stats__item">
              <dt>{t('mail.counts.pending')}</dt>
              <dd className="stats__value">{number.format(counts.pending)}</dd>
            </div>
            <div className="stats__item">
              <dt>{t('mail.counts.sentToday')}</dt>
              <dd className="stats__value">{number.format(counts.sentToday)}</dd>
            </div>
            <div className="stats__item">
              <dt>{t('mail.counts.failedToday')}</dt>
              <dd className="stats__value">{number.format(counts.failedToday)}</dd>
            </div>
          </dl>
          <p className="govgr-body">
            <Link href="/mail" className="govgr-link">
              {t('mail.counts.link', { count: number.format(counts.undelivered) })}
            </Link>
          </p>
        </>
      ) : null}
    </section>
  )
}
