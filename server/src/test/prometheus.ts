import { expect } from 'vitest'

export interface ParsedExposition {
  help: Map<string, string>
  type: Map<string, string>
  samples: { name: string; labels: Record<string, string>; value: number }[]
}

/**
 * A strict reader of the Prometheus text format (0.0.4), enough to check ours: every line is a
 * HELP, a TYPE or a sample; every sample belongs to a metric declared before it.
 */
export function parseExposition(text: string): ParsedExposition {
  const help = new Map<string, string>()
  const type = new Map<string, string>()
  const samples: ParsedExposition['samples'] = []
  expect(text.endsWith('\n')).toBe(true)
  for (const line of text.slice(0, -1).split('\n')) {
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line)
    if (meta) {
      const [, kind, name, rest] = meta
      if (kind === 'HELP') help.set(name!, rest!)
      else {
        expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(rest)
        type.set(name!, rest!)
      }
      continue
    }
    const sample =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*)\})? (-?[0-9.e+]+|NaN|\+Inf|-Inf)$/.exec(
        line,
      )
    if (!sample) throw new Error(`not a line of the format: ${line}`)
    const [, name, labelText, value] = sample
    const labels: Record<string, string> = {}
    for (const m of (labelText ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[m[1]!] = m[2]!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\')
    }
    const family = name!.replace(/_(bucket|sum|count)$/, '')
    expect(type.has(name!) || type.get(family) === 'histogram', `${name} has no TYPE`).toBe(true)
    samples.push({ name: name!, labels, value: Number(value === '+Inf' ? Infinity : value) })
  }
  return { help, type, samples }
}
