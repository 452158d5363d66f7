import { formatDateTime, Radios, useLanguage } from '@keplive/ui'
import { graphql } from '../gql'
import type { ImpactSummary_ImpactFragment } from '../gql/graphql'
import { useT } from '../i18n'

/**
 * The API's `UncoveredChoice`: what becomes of bookings nobody can take any more. Codegen writes
 * an enum only where an operation of this package uses it; each app passes its generated one,
 * which TypeScript checks against this.
 */
export type UncoveredChoice = 'KEEP' | 'MOVE' | 'CANCEL'

/**
 * The fields of the API's `Impact` this component shows: spread `...ImpactSummary_impact` in the
 * operation that returns the impact (with `token` beside it where the change is applied from a
 * preview), and pass the impact as it comes.
 */
graphql(`
  fragment ImpactSummary_impact on Impact {
    applied
    kept
    outsideRules
    reassigned
    moved
    cancelled
    bookings {
      bookingId
      reference
      startsAt
      fate
      outsideRules
    }
  }
`)

/**
 * What a change does to future bookings (the preview, or the change made): the count of each
 * outcome, then every affected booking by start with its reference and outcome.
 */
export function ImpactSummary({ impact }: { impact: ImpactSummary_ImpactFragment }) {
  const t = useT()
  const { language } = useLanguage()
  const number = new Intl.NumberFormat(language)
  const counts = [
    ['impact.kept', impact.kept],
    ['impact.outsideRules', impact.outsideRules],
    ['impact.reassigned', impact.reassigned],
    ['impact.moved', impact.moved],
    ['impact.cancelled', impact.cancelled],
  ] as const
  const bookings = [...impact.bookings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return (
    <section aria-labelledby="impact-summary-title">
      <h3 className="govgr-heading-s" id="impact-summary-title">
        {t('impact.title')}
      </h3>
      <p className="govgr-body">{t(impact.applied ? 'impact.applied' : 'impact.preview')}</p>
      {bookings.length === 0 ? (
        <p className="govgr-body">{t('impact.none')}</p>
      ) : (
        <>
          <dl className="govgr-summary-list" aria-label={t('impact.counts')}>
            {counts.map(([key, count]) => (
              <div className="govgr-summary-list__row" key={key}>
                <dt className="govgr-summary-list__key">{t(key)}</dt>
                <dd className="govgr-summary-list__value">{number.format(count)}</dd>
              </div>
            ))}
          </dl>
          <div
            className="keplive-table-scroll"
            role="region"
            aria-labelledby="impact-bookings-caption"
            tabIndex={0}
          >
            <table className="data-table">
              <caption id="impact-bookings-caption">{t('impact.bookings')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('impact.startsAt')}</th>
                  <th scope="col">{t('impact.reference')}</th>
                  <th scope="col">{t('impact.fate')}</th>
                </tr>
              </thead>
              <tbody>
                {bookings.map((booking) => (
                  <tr key={booking.bookingId}>
                    <td>{formatDateTime(booking.startsAt, language)}</td>
                    <th scope="row">{booking.reference}</th>
                    <td>
                      {t(
                        booking.fate === 'KEPT' && booking.outsideRules
                          ? 'impact.fate.KEPT.outside'
                          : `impact.fate.${booking.fate}`,
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}

/**
 * The choice for bookings no colleague of their KEP can take (ImpactInput.uncovered): keep them
 * to follow up, move them to another KEP of the municipality, or cancel them. Changing it calls
 * for a new preview.
 */
export function UncoveredChoiceRadios({
  value,
  onChange,
  error,
}: {
  value: UncoveredChoice
  onChange: (value: UncoveredChoice) => void
  error?: string
}) {
  const t = useT()
  return (
    <Radios<UncoveredChoice>
      name="uncovered"
      id="uncovered"
      legend={t('impact.uncovered')}
      error={error}
      value={value}
      onChange={onChange}
      choices={(['KEEP', 'MOVE', 'CANCEL'] as const).map((choice) => ({
        value: choice,
        label: t(`impact.uncovered.${choice}`),
        hint: t(`impact.uncovered.${choice}.hint`),
      }))}
    />
  )
}
