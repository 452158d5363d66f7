import type { Clock } from '../platform/clock.js'
import type { Db } from '../platform/db/client.js'
import type { Logger } from '../platform/logger.js'
import { applyDueMoves } from '../modules/administration/index.js'
import { auditRetention, sealAuditChain } from '../modules/audit/index.js'
import {
  deleteExpiredDocuments,
  forgetInactiveCitizens,
  pseudonymiseOldBookings,
} from '../modules/bookings/index.js'
import { deleteOldInvitations, markMissedCalls } from '../modules/calls/index.js'
import { deleteEndedSessions } from '../modules/identity/index.js'
import { deleteOldEmails, enqueueMorningSummaries } from '../modules/notifications/index.js'
import { releaseExpiredHolds } from '../modules/scheduling/index.js'
import { refreshCapacity } from '../modules/statistics/index.js'

interface Job {
  name: string
  everyMs: number
  /** No 'job done' line for each run (a frequent job). */
  quiet?: boolean
  run(db: Db, clock: Clock): Promise<number>
}

/** Periodic housekeeping. Each job is safe to run on several instances at once. */
const jobs: Job[] = [
  // R2.2 e: documents go after their retention period; unattached uploads after a day
  { name: 'delete expired documents', everyMs: 15 * 60_000, run: deleteExpiredDocuments },
  // Issue 7: a slot that ended with the citizen never joining is a no-show
  { name: 'mark missed calls', everyMs: 5 * 60_000, run: markMissedCalls },
  // Issue 12: audited writes commit unsealed; this chains them, one sealer across instances
  { name: 'seal the audit chain', everyMs: 1_000, quiet: true, run: (db) => sealAuditChain(db) },
  // Issue 19 item 1: audit partitions made months ahead; months past the retention dropped,
  // each after its checkpoint is sealed into the chain (one instance at a time, by a lock)
  { name: 'audit retention', everyMs: 60 * 60_000, run: auditRetention },
  // Issue 12: the KEPs' available minutes for statistics, recomputed when their inputs changed
  { name: "refresh the KEPs' capacity", everyMs: 60_000, run: refreshCapacity },
  // Issue 13 item 4: a move planned for a later date is made on its day (logins read the KEP)
  { name: 'apply due moves', everyMs: 60_000, run: applyDueMoves },
  // Issue 14 item 4: from 07:00 (Athens) each opted-in employee's day, one email per day
  { name: 'morning summaries', everyMs: 5 * 60_000, run: enqueueMorningSummaries },
  // Issue 16 item 1: holds whose time ran out (already free to availability and reserve) let go
  {
    name: 'release expired holds',
    everyMs: 30_000,
    quiet: true,
    run: (db, clock) => releaseExpiredHolds(db, clock.now()),
  },
  // Issue 19 item 1: personal data kept only as long as needed (README "Personal data")
  { name: 'delete ended sessions', everyMs: 15 * 60_000, run: deleteEndedSessions },
  {
    name: 'delete old invitations and join links',
    everyMs: 60 * 60_000,
    run: deleteOldInvitations,
  },
  { name: 'delete old emails', everyMs: 60 * 60_000, run: deleteOldEmails },
  { name: 'pseudonymise old bookings', everyMs: 60 * 60_000, run: pseudonymiseOldBookings },
  { name: 'forget inactive citizens', everyMs: 60 * 60_000, run: forgetInactiveCitizens },
]

/** Starts the jobs (each once now, then on its interval); returns a function that stops them. */
export function startJobs(deps: { db: Db; clock: Clock; logger: Logger }): () => Promise<void> {
  const running = new Set<Promise<unknown>>()
  const timers = jobs.map((job) => {
    let busy = false
    const tick = () => {
      // A run slower than the interval is not overlapped by the next one.
      if (busy) return
      busy = true
      const run = job
        .run(deps.db, deps.clock)
        .then((count) => {
          if (count > 0 && !job.quiet) deps.logger.info({ job: job.name, count }, 'job done')
        })
        .catch((err: unknown) => deps.logger.error({ err, job: job.name }, 'job failed'))
        .finally(() => {
          busy = false
          running.delete(run)
        })
      running.add(run)
    }
    tick()
    const timer = setInterval(tick, job.everyMs)
    timer.unref()
    return timer
  })
  return async () => {
    for (const timer of timers) clearInterval(timer)
    await Promise.all(running)
  }
}
