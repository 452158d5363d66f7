/**
 * The rows of a keyset-paged read, a page at a time: memory holds one page whatever the total
 * (a year's 200,000 bookings). `page(after)` answers the rows after the cursor and the cursor of
 * its last row, or null at the end.
 */
export async function* pagedRows<Row>(
  page: (after: string | null) => Promise<{ rows: readonly Row[]; next: string | null }>,
): AsyncGenerator<Row> {
  let after: string | null = null
  for (;;) {
    const { rows, next } = await page(after)
    yield* rows
    if (next === null || rows.length === 0) return
    after = next
  }
}
