import { useQuery } from '@apollo/client/react'
import {
  Button,
  formatLocalDate,
  Notice,
  SelectField,
  TextField,
  useLanguage,
  type Language,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { ChartCard, CsvLink, StatsTable } from '../../features/statistics/chart-card'
import {
  statisticsKepsQuery,
  statisticsScopeQuery,
  usageStatisticsQuery,
} from '../../features/statistics/statistics-operations'
import { chartColors } from '../../features/statistics/usage-chart'
import { useT } from '../../i18n'

// Issue 17 item 2: the usage statistics dashboard — the country over the last 30 days at first,
// then any range of up to two years and a region, municipality, KEP or field. Every chart has a
// one-sentence summary computed from its data and its data as a table (a toggle), and every
// table its CSV (the `statistics` export with the same scope and range).

interface Scope {
  from: string
  to: string
  region: string
  municipalityId: string
  kepId: string
  categoryId: string
}

const athensToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date())
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

function initialScope(): Scope {
  const to = athensToday()
  return { from: addDays(to, -29), to, region: '', municipalityId: '', kepId: '', categoryId: '' }
}

const number = (language: Language, n: number, digits = 0) =>
  new Intl.NumberFormat(language === 'el' ? 'el-GR' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(n)
const percent = (language: Language, r: number | null | undefined) =>
  r == null
    ? null
    : new Intl.NumberFormat(language === 'el' ? 'el-GR' : 'en-GB', {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(r)

function csvHref(table: string, scope: Scope, language: Language) {
  const params = new URLSearchParams({ table, from: scope.from, to: scope.to, lang: language })
  for (const key of ['region', 'municipalityId', 'kepId', 'categoryId'] as const) {
    if (scope[key]) params.set(key, scope[key])
  }
  return `/admin/exports/statistics.csv?${params.toString()}`
}

export function StatisticsPage() {
  const t = useT()
  const { language } = useLanguage()
  const [draft, setDraft] = useState<Scope>(initialScope)
  const [scope, setScope] = useState<Scope>(draft)
  const lists = useQuery(statisticsScopeQuery)
  const keps = useQuery(statisticsKepsQuery, {
    variables: { municipalityId: draft.municipalityId },
    skip: !draft.municipalityId,
  })
  const { data, loading, error } = useQuery(usageStatisticsQuery, {
    variables: {
      input: {
        from: scope.from,
        to: scope.to,
        region: scope.region || null,
        municipalityId: scope.municipalityId || null,
        kepId: scope.kepId || null,
        categoryId: scope.categoryId || null,
      },
    },
  })
  const s = data?.usageStatistics
  const municipalities = lists.data?.municipalities ?? []
  const regions = [...new Map(municipalities.map((m) => [m.region.el, m.region])).values()].sort(
    (a, b) => a[language].localeCompare(b[language], language),
  )
  const all = { value: '', label: t('statistics.all') }
  const n = (x: number, digits = 0) => number(language, x, digits)
  const date = (d: string) => formatLocalDate(d, language)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setScope(draft)
  }

  const figures: [string, string][] = s
    ? [
        [t('statistics.made'), n(s.totals.made)],
        [t('statistics.booked'), n(s.totals.booked)],
        [t('statistics.held'), n(s.totals.held)],
        [t('statistics.completed'), n(s.totals.completed)],
        [t('statistics.cancelled'), n(s.totals.cancelled)],
        [t('statistics.noShow'), n(s.totals.noShow)],
        [
          t('statistics.cancellationRate'),
          percent(language, s.cancellationRate) ?? t('statistics.none'),
        ],
        [t('statistics.noShowRate'), percent(language, s.noShowRate) ?? t('statistics.none')],
        [
          t('statistics.utilisation'),
          percent(language, s.utilisation.ratio) ?? t('statistics.none'),
        ],
        [
          t('statistics.averageWait'),
          s.averageWaitSeconds == null
            ? t('statistics.none')
            : t('statistics.seconds', { n: n(s.averageWaitSeconds) }),
        ],
        [
          t('statistics.averageCall'),
          s.averageCallSeconds == null
            ? t('statistics.none')
            : t('statistics.minutes', { n: n(s.averageCallSeconds / 60, 1) }),
        ],
        [
          t('statistics.averageLead'),
          s.leadTime.averageMinutes == null
            ? t('statistics.none')
            : t('statistics.hours', { n: n(s.leadTime.averageMinutes / 60, 1) }),
        ],
        [t('statistics.identity'), `${n(s.identityPassed)} / ${n(s.identityFailed)}`],
        [t('statistics.interpreter'), n(s.interpreterRequests)],
        [t('statistics.lipReading'), n(s.lipReadingRequests)],
      ]
    : []

  const busiestDay = s?.days.reduce((a, b) => (b.booked > a.booked ? b : a), s.days[0]!)
  const leadBuckets = s
    ? [
        { key: 'sameDay', bucket: t('statistics.lead.sameDay'), count: s.leadTime.sameDay },
        { key: 'oneToTwo', bucket: t('statistics.lead.oneToTwo'), count: s.leadTime.oneToTwoDays },
        {
          key: 'threeToSeven',
          bucket: t('statistics.lead.threeToSeven'),
          count: s.leadTime.threeToSevenDays,
        },
        {
          key: 'overSeven',
          bucket: t('statistics.lead.overSeven'),
          count: s.leadTime.overSevenDays,
        },
      ]
    : []
  const topLead = leadBuckets.reduce((a, b) => (b.count > a.count ? b : a), leadBuckets[0]!)
  const hours = s ? [...new Set(s.heatMap.map((c) => c.hour))].sort((a, b) => a - b) : []
  const weekdays = s ? [...new Set(s.heatMap.map((c) => c.weekday))].sort((a, b) => a - b) : []
  const busiestCell = s?.heatMap.reduce(
    (a, b) => (b.appointments > a.appointments ? b : a),
    s.heatMap[0]!,
  )
  const most = busiestCell?.appointments ?? 0
  const heat = (weekday: number, hour: number) =>
    s?.heatMap.find((c) => c.weekday === weekday && c.hour === hour)?.appointments ?? 0
  const title = (p: { titleEl: string; titleEn: string }) =>
    language === 'el' ? p.titleEl : p.titleEn

  return (
    <>
      <h1>{t('statistics.title')}</h1>
      <p className="govgr-body">{t('statistics.intro')}</p>
      <form className="stats-scope" onSubmit={submit} noValidate>
        <fieldset className="govgr-fieldset">
          <legend className="govgr-fieldset__legend govgr-heading-s">
            {t('statistics.scope')}
          </legend>
          <TextField
            type="date"
            label={t('statistics.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
          <TextField
            type="date"
            label={t('statistics.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
          <SelectField
            label={t('statistics.region')}
            value={draft.region}
            options={[all, ...regions.map((r) => ({ value: r.el, label: r[language] }))]}
            onChange={(e) =>
              setDraft({ ...draft, region: e.target.value, municipalityId: '', kepId: '' })
            }
          />
          <SelectField
            label={t('statistics.municipality')}
            value={draft.municipalityId}
            options={[
              all,
              ...municipalities
                .filter((m) => !draft.region || m.region.el === draft.region)
                .map((m) => ({ value: m.id, label: m.name[language] })),
            ]}
            onChange={(e) => setDraft({ ...draft, municipalityId: e.target.value, kepId: '' })}
          />
          <SelectField
            label={t('statistics.kep')}
            value={draft.kepId}
            disabled={!draft.municipalityId}
            options={[
              all,
              ...(draft.municipalityId ? (keps.data?.keps ?? []) : []).map((k) => ({
                value: k.id,
                label: k.name[language],
              })),
            ]}
            onChange={(e) => setDraft({ ...draft, kepId: e.target.value })}
          />
          <SelectField
            label={t('statistics.field')}
            value={draft.categoryId}
            options={[
              all,
              ...(lists.data?.serviceCategories ?? []).map((c) => ({
                value: c.id,
                label: c.name[language],
              })),
            ]}
            onChange={(e) => setDraft({ ...draft, categoryId: e.target.value })}
          />
          <Button type="submit">{t('statistics.show')}</Button>
        </fieldset>
      </form>
      <div aria-live="polite">
        {loading ? <p className="govgr-body">{t('statistics.loading')}</p> : null}
        {error ? <Notice tone="alert" title={error.message} /> : null}
      </div>
      {s ? (
        <>
          <section className="stats-card" aria-labelledby="stats-figures">
            <h2 className="govgr-heading-m" id="stats-figures">
              {t('statistics.figures')}
            </h2>
            <StatsTable
              caption={t('statistics.figures.caption')}
              columns={[
                {
                  key: 'figure',
                  header: t('statistics.figure'),
                  cell: (r: [string, string]) => r[0],
                },
                { key: 'value', header: t('statistics.value'), cell: (r) => r[1], numeric: true },
              ]}
              rows={figures}
              rowKey={(r) => r[0]}
            />
            <CsvLink href={csvHref('summary', scope, language)} title={t('statistics.figures')} />
          </section>
          <ChartCard
            title={t('statistics.days')}
            summary={t('statistics.days.summary', {
              from: date(s.from),
              to: date(s.to),
              made: n(s.totals.made),
              booked: n(s.totals.booked),
              busiest: busiestDay ? date(busiestDay.date) : '—',
              most: n(busiestDay?.booked ?? 0),
            })}
            chart={{
              kind: 'line',
              data: s.days.map((d) => ({ ...d, label: d.date.slice(5) })),
              xKey: 'label',
              series: [
                { key: 'made', name: t('statistics.made'), color: chartColors[0] },
                { key: 'held', name: t('statistics.held'), color: chartColors[1] },
                { key: 'cancelled', name: t('statistics.cancelled'), color: chartColors[2] },
              ],
            }}
            table={{
              columns: [
                { key: 'date', header: t('statistics.date'), cell: (d) => date(d.date) },
                {
                  key: 'made',
                  header: t('statistics.made'),
                  cell: (d) => n(d.made),
                  numeric: true,
                },
                {
                  key: 'booked',
                  header: t('statistics.booked'),
                  cell: (d) => n(d.booked),
                  numeric: true,
                },
                {
                  key: 'completed',
                  header: t('statistics.completed'),
                  cell: (d) => n(d.completed),
                  numeric: true,
                },
                {
                  key: 'cancelled',
                  header: t('statistics.cancelled'),
                  cell: (d) => n(d.cancelled),
                  numeric: true,
                },
                {
                  key: 'noShow',
                  header: t('statistics.noShow'),
                  cell: (d) => n(d.noShow),
                  numeric: true,
                },
              ],
              rows: s.days,
              rowKey: (d) => d.date,
            }}
            csvHref={csvHref('days', scope, language)}
          />
          <ChartCard
            title={t('statistics.weeks')}
            summary={t('statistics.weeks.summary', {
              count: n(s.weeks.length),
              average: n(s.totals.booked / Math.max(1, s.weeks.length), 1),
            })}
            chart={{
              kind: 'bar',
              data: s.weeks.map((w) => ({ ...w, label: w.weekStart.slice(5) })),
              xKey: 'label',
              series: [
                { key: 'completed', name: t('statistics.completed'), color: chartColors[1] },
                { key: 'cancelled', name: t('statistics.cancelled'), color: chartColors[2] },
                { key: 'noShow', name: t('statistics.noShow'), color: chartColors[3] },
              ],
            }}
            table={{
              columns: [
                { key: 'week', header: t('statistics.week'), cell: (w) => date(w.weekStart) },
                {
                  key: 'made',
                  header: t('statistics.made'),
                  cell: (w) => n(w.made),
                  numeric: true,
                },
                {
                  key: 'booked',
                  header: t('statistics.booked'),
                  cell: (w) => n(w.booked),
                  numeric: true,
                },
                {
                  key: 'completed',
                  header: t('statistics.completed'),
                  cell: (w) => n(w.completed),
                  numeric: true,
                },
                {
                  key: 'cancelled',
                  header: t('statistics.cancelled'),
                  cell: (w) => n(w.cancelled),
                  numeric: true,
                },
                {
                  key: 'noShow',
                  header: t('statistics.noShow'),
                  cell: (w) => n(w.noShow),
                  numeric: true,
                },
              ],
              rows: s.weeks,
              rowKey: (w) => w.weekStart,
            }}
            csvHref={csvHref('weeks', scope, language)}
          />
          <ChartCard
            title={t('statistics.lead')}
            summary={
              s.totals.booked === 0
                ? t('statistics.empty')
                : t('statistics.lead.summary', {
                    share: percent(language, topLead.count / s.totals.booked) ?? '',
                    bucket: topLead.bucket,
                  })
            }
            chart={{
              kind: 'bar',
              data: leadBuckets,
              xKey: 'bucket',
              series: [{ key: 'count', name: t('statistics.lead.count'), color: chartColors[0] }],
            }}
            table={{
              columns: [
                { key: 'bucket', header: t('statistics.lead.bucket'), cell: (b) => b.bucket },
                {
                  key: 'count',
                  header: t('statistics.lead.count'),
                  cell: (b) => n(b.count),
                  numeric: true,
                },
              ],
              rows: leadBuckets,
              rowKey: (b) => b.key,
            }}
            csvHref={csvHref('summary', scope, language)}
          />
          <ChartCard
            title={t('statistics.procedures')}
            summary={
              s.topProcedures[0]
                ? t('statistics.procedures.summary', {
                    title: title(s.topProcedures[0]),
                    count: n(s.topProcedures[0].bookings),
                  })
                : t('statistics.empty')
            }
            chart={{
              kind: 'bar',
              data: s.topProcedures.map((p) => ({ title: title(p), bookings: p.bookings })),
              xKey: 'title',
              series: [{ key: 'bookings', name: t('statistics.bookings'), color: chartColors[0] }],
            }}
            table={{
              columns: [
                { key: 'title', header: t('statistics.procedure'), cell: (p) => title(p) },
                {
                  key: 'bookings',
                  header: t('statistics.bookings'),
                  cell: (p) => n(p.bookings),
                  numeric: true,
                },
              ],
              rows: s.topProcedures,
              rowKey: (p) => p.procedureId,
            }}
            csvHref={csvHref('procedures', scope, language)}
          />
          <section className="stats-card" aria-labelledby="stats-heat">
            <h2 className="govgr-heading-m" id="stats-heat">
              {t('statistics.heat')}
            </h2>
            <p className="govgr-body">
              {busiestCell
                ? t('statistics.heat.summary', {
                    weekday: t(
                      `statistics.weekday.${busiestCell.weekday}` as 'statistics.weekday.1',
                    ),
                    hour: String(busiestCell.hour).padStart(2, '0'),
                    count: n(busiestCell.appointments),
                  })
                : t('statistics.empty')}
            </p>
            {busiestCell ? (
              <StatsTable
                caption={t('statistics.heat.caption')}
                columns={[
                  {
                    key: 'weekday',
                    header: t('statistics.hour'),
                    cell: (w: number) => t(`statistics.weekday.${w}` as 'statistics.weekday.1'),
                  },
                  ...hours.map((h) => ({
                    key: String(h),
                    header: `${String(h).padStart(2, '0')}:00`,
                    numeric: true,
                    cell: (w: number) => (
                      <span
                        className={`stats-heat stats-heat-${Math.ceil((heat(w, h) / most) * 4)}`}
                      >
                        {n(heat(w, h))}
                      </span>
                    ),
                  })),
                ]}
                rows={weekdays}
                rowKey={(w) => String(w)}
              />
            ) : null}
            <CsvLink href={csvHref('heat-map', scope, language)} title={t('statistics.heat')} />
          </section>
        </>
      ) : null}
    </>
  )
}
