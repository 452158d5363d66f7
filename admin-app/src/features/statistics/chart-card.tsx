import { Button } from '@keplive/ui'
import { lazy, Suspense, useId, useState, type ReactNode } from 'react'
import { useT } from '../../i18n'
import type { UsageChartProps } from './usage-chart'

const UsageChart = lazy(() => import('./usage-chart'))

export interface StatsColumn<Row> {
  key: string
  header: string
  cell: (row: Row) => ReactNode
  numeric?: boolean
}

/** A captioned data table; the first column heads its row. */
export function StatsTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string
  columns: readonly StatsColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
}) {
  const captionId = useId()
  return (
    <div
      className="keplive-table-scroll"
      role="region"
      aria-labelledby={captionId}
      // a wide table scrolls in its own box, which the keyboard must reach
      tabIndex={0}
    >
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'number' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'number' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The CSV of one statistics table, with the screen's scope and range. */
export function CsvLink({ href, title }: { href: string; title: string }) {
  const t = useT()
  return (
    <p className="govgr-body">
      <a className="govgr-link" href={href} download>
        {t('statistics.download', { title })}
      </a>
    </p>
  )
}

/**
 * One figure of the statistics: its heading, a one-sentence summary, the chart or (toggled)
 * its data as a table, and the table's CSV.
 */
export function ChartCard<Row>({
  title,
  summary,
  chart,
  table,
  csvHref,
}: {
  title: string
  summary: string
  chart: Omit<UsageChartProps, 'label'>
  table: {
    columns: readonly StatsColumn<Row>[]
    rows: readonly Row[]
    rowKey: (row: Row) => string
  }
  csvHref: string
}) {
  const t = useT()
  const headingId = useId()
  const [asTable, setAsTable] = useState(false)
  return (
    <section className="stats-card" aria-labelledby={headingId}>
      <h2 className="govgr-heading-m" id={headingId}>
        {title}
      </h2>
      <p className="govgr-body">{summary}</p>
      <Button variant="secondary" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
        {asTable ? t('statistics.showChart') : t('statistics.showTable')}
      </Button>
      {asTable ? (
        <StatsTable caption={title} {...table} />
      ) : (
        <Suspense fallback={<p className="govgr-body">{t('statistics.chartLoading')}</p>}>
          <UsageChart {...chart} label={summary} />
        </Suspense>
      )}
      <CsvLink href={csvHref} title={title} />
    </section>
  )
}
