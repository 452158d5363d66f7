/**
 * Publish/subscribe for GraphQL subscriptions. One interface, so the in-process implementation
 * (one server) can give way to PostgreSQL LISTEN/NOTIFY (several instances) without touching a
 * caller. Payloads must be JSON-serialisable: that is what crosses processes in the upgrade.
 */
export interface PubSub {
  publish(topic: string, payload: unknown): void
  /**
   * Messages published to `topic` from now on, in publication order. Ending the iteration
   * (`return()`, or `break` in `for await`) removes the listener at once.
   */
  subscribe<T>(topic: string): AsyncIterableIterator<T>
}

/** Messages kept for a slow subscriber before it is cut off, so one stuck socket cannot grow memory. */
const maxQueued = 1000

/** The one-process implementation: a set of listeners per topic. */
export function createInProcessPubSub(): PubSub & { listenerCount(topic: string): number } {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()

  return {
    publish(topic, payload) {
      for (const listener of listeners.get(topic) ?? []) listener(payload)
    },
    listenerCount: (topic) => listeners.get(topic)?.size ?? 0,
    subscribe<T>(topic: string): AsyncIterableIterator<T> {
      const queue: T[] = []
      let waiting: ((result: IteratorResult<T>) => void) | undefined
      let done = false
      const listener = (payload: unknown) => {
        if (done) return
        if (waiting) {
          const resolve = waiting
          waiting = undefined
          resolve({ value: payload as T, done: false })
          return
        }
        queue.push(payload as T)
        if (queue.length > maxQueued) void finish()
      }
      let set = listeners.get(topic)
      if (!set) listeners.set(topic, (set = new Set()))
      set.add(listener)

      const finish = async (): Promise<IteratorResult<T>> => {
        if (!done) {
          done = true
          queue.length = 0
          const current = listeners.get(topic)
          current?.delete(listener)
          if (current?.size === 0) listeners.delete(topic)
          waiting?.({ value: undefined, done: true })
          waiting = undefined
        }
        return { value: undefined, done: true }
      }

      const iterator: AsyncIterableIterator<T> = {
        next() {
          if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false })
          if (done) return Promise.resolve({ value: undefined, done: true })
          return new Promise((resolve) => {
            waiting = resolve
          })
        },
        return: finish,
        throw: async (err: unknown) => {
          await finish()
          throw err
        },
        [Symbol.asyncIterator]() {
          return iterator
        },
      }
      return iterator
    },
  }
}
