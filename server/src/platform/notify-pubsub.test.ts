import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../test/database.js'
import { openDatabase, type Database } from './db/client.js'
import { createNotifyPubSub } from './notify-pubsub.js'

// Two server instances share calls through the database (PostgreSQL LISTEN/NOTIFY; the same on
// PGlite, where both instances are in this process). Each test's instances are real: on
// PostgreSQL, each has its own connection pool and its own listening connection.

let database: Database
let second: Database

beforeAll(async () => {
  database = await createTestDatabase()
  second = database.url ? await openDatabase({ url: database.url, maxConnections: 2 }) : database
})
afterAll(async () => {
  if (second !== database) await second.close()
  await database?.close()
})

async function next<T>(iterator: AsyncIterator<T>, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('nothing arrived')), ms)
  })
  try {
    const result = await Promise.race([iterator.next(), timeout])
    if (result.done) throw new Error('the subscription ended')
    return result.value
  } finally {
    clearTimeout(timer)
  }
}

describe('pub/sub across instances (LISTEN/NOTIFY)', () => {
  it('R2.7 delivers what one instance publishes to the subscribers of both, in publication order', async () => {
    const a = await createNotifyPubSub(database.notifications)
    const b = await createNotifyPubSub(second.notifications)
    try {
      const onA = a.subscribe<{ n: number }>('call:1')
      const onB = b.subscribe<{ n: number }>('call:1')
      const elsewhere = b.subscribe<{ n: number }>('call:2')
      for (let n = 0; n < 50; n++) a.publish('call:1', { n })
      b.publish('call:2', { n: -1 })
      const seenA: number[] = []
      const seenB: number[] = []
      for (let i = 0; i < 50; i++) {
        seenA.push((await next(onA)).n)
        seenB.push((await next(onB)).n)
      }
      const expected = Array.from({ length: 50 }, (_, n) => n)
      expect(seenA).toEqual(expected)
      expect(seenB).toEqual(expected)
      expect(await next(elsewhere)).toEqual({ n: -1 })
    } finally {
      await a.close()
      await b.close()
    }
  })

  it('carries a message larger than a NOTIFY allows (a 16 kB signal) whole, among small ones', async () => {
    const a = await createNotifyPubSub(database.notifications)
    const b = await createNotifyPubSub(second.notifications)
    try {
      const onB = b.subscribe<{ sdp: string } | { n: number }>('signals:x')
      const sdp = `v=0 ΚΕΠ 📞 ${'a=candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host\n'.repeat(300)}`
      expect(Buffer.byteLength(sdp)).toBeGreaterThan(16_000)
      a.publish('signals:x', { n: 1 })
      a.publish('signals:x', { sdp })
      b.publish('signals:x', { n: 2 })
      const received = [await next(onB), await next(onB), await next(onB)]
      expect(received).toContainEqual({ sdp })
      expect(received).toContainEqual({ n: 1 })
      expect(received).toContainEqual({ n: 2 })
      // a's own messages keep their order
      const fromA = received.filter((m) => !('n' in m) || m.n === 1)
      expect(fromA).toEqual([{ n: 1 }, { sdp }])
    } finally {
      await a.close()
      await b.close()
    }
  })

  it('stops delivering to an instance once it is closed, and a subscriber that returns is removed', async () => {
    const a = await createNotifyPubSub(database.notifications)
    const b = await createNotifyPubSub(second.notifications)
    const onB = b.subscribe<number>('t')
    expect(b.listenerCount('t')).toBe(1)
    await onB.return!()
    expect(b.listenerCount('t')).toBe(0)
    const onA = a.subscribe<number>('t')
    await b.close()
    b.publish('t', 1) // a closed instance's publish goes nowhere, quietly
    a.publish('t', 2)
    expect(await next(onA)).toBe(2)
    await a.close()
  })
})
