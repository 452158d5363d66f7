import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../platform/db/client.js'
import { runMigrations } from '../platform/db/migrate.js'
import { createNotifyPubSub, pubsubChannel } from '../platform/notify-pubsub.js'
import { startTestServer, type TestServer } from '../test/server.js'
import {
  canRunThrowawayPostgres,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../test/throwaway-postgres.js'

// Issue 11 defect 12: after a database restart /readyz said ready while the pub/sub listener
// had not LISTENed again (calls' live updates resumed ~15 s later). Readiness now follows the
// listener, which LISTENs again as soon as the database answers. On a PostgreSQL cluster of the
// test's own: the machine's shared server is never restarted.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(!(await canRunThrowawayPostgres()))(
  'issue 11 defect 12: readiness follows the pub/sub listener across a database restart',
  () => {
    let cluster: ThrowawayPostgres
    let database: Database
    let publisher: Database
    let server: TestServer

    beforeAll(async () => {
      cluster = await startThrowawayPostgres()
      database = await openDatabase({ url: cluster.url })
      await runMigrations(database)
      publisher = await openDatabase({ url: cluster.url, maxConnections: 1 })
      server = await startTestServer(database)
    }, 120_000)
    afterAll(async () => {
      await server?.stop()
      await publisher?.close()
      await database?.close()
      await cluster?.destroy()
    })

    const readyz = async () => {
      const res = await fetch(`${server.url}/readyz`)
      const body = (await res.json()) as { reason?: string }
      return { status: res.status, reason: body.reason }
    }
    /** A NOTIFY from another instance; retried while its own connection is being replaced. */
    const publish = async (payload: unknown) => {
      for (;;) {
        try {
          await publisher.notifications.notify(
            pubsubChannel,
            JSON.stringify({ t: 't', p: payload }),
          )
          return
        } catch {
          await pause(100)
        }
      }
    }

    it('503 from the restart until the listener LISTENs again, then 200; a published message then arrives at once', async ({
      annotate,
    }) => {
      // The server's listening connection, as its own pub/sub uses it.
      const pubsub = await createNotifyPubSub(database.notifications)
      const messages = pubsub.subscribe<{ n: number }>('t')
      try {
        expect(await readyz()).toMatchObject({ status: 200 })
        await publish({ n: 1 })
        expect((await messages.next()).value).toEqual({ n: 1 })

        await cluster.stop()
        while ((await readyz()).status !== 503) await pause(50)
        expect(pubsub.isListening()).toBe(false)

        await cluster.start()
        const started = performance.now()
        const reasons = new Set<string>()
        for (;;) {
          const answer = await readyz()
          if (answer.status === 200) break
          expect(answer.status).toBe(503)
          reasons.add(answer.reason ?? '')
          await pause(50)
        }
        const readyAfter = performance.now() - started
        expect(pubsub.isListening()).toBe(true)
        expect(
          [...reasons].every((r) => /pub\/sub not listening|database unreachable/.test(r)),
        ).toBe(true)

        // Ready means listening: the first message published after it arrives.
        await publish({ n: 2 })
        expect((await messages.next()).value).toEqual({ n: 2 })
        await annotate(
          `ready ${Math.round(readyAfter)} ms after the database accepted connections again; ` +
            `reasons seen meanwhile: ${[...reasons].join(', ') || 'none'}`,
        )
      } finally {
        await messages.return?.()
        await pubsub.close()
      }
    }, 120_000)
  },
)
