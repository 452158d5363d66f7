import { randomUUID } from 'node:crypto'
import { createInProcessPubSub, type PubSub } from './pubsub.js'

/**
 * PostgreSQL's LISTEN/NOTIFY as the database drivers offer it: what the several-instance
 * pub/sub needs of a database.
 */
export interface NotifyChannel {
  /** Resolves once LISTEN is in effect; the function it gives stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>
  notify(channel: string, payload: string): Promise<void>
  /** False from the moment the listening connection is lost until it LISTENs again. */
  isListening(): boolean
}

/** The one channel every instance listens on; each message names its topic. */
export const pubsubChannel = 'keplive_pubsub'

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more: larger messages go in parts. */
const maxPayloadBytes = 7900
const partBytes = 5600 // base64 makes 7468 characters of it, with room for the envelope
/** A message whose parts have not all come within this long is dropped. */
const partsTimeoutMs = 30_000

type Envelope =
  | { t: string; p: unknown }
  // one part of a large message: id, index, count, base64 of the UTF-8 bytes of its JSON
  | { m: string; i: number; n: number; d: string }

export interface NotifyPubSubOptions {
  /** Told about a publish that failed or a message that could not be read (never its content). */
  onError?: (err: unknown) => void
}

/**
 * Pub/sub across server instances: each publish is a NOTIFY on one channel; each instance
 * LISTENs once and hands every message to its own subscribers of the message's topic. An
 * instance hears its own messages the same way, so every subscriber, here or elsewhere, sees
 * one order: the order the NOTIFYs committed. This instance's NOTIFYs are sent one after the
 * other, so its messages keep the order they were published in.
 */
export async function createNotifyPubSub(
  channel: NotifyChannel,
  options: NotifyPubSubOptions = {},
): Promise<
  PubSub & { listenerCount(topic: string): number; isListening(): boolean; close(): Promise<void> }
> {
  const local = createInProcessPubSub()
  const onError = options.onError ?? (() => {})
  const partial = new Map<string, { parts: string[]; received: number; since: number }>()

  const deliver = (json: string) => {
    const { t, p } = JSON.parse(json) as { t: string; p: unknown }
    local.publish(t, p)
  }
  const onPayload = (payload: string) => {
    try {
      const envelope = JSON.parse(payload) as Envelope
      if ('t' in envelope) {
        local.publish(envelope.t, envelope.p)
        return
      }
      const now = Date.now()
      for (const [id, entry] of partial) {
        if (now - entry.since > partsTimeoutMs) partial.delete(id)
      }
      let entry = partial.get(envelope.m)
      if (!entry) {
        entry = { parts: new Array<string>(envelope.n).fill(''), received: 0, since: now }
        partial.set(envelope.m, entry)
      }
      if (entry.parts[envelope.i] === '') entry.received += 1
      entry.parts[envelope.i] = envelope.d
      if (entry.received === envelope.n) {
        partial.delete(envelope.m)
        deliver(Buffer.concat(entry.parts.map((d) => Buffer.from(d, 'base64'))).toString('utf8'))
      }
    } catch (err) {
      onError(err)
    }
  }
  const unlisten = await channel.listen(pubsubChannel, onPayload)

  // NOTIFYs one at a time: the next is sent once the previous has committed.
  let queue: Promise<void> = Promise.resolve()
  let closed = false
  const send = (payload: string) => {
    queue = queue.then(() => channel.notify(pubsubChannel, payload)).catch(onError)
  }

  return {
    publish(topic, payload) {
      if (closed) return
      const json = JSON.stringify({ t: topic, p: payload })
      const bytes = Buffer.from(json, 'utf8')
      if (bytes.length <= maxPayloadBytes) {
        send(json)
        return
      }
      const id = randomUUID()
      const n = Math.ceil(bytes.length / partBytes)
      for (let i = 0; i < n; i++) {
        const d = bytes.subarray(i * partBytes, (i + 1) * partBytes).toString('base64')
        send(JSON.stringify({ m: id, i, n, d }))
      }
    },
    subscribe: (topic) => local.subscribe(topic),
    listenerCount: (topic) => local.listenerCount(topic),
    // Readiness: while not listening, messages of other instances (and our own) are lost.
    isListening: () => !closed && channel.isListening(),
    async close() {
      closed = true
      await queue
      // a database already closed has stopped listening with its connection: nothing to undo
      await unlisten().catch(() => undefined)
    },
  }
}
