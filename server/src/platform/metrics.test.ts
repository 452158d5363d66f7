import { describe, expect, it } from 'vitest'
import { parseExposition } from '../test/prometheus.js'
import { boundedLabel, MetricsRegistry } from './metrics.js'

describe('the Prometheus exposition (issue 17 item 7)', () => {
  it('writes HELP and TYPE lines, then samples with escaped labels', async () => {
    const registry = new MetricsRegistry()
    const requests = registry.counter('t_requests_total', 'Requests.')
    requests.inc({ route: '/a', status: '200' })
    requests.inc({ route: '/a', status: '200' }, 2)
    requests.inc({ route: 'say "hi"\\\n', status: '500' })
    registry.gauge('t_open', 'Open things.', () => [{ labels: { kind: 'x' }, value: 7 }])
    const parsed = parseExposition(await registry.expose())
    expect(parsed.type.get('t_requests_total')).toBe('counter')
    expect(parsed.help.get('t_requests_total')).toBe('Requests.')
    expect(parsed.type.get('t_open')).toBe('gauge')
    expect(parsed.samples).toContainEqual({
      name: 't_requests_total',
      labels: { route: '/a', status: '200' },
      value: 3,
    })
    expect(parsed.samples).toContainEqual({
      name: 't_requests_total',
      labels: { route: 'say "hi"\\\n', status: '500' },
      value: 1,
    })
    expect(parsed.samples).toContainEqual({ name: 't_open', labels: { kind: 'x' }, value: 7 })
  })

  it('writes cumulative histogram buckets, +Inf, sum and count', async () => {
    const registry = new MetricsRegistry()
    const h = registry.histogram('t_seconds', 'Latency.', [0.1, 1])
    for (const v of [0.05, 0.5, 0.5, 3]) h.observe({ op: 'q' }, v)
    const { samples } = parseExposition(await registry.expose())
    const bucket = (le: string) =>
      samples.find((s) => s.name === 't_seconds_bucket' && s.labels.le === le)?.value
    expect([bucket('0.1'), bucket('1'), bucket('+Inf')]).toEqual([1, 3, 4])
    expect(samples.find((s) => s.name === 't_seconds_count')?.value).toBe(4)
    expect(samples.find((s) => s.name === 't_seconds_sum')?.value).toBeCloseTo(4.05)
  })

  it('leaves out a gauge that cannot be read and says so, keeping the rest', async () => {
    const registry = new MetricsRegistry()
    registry.gauge('t_broken', 'Fails.', () => {
      throw new Error('database down')
    })
    registry.counter('t_ok_total', 'Fine.').inc()
    const parsed = parseExposition(await registry.expose())
    expect(parsed.type.has('t_broken')).toBe(false)
    expect(parsed.samples).toContainEqual({ name: 't_ok_total', labels: {}, value: 1 })
    expect(parsed.samples).toContainEqual({
      name: 'keplive_metrics_read_errors',
      labels: {},
      value: 1,
    })
  })

  it('refuses a bad or repeated metric name', () => {
    const registry = new MetricsRegistry()
    expect(() => registry.counter('bad-name', 'x')).toThrow()
    registry.counter('t_once_total', 'x')
    expect(() => registry.counter('t_once_total', 'x')).toThrow()
  })

  it('bounds the values a caller can put in a label', () => {
    const label = boundedLabel(2)
    expect(label(undefined, 'anonymous')).toBe('anonymous')
    expect(label('A', 'anonymous')).toBe('A')
    expect(label('B', 'anonymous')).toBe('B')
    expect(label('C', 'anonymous')).toBe('other')
    expect(label('A', 'anonymous')).toBe('A')
    expect(boundedLabel(10)('no spaces allowed', 'x')).toBe('other')
    expect(boundedLabel(10)('x'.repeat(65), 'x')).toBe('other')
  })
})
