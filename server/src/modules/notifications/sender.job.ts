import cron from 'node-cron'
import { sendDueEmails, type SenderDeps } from './outbox.service.js'

/**
 * Runs the outbox sender every 15 seconds with node-cron (no overlap within the process; other
 * instances are kept apart by the claim). Each tick drains what is due, batch after batch.
 * Returns a function that stops the schedule and waits for the tick under way.
 */
export function startOutboxSender(
  deps: SenderDeps,
  expression = '*/15 * * * * *',
): () => Promise<void> {
  let running: Promise<void> | undefined
  let stopped = false
  const tick = async () => {
    for (;;) {
      if (stopped) return
      const result = await sendDueEmails(deps)
      if (result.claimed > 0) deps.logger?.info({ job: 'outbox', ...result }, 'emails handled')
      if (result.claimed < (deps.batchSize ?? 50)) return
    }
  }
  const task = cron.schedule(
    expression,
    () => {
      running ??= tick()
        .catch((err: unknown) => deps.logger?.error({ err, job: 'outbox' }, 'outbox tick failed'))
        .finally(() => {
          running = undefined
        })
      return running
    },
    { name: 'outbox', noOverlap: true },
  )
  return async () => {
    stopped = true
    await task.stop()
    await running
    deps.transport.close?.()
  }
}
