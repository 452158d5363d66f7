import { useLazyQuery, useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Button, formatDateTime, Notice, RequestStatus, useLanguage } from '@keplive/ui'
import { useT } from '../../i18n'
import { auditChainStatusQuery } from './operations'
import './audit.css'

/** `YYYY-MM` (UTC) as the month's name and year, e.g. "Ιανουάριος 2021". */
function formatMonth(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`))
}

/**
 * The audit chain's verification (what `pnpm audit:verify` says): good up to a row, or the
 * first bad row. The page checks the rows sealed since the last good check; the button walks
 * the whole chain — from its genesis, or from the checkpoint of the last month
 * dropped for retention (issue 19), which the page names.
 */
export function ChainStatus() {
  const t = useT()
  const { language } = useLanguage()
  const number = new Intl.NumberFormat(language)
  const quick = useQuery(auditChainStatusQuery, { variables: { full: false } })
  const [verifyAll, full] = useLazyQuery(auditChainStatusQuery, { fetchPolicy: 'network-only' })
  const status = full.data?.auditChainStatus ?? quick.data?.auditChainStatus
  const failure = apiErrorOf(full.error ?? quick.error)
  return (
    <section aria-labelledby="chain-title">
      <h2 className="govgr-heading-m" id="chain-title">
        {t('audit.chain.title')}
      </h2>
      <RequestStatus
        loading={quick.loading || full.loading}
        error={failure && { kind: failure.kind, code: failure.code, messages: failure.messages }}
      />
      {status ? (
        status.ok ? (
          <Notice
            tone="success"
            title={t('audit.chain.ok', { rows: number.format(status.verifiedRows) })}
          >
            <p className="govgr-body">
              {t(status.fromSeq === 0 ? 'audit.chain.whole' : 'audit.chain.since', {
                seq: number.format(status.fromSeq),
                at: formatDateTime(status.checkedAt, language),
              })}{' '}
              {t('audit.chain.unsealed', { count: number.format(status.unsealed) })}
            </p>
            {status.checkpointMonth ? (
              <p className="govgr-body">
                {t('audit.chain.fromCheckpoint', {
                  month: formatMonth(status.checkpointMonth, language),
                })}
              </p>
            ) : null}
          </Notice>
        ) : (
          <Notice tone="alert" title={t('audit.chain.bad', { seq: String(status.badSeq) })}>
            <p className="govgr-body">
              {t('audit.chain.badDetail', {
                rows: number.format(status.verifiedRows),
                reason: status.reason ?? '',
              })}
            </p>
          </Notice>
        )
      ) : null}
      <Button
        variant="secondary"
        disabled={full.loading}
        onClick={() => void verifyAll({ variables: { full: true } })}
      >
        {t('audit.chain.verifyAll')}
      </Button>
    </section>
  )
}
