import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

// Issue 17 item 2: one chart of the statistics, drawn by Recharts as SVG (presentation
// attributes and CSSOM only: nothing our CSP refuses). Loaded with the statistics page only, so
// no other page, and never the citizen app, carries the library. The chart is an image named by
// its one-sentence summary; its data are in the table the card toggles to.

export interface ChartSeries {
  key: string
  name: string
  color: string
}

export interface UsageChartProps {
  kind: 'bar' | 'line'
  data: readonly Record<string, string | number>[]
  xKey: string
  series: readonly ChartSeries[]
  /** What the chart shows, in one sentence (its accessible name). */
  label: string
}

/** GOV.GR's blue, green, red and dark grey: told apart from each other and on white (WCAG AA). */
export const chartColors = ['#003476', '#00703c', '#b60202', '#383838'] as const

export default function UsageChart({ kind, data, xKey, series, label }: UsageChartProps) {
  const axes = (
    <>
      <CartesianGrid stroke="#d9d9d9" vertical={false} />
      <XAxis dataKey={xKey} tick={{ fontSize: 12 }} />
      <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={48} />
      <Tooltip />
      <Legend />
    </>
  )
  return (
    <figure className="stats-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={280}>
        {kind === 'bar' ? (
          <BarChart data={[...data]} accessibilityLayer={false}>
            {axes}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={s.color}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        ) : (
          <LineChart data={[...data]} accessibilityLayer={false}>
            {axes}
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </figure>
  )
}
