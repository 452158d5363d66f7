import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { mustLogIn, staffOnly } from './calls.errors.js'
import {
  topics,
  type CallEventMessage,
  type CallSignalMessage,
  type KepCallMessage,
} from './calls.events.js'
import {
  authenticateParticipant,
  checkReplayArgs,
  maxSignalsPerPage,
  signalsAfter,
  type CallServices,
  type SignalPage,
} from './calls.service.js'

/**
 * An iterator that yields `first`, then the pages `more` brings (called whenever the queue is
 * empty, until it returns none), then what `live` brings, keeping only what `keep` accepts, and
 * finishing after an item `last` marks. Its return() ends `live` at once, even while a next()
 * waits (an async generator would wait for that next() first, and leak the listener).
 */
export function replayThenLive<T>(
  live: AsyncIterableIterator<T>,
  first: T[],
  keep: (item: T) => boolean,
  last: (item: T) => boolean = () => false,
  more?: () => Promise<T[]>,
): AsyncIterableIterator<T> {
  const queued = [...first]
  let replaying = more !== undefined
  let finished = false
  const finish = async (): Promise<IteratorResult<T>> => {
    finished = true
    await live.return?.()
    return { value: undefined, done: true }
  }
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      while (!finished) {
        let item: T
        if (queued.length === 0 && replaying) {
          const page = await more!()
          if (page.length === 0) replaying = false
          queued.push(...page)
          continue
        }
        if (queued.length > 0) {
          item = queued.shift()!
        } else {
          const result = await live.next()
          if (result.done) return finish()
          item = result.value
        }
        if (finished) break
        if (!keep(item)) continue
        if (last(item)) await finish()
        return { value: item, done: false }
      }
      return { value: undefined, done: true }
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return iterator
    },
  }
  return iterator
}

/**
 * Signals addressed to this page, for an admitted participant. With `afterSeq` (the last seq the
 * page saw), its whole mailbox after it comes first, page by page, newest included (read once
 * the live feed listens, so nothing falls between the two); each seq is delivered once.
 * @throws VALIDATION_FAILED (a negative afterSeq), as authenticateParticipant (admitted only)
 */
export async function subscribeSignals(
  db: Db,
  actor: Actor,
  services: CallServices,
  args: { callId: string; participantToken: string; afterSeq?: number | null },
): Promise<AsyncIterableIterator<CallSignalMessage>> {
  const replay = args.afterSeq !== null && args.afterSeq !== undefined
  if (replay) checkReplayArgs(args.afterSeq!, maxSignalsPerPage)
  const { participant } = await authenticateParticipant(
    db,
    actor,
    args.callId,
    args.participantToken,
    { admitted: true },
  )
  const live = services.pubsub.subscribe<CallSignalMessage>(topics.signalsTo(participant.id))
  let page: SignalPage = { signals: [], hasMore: false }
  try {
    if (replay) page = await signalsAfter(db, args.callId, participant.id, args.afterSeq!)
  } catch (err) {
    await live.return?.()
    throw err
  }
  let cursor = page.signals.at(-1)?.seq ?? args.afterSeq ?? 0
  let hasMore = page.hasMore
  const nextPage = async () => {
    if (!hasMore) return []
    const next = await signalsAfter(db, args.callId, participant.id, cursor)
    hasMore = next.hasMore
    cursor = next.signals.at(-1)?.seq ?? cursor
    return next.signals
  }
  const seen = new Set<number>()
  return replayThenLive(
    live,
    page.signals,
    (s) => {
      if (seen.has(s.seq)) return false
      seen.add(s.seq)
      return true
    },
    undefined,
    nextPage,
  )
}

/**
 * What happens in the call, for any participant — a waiting citizen too (to learn they were
 * let in): first the call's current state (STATE), then each change. Ends after this
 * participant's LEFT, or when the call ends.
 * @throws as authenticateParticipant
 */
export async function subscribeEvents(
  db: Db,
  clock: Clock,
  actor: Actor,
  services: CallServices,
  args: { callId: string; participantToken: string },
): Promise<AsyncIterableIterator<CallEventMessage>> {
  const { participant } = await authenticateParticipant(
    db,
    actor,
    args.callId,
    args.participantToken,
    { admitted: false },
  )
  const live = services.pubsub.subscribe<CallEventMessage>(topics.callEvents(args.callId))
  // The call as it is now comes first: graphql-ws has no replay, so a page that subscribes late
  // or resubscribes after a dropped socket would otherwise miss what happened meanwhile (a
  // missed ADMITTED would leave a citizen in the waiting room).
  const state: CallEventMessage = {
    type: 'state',
    callId: args.callId,
    participantId: participant.id,
    at: clock.now().toISOString(),
  }
  return replayThenLive(
    live,
    [state],
    () => true,
    (e) =>
      e.type === 'ended' ||
      e.type === 'no_show' ||
      (e.type === 'left' && e.participantId === participant.id),
  )
}

/** Every change of a call of the employee's KEP, for the console's "who is waiting". */
export function subscribeKepCalls(
  actor: Actor,
  services: CallServices,
): AsyncIterableIterator<KepCallMessage> {
  if (actor.kind === 'anonymous') throw mustLogIn()
  if (actor.kind !== 'employee') throw staffOnly()
  return services.pubsub.subscribe<KepCallMessage>(topics.kepCalls(actor.kepId))
}
