import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoGraphQLErrors } from '../../test/server.js'
import { issueJoinToken, joinTokenInfo } from '../notifications/index.js'
import { settings } from '../settings/index.js'
import { callWorld, codeOf, join, JOIN, type CallWorld } from './call-test-kit.js'
import { callWindowRule } from './call-window.js'

// Issue 11 defect 9: one join window, read from the settings by the server; the call, the join
// link, the invitation and the apps (Booking.callOpensAt / callClosesAt) all follow it.

let w: CallWorld
beforeAll(async () => {
  w = await callWorld()
})
afterAll(async () => {
  await w?.close()
})

const WINDOW = `query ($id: ID!) { booking(id: $id) { callOpensAt callClosesAt } }`
const minutes = (n: number) => n * 60_000

async function setSetting(key: string, value: number) {
  await w.database.db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
}

describe('the join window (R2.7, issue 11 defect 9)', () => {
  it('issue 11 defect 9: by default 15 minutes before the start to 30 after the end, the same for the call, the join link and Booking.callOpensAt/callClosesAt', async () => {
    const now = w.clock.now()
    const rule = await callWindowRule(w.database.db)
    expect(rule).toEqual({ opensMinutesBefore: 15, closesMinutesAfterEnd: 30 })
    const maria = await w.aCitizen()
    const soon = await w.bookingOf(maria, { startsAt: new Date(now.getTime() + minutes(20)) })
    const opensAt = new Date(soon.startsAt.getTime() - minutes(15))
    expect(
      expectNoGraphQLErrors(
        await w.server.graphql<{ booking: Record<string, string> }>(
          WINDOW,
          { id: soon.id },
          maria.headers,
        ),
      ).booking,
    ).toEqual({
      callOpensAt: opensAt.toISOString(),
      callClosesAt: new Date(soon.endsAt.getTime() + minutes(30)).toISOString(),
    })
    const token = await issueJoinToken(w.database.db, soon, rule)
    const early = await w.server.graphql(JOIN, { input: { bookingId: soon.id } }, maria.headers)
    expect(codeOf(early)).toBe('CALL_NOT_OPEN')
    expect(early.errors![0]!.extensions).toMatchObject({ opensAt: opensAt.toISOString() })
    expect(await joinTokenInfo(w.database.db, w.clock, token)).toMatchObject({
      reason: 'too_early',
      validFrom: opensAt,
    })
    try {
      w.clock.set(opensAt)
      expect((await joinTokenInfo(w.database.db, w.clock, token)).valid).toBe(true)
      await join(w.server, { bookingId: soon.id }, maria.headers)
    } finally {
      w.clock.set(now)
    }

    // A slot that ended 20 minutes ago: the call is still open, and so is its link (before: the
    // link expired at the slot's end).
    const other = await w.aCitizen()
    const ended = await w.bookingOf(other, { startsAt: new Date(now.getTime() - minutes(40)) })
    const closesAt = new Date(ended.endsAt.getTime() + minutes(30))
    const link = await issueJoinToken(w.database.db, ended, rule)
    expect((await joinTokenInfo(w.database.db, w.clock, link)).valid).toBe(true)
    await join(w.server, { bookingId: ended.id }, other.headers)
    try {
      w.clock.set(new Date(closesAt.getTime() - 1))
      expect((await joinTokenInfo(w.database.db, w.clock, link)).valid).toBe(true)
      w.clock.set(closesAt)
      expect(await joinTokenInfo(w.database.db, w.clock, link)).toMatchObject({
        valid: false,
        reason: 'expired',
      })
      const late = await w.server.graphql(JOIN, { input: { bookingId: ended.id } }, other.headers)
      expect(codeOf(late)).toBe('CALL_NOT_OPEN')
    } finally {
      w.clock.set(now)
    }
  })

  it('issue 11 defect 9: a changed setting moves the call, the join link and the API together', async () => {
    const now = w.clock.now()
    const maria = await w.aCitizen()
    const later = await w.bookingOf(maria, { startsAt: new Date(now.getTime() + minutes(60)) })
    const other = await w.aCitizen()
    const ended = await w.bookingOf(other, { startsAt: new Date(now.getTime() - minutes(40)) })
    const rule = await callWindowRule(w.database.db)
    const laterLink = await issueJoinToken(w.database.db, later, rule)
    const endedLink = await issueJoinToken(w.database.db, ended, rule)
    await setSetting('calls.joinOpensMinutesBefore', 5)
    await setSetting('calls.joinClosesMinutesAfterEnd', 10)
    try {
      const opensAt = new Date(later.startsAt.getTime() - minutes(5))
      expect(
        expectNoGraphQLErrors(
          await w.server.graphql<{ booking: Record<string, string> }>(
            WINDOW,
            { id: later.id },
            w.staff.headers,
          ),
        ).booking,
      ).toEqual({
        callOpensAt: opensAt.toISOString(),
        callClosesAt: new Date(later.endsAt.getTime() + minutes(10)).toISOString(),
      })
      const early = await w.server.graphql(JOIN, { input: { bookingId: later.id } }, maria.headers)
      expect(codeOf(early)).toBe('CALL_NOT_OPEN')
      expect(early.errors![0]!.extensions).toMatchObject({ opensAt: opensAt.toISOString() })
      expect(await joinTokenInfo(w.database.db, w.clock, laterLink)).toMatchObject({
        reason: 'too_early',
        validFrom: opensAt,
      })
      // Ended 20 minutes ago, open 10 minutes after: closed for the call and its link alike.
      expect(await joinTokenInfo(w.database.db, w.clock, endedLink)).toMatchObject({
        valid: false,
        reason: 'expired',
      })
      const late = await w.server.graphql(JOIN, { input: { bookingId: ended.id } }, other.headers)
      expect(codeOf(late)).toBe('CALL_NOT_OPEN')
    } finally {
      await w.database.db.delete(settings).where(eq(settings.key, 'calls.joinOpensMinutesBefore'))
      await w.database.db
        .delete(settings)
        .where(eq(settings.key, 'calls.joinClosesMinutesAfterEnd'))
    }
  })
})
