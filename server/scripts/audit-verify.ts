import 'reflect-metadata'
import { openConfiguredDatabase } from '../src/app/bootstrap.js'
import { verifyAuditChain } from '../src/modules/audit/index.js'
import { loadConfig } from '../src/platform/config.js'
import { isMigrated } from '../src/platform/db/migrate.js'

// R7.2: walks the audit trail of the configured database (DATABASE_URL, else PGlite in DATA_DIR)
// and recomputes its hash chain. Exit 0 when intact; exit 1 naming the first bad row. Either way
// it reports the unsealed tail: entries written but not yet chained by the sealing job.
const database = await openConfiguredDatabase(loadConfig())
let exitCode = 0
try {
  const result = (await isMigrated(database).catch(() => false))
    ? await verifyAuditChain(database.db)
    : undefined
  const tail = result
    ? `; unsealed tail: ${result.unsealed} entries, the oldest ${result.oldestUnsealedAgeSeconds} s old`
    : ''
  // Issue 19: once the oldest months are dropped, the walk starts from their checkpoint.
  const start = result?.checkpoint
    ? ` from the checkpoint of ${result.checkpoint.month} (after entry ${result.checkpoint.seq})`
    : ''
  if (!result) {
    process.stderr.write('the database has no audit trail yet: run "pnpm db:migrate" first.\n')
    exitCode = 2
  } else if (result.ok) {
    process.stdout.write(
      `audit trail intact${start}: ${result.checkpoint ? `up to entry ${result.rows}` : `${result.rows} entries`}, last hash ${result.lastHash}${tail} (${database.kind})\n`,
    )
  } else {
    process.stderr.write(
      `audit trail BROKEN at entry ${result.badSeq}: ${result.reason}. ` +
        `The entries before it${start} are intact${tail}.\n`,
    )
    exitCode = 1
  }
} finally {
  await database.close()
}
process.exit(exitCode)
