import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { runningExports } from './exports.table.js'

/** An export still "running" after this long crashed with its instance: another may start. */
export const staleExportMinutes = 30

export const exportAlreadyRunning = () =>
  new DomainError(
    'CONFLICT',
    {
      el: 'Μια άλλη εξαγωγή σας εκτελείται ήδη. Περιμένετε να ολοκληρωθεί και δοκιμάστε ξανά.',
      en: 'Another export of yours is still running. Wait for it to finish, then try again.',
    },
    { reason: 'export_running' },
  )

/**
 * Claims the administrator's one export slot, in one statement (so two requests at once cannot
 * both win): a new row, or a stale one taken over.
 * @returns the token that releases it.
 * @throws CONFLICT (export_running) while another export of theirs runs.
 */
export async function claimExportSlot(
  db: Db,
  clock: Clock,
  administratorId: string,
  kind: string,
): Promise<string> {
  const token = randomUUID()
  const now = clock.now()
  const staleBefore = new Date(now.getTime() - staleExportMinutes * 60_000)
  const claimed = await db
    .insert(runningExports)
    .values({ administratorId, token, kind, startedAt: now })
    .onConflictDoUpdate({
      target: runningExports.administratorId,
      set: { token, kind, startedAt: now },
      setWhere: sql`${runningExports.startedAt} < ${staleBefore.toISOString()}::timestamptz`,
    })
    .returning({ token: runningExports.token })
  if (claimed[0]?.token !== token) throw exportAlreadyRunning()
  return token
}

/** Gives the slot back; a slot taken over meanwhile (token changed) is left to its new owner. */
export async function releaseExportSlot(
  db: Db,
  administratorId: string,
  token: string,
): Promise<void> {
  await db
    .delete(runningExports)
    .where(
      and(eq(runningExports.administratorId, administratorId), eq(runningExports.token, token)),
    )
}
