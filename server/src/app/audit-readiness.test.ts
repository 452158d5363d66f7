import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordAudit, sealAuditChain } from '../modules/audit/index.js'
import { fixedClock } from '../platform/clock.js'
import type { Database } from '../platform/db/client.js'
import { createLogger } from '../platform/logger.js'
import { createTestDatabase } from '../test/database.js'
import { testServerConfig } from '../test/server.js'
import { createServer } from './server.js'

// Issue 12: audited writes commit unsealed and a job chains them; readiness shows how far
// behind that job is and warns when the tail is over a minute old.

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database?.close())

const citizen = {
  kind: 'citizen',
  citizenId: '6f1c1a34-3c8e-4f0e-9d3a-0d2b7b1f0a01',
  sessionId: 's',
} as const

/** Runs SQL with the audit trail's triggers off, as a superuser could. */
async function asSuperuser(statement: string) {
  await database.exec(`
    alter table audit_log disable trigger user;
    ${statement};
    alter table audit_log enable trigger user;
  `)
}

describe('the unsealed tail in /readyz', () => {
  it("issue 12: /readyz shows the unsealed tail's age and warns once it lags more than 60 s", async () => {
    const lines: string[] = []
    const app = await createServer({
      database,
      clock: fixedClock('2027-01-12T08:00:00Z'),
      logger: createLogger('warn', { write: (line: string) => void lines.push(line) }),
      config: testServerConfig(),
    })
    const running = await app.start(0)
    try {
      await sealAuditChain(database.db)
      const readyz = async () =>
        (await (await fetch(`${running.url}/readyz`)).json()) as {
          status: string
          audit: { unsealed: number; oldestUnsealedAgeSeconds: number }
        }
      const late = await recordAudit(database.db, { actor: citizen, action: 'late', entity: 'x' })
      expect((await readyz()).audit.unsealed).toBe(1)
      expect(lines.filter((l) => l.includes('audit chain sealing lags'))).toEqual([])
      // The sealer stopped two minutes ago (as a superuser could date the row back).
      await asSuperuser(
        `update audit_log set written_at = now() - interval '2 minutes' where id = ${late.id}`,
      )
      const lagging = await readyz()
      expect(lagging.status).toBe('ready')
      expect(lagging.audit.oldestUnsealedAgeSeconds).toBeGreaterThanOrEqual(120)
      const warnings = lines.filter((l) => l.includes('audit chain sealing lags'))
      expect(warnings).toHaveLength(1)
      expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40, audit: { unsealed: 1 } })
      await sealAuditChain(database.db)
      expect((await readyz()).audit).toEqual({ unsealed: 0, oldestUnsealedAgeSeconds: 0 })
    } finally {
      await running.stop()
    }
  })
})
