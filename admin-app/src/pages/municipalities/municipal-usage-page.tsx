import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import {
  addLocalDays,
  Button,
  localToday,
  RequestStatus,
  TextField,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { municipalKepUsageQuery } from '../../features/municipalities/operations'
import { useT } from '../../i18n'

const columns = ['booked', 'municipalBooked', 'completed', 'cancelled', 'noShow'] as const

/**
 * The usage of the officer's municipality's KEPs (issue 18 item 5): per KEP, the appointments
 * booked (and of them municipal), completed, cancelled and missed over a range of days, the
 * last 30 days to begin with.
 */
export function MunicipalUsagePage() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const today = localToday()
  const [range, setRange] = useState({ from: addLocalDays(today, -30), to: today })
  const [asked, setAsked] = useState(range)
  const { data, loading, error } = useQuery(municipalKepUsageQuery, { variables: asked })
  const errors = useFormErrors(error, { from: 'usage-from', to: 'usage-to' }, 'usage-from')
  const number = new Intl.NumberFormat(language)
  const rows = data?.municipalKepUsage ?? []
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAsked(range)
  }
  return (
    <>
      <h1>{t('muni.usage.title')}</h1>
      <p className="govgr-body">{t('muni.usage.intro')}</p>
      <form onSubmit={submit} noValidate className="muni-usage-form">
        <FormErrorSummary errors={errors} />
        <TextField
          id="usage-from"
          type="date"
          label={t('muni.usage.from')}
          value={range.from}
          error={errors.field('from')}
          onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))}
        />
        <TextField
          id="usage-to"
          type="date"
          label={t('muni.usage.to')}
          value={range.to}
          error={errors.field('to')}
          onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))}
        />
        <Button type="submit">{t('muni.usage.show')}</Button>
      </form>
      <RequestStatus
        loading={loading}
        error={errors.summary.length ? undefined : apiErrorOf(error)}
      />
      {data && rows.length === 0 ? <p className="govgr-body">{t('muni.usage.empty')}</p> : null}
      {rows.length > 0 ? (
        <div
          className="keplive-table-scroll"
          role="region"
          aria-labelledby="usage-caption"
          tabIndex={0}
        >
          <table className="data-table">
            <caption id="usage-caption">{t('muni.usage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('muni.usage.col.kep')}</th>
                {columns.map((column) => (
                  <th scope="col" key={column}>
                    {t(`muni.usage.col.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.kepId}>
                  <th scope="row">{localized(row.kepName)}</th>
                  {columns.map((column) => (
                    <td key={column}>{number.format(row[column])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  )
}
