import { describe, expect, it } from 'vitest'
import { createInProcessPubSub } from './pubsub.js'

describe('in-process pub/sub', () => {
  it('delivers what is published after subscribing, in order, to every subscriber of the topic', async () => {
    const pubsub = createInProcessPubSub()
    pubsub.publish('t', 0)
    const a = pubsub.subscribe<number>('t')
    const b = pubsub.subscribe<number>('t')
    const other = pubsub.subscribe<number>('u')
    pubsub.publish('t', 1)
    pubsub.publish('t', 2)
    expect(await a.next()).toEqual({ value: 1, done: false })
    expect(await a.next()).toEqual({ value: 2, done: false })
    expect(await b.next()).toEqual({ value: 1, done: false })
    const pending = other.next()
    pubsub.publish('u', 9)
    expect(await pending).toEqual({ value: 9, done: false })
  })

  it('removes the listener on return(), even while a next() is waiting, and ends that next()', async () => {
    const pubsub = createInProcessPubSub()
    const it1 = pubsub.subscribe<number>('t')
    const waiting = it1.next()
    expect(pubsub.listenerCount('t')).toBe(1)
    await it1.return!()
    expect(await waiting).toEqual({ value: undefined, done: true })
    expect(pubsub.listenerCount('t')).toBe(0)
    pubsub.publish('t', 1)
    expect(await it1.next()).toEqual({ value: undefined, done: true })
  })

  it('removes the listener when a for-await loop breaks', async () => {
    const pubsub = createInProcessPubSub()
    const seen: number[] = []
    const loop = (async () => {
      for await (const n of pubsub.subscribe<number>('t')) {
        seen.push(n)
        if (n === 2) break
      }
    })()
    pubsub.publish('t', 1)
    pubsub.publish('t', 2)
    pubsub.publish('t', 3)
    await loop
    expect(seen).toEqual([1, 2])
    expect(pubsub.listenerCount('t')).toBe(0)
  })
})
