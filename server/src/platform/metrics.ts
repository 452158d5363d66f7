// The server's metrics in the Prometheus text exposition format (version 0.0.4), written here
// rather than with a library: counters, gauges and histograms with labels are all /metrics needs
// (issue 17 item 7). The names, what they count and how to scrape are in the README, Monitoring.

type Labels = Record<string, string>

/** Label values as the format wants them: backslash, double quote and newline escaped. */
function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
  return parts.length ? `{${parts.join(',')}}` : ''
}

function numberText(n: number): string {
  if (Number.isNaN(n)) return 'NaN'
  if (n === Infinity) return '+Inf'
  if (n === -Infinity) return '-Inf'
  return String(n)
}

const namePattern = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/

interface Metric {
  name: string
  help: string
  type: 'counter' | 'gauge' | 'histogram'
  /** The sample lines, at scrape time. */
  samples(): Promise<string[]> | string[]
}

/**
 * One series per distinct set of label values. A label whose values come from callers (an
 * operation's name) must be bounded by whoever records: see `boundedLabel`.
 */
class Series<T> {
  private readonly byKey = new Map<string, { labels: Labels; value: T }>()
  constructor(private readonly initial: () => T) {}

  get(labels: Labels): T {
    const key = JSON.stringify(labels)
    let entry = this.byKey.get(key)
    if (!entry) {
      entry = { labels, value: this.initial() }
      this.byKey.set(key, entry)
    }
    return entry.value
  }

  set(labels: Labels, value: T) {
    this.byKey.set(JSON.stringify(labels), { labels, value })
  }

  entries() {
    return [...this.byKey.values()]
  }
}

export class Counter {
  private readonly series = new Series<{ n: number }>(() => ({ n: 0 }))
  constructor(readonly name: string) {}

  inc(labels: Labels = {}, by = 1) {
    this.series.get(labels).n += by
  }

  /** The count for these labels (tests). */
  value(labels: Labels = {}): number {
    return this.series.get(labels).n
  }

  samples(): string[] {
    return this.series.entries().map((e) => `${this.name}${labelText(e.labels)} ${e.value.n}`)
  }
}

export class Histogram {
  private readonly series: Series<{ counts: number[]; sum: number; count: number }>
  constructor(
    readonly name: string,
    readonly buckets: readonly number[],
  ) {
    this.series = new Series(() => ({ counts: buckets.map(() => 0), sum: 0, count: 0 }))
  }

  observe(labels: Labels, value: number) {
    const s = this.series.get(labels)
    // each bucket counts the observations ≤ its bound (cumulative, as the format requires)
    this.buckets.forEach((bound, i) => {
      if (value <= bound) s.counts[i]! += 1
    })
    s.sum += value
    s.count += 1
  }

  samples(): string[] {
    return this.series
      .entries()
      .flatMap(({ labels, value }) => [
        ...this.buckets.map(
          (bound, i) =>
            `${this.name}_bucket${labelText({ ...labels, le: numberText(bound) })} ${value.counts[i]}`,
        ),
        `${this.name}_bucket${labelText({ ...labels, le: '+Inf' })} ${value.count}`,
        `${this.name}_sum${labelText(labels)} ${value.sum}`,
        `${this.name}_count${labelText(labels)} ${value.count}`,
      ])
  }
}

/** A gauge read when scraped: the callback answers one value per set of labels. */
export type GaugeReader = () =>
  Promise<{ labels?: Labels; value: number }[]> | { labels?: Labels; value: number }[]

export class MetricsRegistry {
  private readonly metrics: Metric[] = []

  private add(metric: Metric) {
    if (!namePattern.test(metric.name)) throw new Error(`bad metric name ${metric.name}`)
    if (this.metrics.some((m) => m.name === metric.name)) {
      throw new Error(`metric ${metric.name} registered twice`)
    }
    this.metrics.push(metric)
  }

  counter(name: string, help: string): Counter {
    const counter = new Counter(name)
    this.add({ name, help, type: 'counter', samples: () => counter.samples() })
    return counter
  }

  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    const histogram = new Histogram(name, buckets)
    this.add({ name, help, type: 'histogram', samples: () => histogram.samples() })
    return histogram
  }

  /** A gauge whose values are read at scrape time (from the database, from a live count). */
  gauge(name: string, help: string, read: GaugeReader) {
    this.add({
      name,
      help,
      type: 'gauge',
      samples: async () =>
        (await read()).map((s) => `${name}${labelText(s.labels ?? {})} ${numberText(s.value)}`),
    })
  }

  /**
   * The exposition: HELP and TYPE lines, then the samples, per metric. A gauge that cannot be
   * read (the database is down) is left out of this scrape and counted in
   * keplive_metrics_read_errors, so one failure does not hide the rest.
   */
  async expose(): Promise<string> {
    const out: string[] = []
    let readErrors = 0
    for (const metric of this.metrics) {
      let samples: string[]
      try {
        samples = await metric.samples()
      } catch {
        readErrors += 1
        continue
      }
      out.push(`# HELP ${metric.name} ${metric.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`)
      out.push(`# TYPE ${metric.name} ${metric.type}`)
      out.push(...samples)
    }
    out.push('# HELP keplive_metrics_read_errors Gauges that could not be read in this scrape.')
    out.push('# TYPE keplive_metrics_read_errors gauge')
    out.push(`keplive_metrics_read_errors ${readErrors}`)
    return `${out.join('\n')}\n`
  }
}

/**
 * A label value from callers, bounded: the first `limit` distinct values are kept, any later
 * one becomes "other", and a value that is not a plain name is "other" too — so a client
 * sending random operation names cannot grow the series without end.
 */
export function boundedLabel(limit: number) {
  const seen = new Set<string>()
  return (value: string | undefined | null, fallback: string): string => {
    if (!value) return fallback
    if (seen.has(value)) return value
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value) || seen.size >= limit) return 'other'
    seen.add(value)
    return value
  }
}

/** Content type of the exposition. */
export const metricsContentType = 'text/plain; version=0.0.4; charset=utf-8'
