import type { Db } from './client.js'

/** Rows a retention job handles per statement: short transactions, short row locks. */
export const retentionBatchSize = 500

/**
 * Runs `batch` in a transaction of its own, again and again, until a run handles fewer than
 * `size` rows; returns the total. Each batch claims its rows with FOR UPDATE SKIP LOCKED, so a
 * second instance running the same job at once takes other rows (or none), never the same.
 */
export async function inBatches(
  db: Db,
  batch: (tx: Db, size: number) => Promise<number>,
  size = retentionBatchSize,
): Promise<number> {
  let total = 0
  for (;;) {
    const handled = await db.transaction((tx) => batch(tx, size))
    total += handled
    if (handled < size) return total
  }
}
