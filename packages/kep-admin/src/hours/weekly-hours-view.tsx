import { useQuery } from '@apollo/client/react'
import { Loading } from '@keplive/ui'
import { graphql } from '../gql'
import { useT } from '../i18n'

// A KEP's weekly hours, read only (a KEP's manager reads them: the ministry sets them).

export const weeklyHoursViewQuery = graphql(`
  query KepAdminWeeklyHours($kepId: ID!) {
    kepWeeklyHours(kepId: $kepId) {
      kepId
      variants {
        validFrom
        validTo
        seasonFrom
        seasonTo
        days {
          weekday
          windows {
            opensAt
            closesAt
          }
        }
      }
    }
  }
`)

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const

/** Every variant of the KEP's weekly hours, a day per row (a missing day is closed). */
export function WeeklyHoursView({ kepId }: { kepId: string }) {
  const t = useT()
  const { data, loading, error } = useQuery(weeklyHoursViewQuery, { variables: { kepId } })
  const variants = data?.kepWeeklyHours.variants ?? []
  return (
    <section aria-labelledby="weekly-view-title" className="kep-admin-section">
      <h2 className="govgr-heading-m" id="weekly-view-title">
        {t('kepHours.weekly.title')}
      </h2>
      <p className="govgr-body">{t('kepHours.weekly.readOnly')}</p>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <p className="govgr-error-message">{t('kepHours.loadFailed')}</p> : null}
      {data && variants.length === 0 ? <p>{t('kepHours.weekly.none')}</p> : null}
      {variants.map((v, i) => {
        const parts: string[] = []
        if (v.validFrom || v.validTo) {
          parts.push(t('kepHours.weekly.range', { from: v.validFrom ?? '…', to: v.validTo ?? '…' }))
        }
        if (v.seasonFrom) {
          parts.push(t('kepHours.weekly.season', { from: v.seasonFrom, to: v.seasonTo ?? '' }))
        }
        const name = parts.length ? parts.join(', ') : t('kepHours.weekly.allYear')
        return (
          <dl className="govgr-summary-list" aria-label={name} key={i}>
            <div className="govgr-summary-list__row">
              <dt className="govgr-summary-list__key">{t('kepHours.weekly.variant')}</dt>
              <dd className="govgr-summary-list__value">{name}</dd>
            </div>
            {weekdays.map((weekday) => {
              const day = v.days.find((d) => d.weekday === weekday)
              return (
                <div className="govgr-summary-list__row" key={weekday}>
                  <dt className="govgr-summary-list__key">{t(`kepHours.weekday.${weekday}`)}</dt>
                  <dd className="govgr-summary-list__value">
                    {day && day.windows.length > 0
                      ? day.windows.map((w) => `${w.opensAt}–${w.closesAt}`).join(', ')
                      : t('kepHours.weekly.closed')}
                  </dd>
                </div>
              )
            })}
          </dl>
        )
      })}
    </section>
  )
}
