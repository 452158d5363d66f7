import postgres from 'postgres'
import type { NotifyChannel } from '../notify-pubsub.js'

/** How often LISTEN is tried again while the database does not answer. */
const retryMs = 250

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * LISTEN/NOTIFY on PostgreSQL: NOTIFY through the pool, LISTEN on a connection of its own.
 * postgres.js's own listen() LISTENs again after a reconnect, but only when its backoff lets it
 * reconnect (up to 20 s after a database restart) and without saying whether it is listening.
 * Here, a lost connection is known at once (isListening() false), LISTEN is tried again every
 * 250 ms until the database answers, and isListening() is true again only once it has.
 */
export function postgresNotifications(
  url: string,
  pool: postgres.Sql,
): NotifyChannel & { end(): Promise<void> } {
  const channels = new Map<string, Set<(payload: string) => void>>()
  let connection: postgres.Sql | undefined
  let listening = true
  let ended = false
  // Each loss of the connection, so a LISTEN that succeeded before a newer loss is not trusted.
  let losses = 0
  let relistening: Promise<void> | undefined

  const listenAll = async () => {
    for (;;) {
      if (ended) return
      const loss = losses
      try {
        for (const name of channels.keys()) await connect().unsafe(`listen ${quoted(name)}`)
        if (loss === losses) {
          listening = true
          return
        }
      } catch {
        await pause(retryMs)
      }
    }
  }
  const relisten = () =>
    (relistening ??= listenAll().finally(() => {
      relistening = undefined
    }))

  function connect(): postgres.Sql {
    connection ??= postgres(url, {
      // postgres.js hands notifications to this option (its listen() uses it too); its typings
      // leave it out.
      ...({
        onnotify: (channel: string, payload: string) => {
          for (const onPayload of channels.get(channel) ?? []) onPayload(payload)
        },
      } as object),
      max: 1,
      idle_timeout: undefined,
      max_lifetime: null,
      fetch_types: false,
      onnotice: () => {},
      // Reconnect attempts every 250 ms, not postgres.js's growing backoff.
      backoff: () => retryMs / 1000,
      connection: { application_name: 'keplive-listen' },
      onclose: () => {
        if (ended || channels.size === 0) return
        losses += 1
        listening = false
        void relisten()
      },
    })
    return connection
  }

  return {
    async listen(channel, onPayload) {
      let listeners = channels.get(channel)
      if (!listeners) {
        listeners = new Set()
        channels.set(channel, listeners)
        try {
          await connect().unsafe(`listen ${quoted(channel)}`)
        } catch (err) {
          channels.delete(channel)
          throw err
        }
      }
      listeners.add(onPayload)
      return async () => {
        const current = channels.get(channel)
        if (!current?.delete(onPayload) || current.size > 0) return
        channels.delete(channel)
        await connection?.unsafe(`unlisten ${quoted(channel)}`)
      }
    },
    async notify(channel, payload) {
      await pool.notify(channel, payload)
    },
    isListening: () => listening,
    async end() {
      ended = true
      await connection?.end({ timeout: 5 })
    },
  }
}
