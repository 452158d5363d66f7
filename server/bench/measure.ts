import { spawn } from 'node:child_process'
import type { Clock } from '../src/platform/clock.js'
import type { Db } from '../src/platform/db/client.js'
import {
  availability,
  type AvailabilityInput,
} from '../src/modules/scheduling/scheduling.service.js'

// What the availability benchmarks share: the timing loop, percentiles, and running a bench
// script as a child process (a fresh server-process state: no rules cache, no index).

/** The p-th percentile of some durations, in ms with one decimal. */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return Number(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1),
  )
}

export interface Timing {
  p50_ms: number
  p95_ms: number
  runs: number
  /** Slots offered by the last run (a sanity check that the answer is not empty). */
  slots: number
}

/**
 * Times `runs` availability requests, after 3 unmeasured ones that warm the JIT and the rules
 * cache, each for the scope `kepId()` gives (null: any KEP).
 */
export async function timeAvailability(
  db: Db,
  clock: Clock,
  input: Omit<AvailabilityInput, 'kepId'>,
  runs: number,
  kepId: () => string | null,
): Promise<Timing> {
  const ms: number[] = []
  let slots = 0
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now()
    const { days } = await availability(db, clock, { ...input, kepId: kepId() })
    if (i >= 3) ms.push(performance.now() - start)
    slots = days.reduce((n, d) => n + d.slots.length, 0)
  }
  return { p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95), runs, slots }
}

/**
 * Runs a bench script in a node process of its own (same loader flags as this one) and parses
 * the last line it prints on stdout as JSON; its stderr passes through.
 */
export function runChild<T>(script: string, env: Record<string, string>): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${last}`))
      try {
        resolve(JSON.parse(last) as T)
      } catch {
        reject(new Error(`${script} printed no JSON line: ${last}`))
      }
    })
  })
}

/** An answer's slots, comparable as strings: "2027-01-11T05:30:00.000Z 7" (start, free). */
export function slotsOf(days: { slots: { startsAt: Date; freeEmployees: number }[] }[]): string[] {
  return days.flatMap((d) => d.slots.map((s) => `${s.startsAt.toISOString()} ${s.freeEmployees}`))
}
