import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoGraphQLErrors } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import {
  callWorld,
  codeOf,
  collect,
  join,
  JOIN,
  slotStart,
  wsClient,
  type CallWorld,
} from './call-test-kit.js'
import { topics } from './calls.events.js'
import { callInvitations, callParticipants, calls } from './calls.table.js'

// R2.8: a third person (a sign-language interpreter) joins on the KEP's invitation.

let w: CallWorld
beforeAll(async () => {
  w = await callWorld()
})
afterAll(async () => {
  await w?.close()
})

const INVITE = `mutation ($input: InviteToCallInput!) { inviteToCall(input: $input) { link expiresAt emailSent } }`
const INFO = `query ($token: String!) { callInvitation(token: $token) { valid refusal bookingReference kepName startsAt endsAt expiresAt } }`

type Invitation = { link: string; expiresAt: string; emailSent: boolean }

const ADMIT_INTERPRETER = `mutation ($callId: ID!, $participantId: ID!) {
  admitInterpreter(input: { callId: $callId, participantId: $participantId }) {
    call { id participants { id role displayName admitted } }
  }
}`

/** Invites to the call as the KEP's employee; the link's token. */
async function invite(callId: string): Promise<string> {
  const res = await w.server.graphql<{ inviteToCall: Invitation }>(
    INVITE,
    { input: { callId } },
    w.staff.headers,
  )
  return expectNoGraphQLErrors(res).inviteToCall.link.split('/').at(-1)!
}

async function callOf(over: { needsSignLanguage?: boolean; needsLipReading?: boolean }) {
  const maria = await w.aCitizen()
  const booking = await w.bookingOf(maria, { startsAt: slotStart, ...over })
  const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
  const employee = await join(w.server, { bookingId: booking.id }, w.staff.headers)
  return { maria, booking, citizen, employee, callId: citizen.call.id }
}

describe('inviting an interpreter (R2.8)', () => {
  it('R2.8 is only for a booking that asked for sign language or lip-reading', async () => {
    const { callId } = await callOf({})
    const res = await w.server.graphql(INVITE, { input: { callId } }, w.staff.headers)
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
    expect(res.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ reason: 'interpretation_not_requested' }),
    ])
    const lipReading = await callOf({ needsLipReading: true })
    expectNoGraphQLErrors(
      await w.server.graphql(INVITE, { input: { callId: lipReading.callId } }, w.staff.headers),
    )
  })

  it('R2.8 emails a one-time link over SMTP (seen at /dev/mail.json); the guest joins without logging in and the three can signal', async () => {
    const { booking, callId, employee, citizen } = await callOf({ needsSignLanguage: true })
    const res = await w.server.graphql<{ inviteToCall: Invitation }>(
      INVITE,
      { input: { callId, email: 'interpreter@example.gr' } },
      w.staff.headers,
    )
    const invitation = expectNoGraphQLErrors(res).inviteToCall
    expect(invitation.emailSent).toBe(true)
    expect(invitation.link).toMatch(new RegExp(`^${w.server.url}/call/guest/[A-Za-z0-9_-]{43}$`))
    expect(invitation.expiresAt).toBe(
      new Date(booking.endsAt.getTime() + 30 * 60_000).toISOString(),
    )
    const token = invitation.link.split('/').at(-1)!

    const inbox = (await (await fetch(`${w.server.url}/dev/mail.json`)).json()) as {
      messages: { to: string[]; subject: string; text: string }[]
    }
    const mail = inbox.messages.find((m) => m.to.includes('interpreter@example.gr'))
    expect(mail?.subject).toContain(booking.reference)
    expect(mail?.text).toContain(invitation.link)

    // Only the token's hash is kept.
    const rows = await w.database.db
      .select()
      .from(callInvitations)
      .where(eq(callInvitations.callId, callId))
    expect(JSON.stringify(rows)).not.toContain(token)

    const info = await w.server.graphql<{ callInvitation: Record<string, unknown> }>(
      INFO,
      { token },
      w.staff.headers,
    )
    expect(expectNoGraphQLErrors(info).callInvitation).toMatchObject({
      valid: true,
      refusal: null,
      bookingReference: booking.reference,
      kepName: expect.stringMatching(/^ΚΕΠ /),
      startsAt: booking.startsAt.toISOString(),
    })

    const guest = await join(w.server, { invitationToken: token, guestName: 'Ελένη Δημητρίου' })
    expect(guest.participant).toMatchObject({ role: 'INTERPRETER', admitted: false })
    expect(guest.browserKey).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const browserKey = guest.browserKey!
    // The appointment's personal details are not the guest's to see.
    const peek = await w.server.graphql(
      JOIN.replace('participants {', 'booking { fullName } participants {'),
      { input: { invitationToken: token, browserKey } },
    )
    expect(codeOf(peek)).toBe('FORBIDDEN')
    const anonymousInfo = await w.server.graphql<{ callInvitation: Record<string, unknown> }>(
      INFO,
      { token },
    )
    expect(expectNoGraphQLErrors(anonymousInfo).callInvitation.bookingReference).toBeNull()

    await w.server.graphql(
      'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
      { id: callId },
      w.staff.headers,
    )
    const waiting = await join(w.server, { invitationToken: token, browserKey })
    expectNoGraphQLErrors(
      await w.server.graphql(
        ADMIT_INTERPRETER,
        { callId, participantId: waiting.participant.id },
        w.staff.headers,
      ),
    )
    const send = `mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }`
    // A reload of the admitted interpreter's browser comes straight back in.
    const reloaded = await join(w.server, { invitationToken: token, browserKey })
    expect(reloaded.participant.admitted).toBe(true)
    for (const to of [employee.participant.id, citizen.participant.id]) {
      expectNoGraphQLErrors(
        await w.server.graphql(send, {
          input: {
            callId,
            participantToken: reloaded.participantToken,
            to,
            negotiationId: 'mesh-1',
            payload: { type: 'offer' },
          },
        }),
      )
    }
    // The guest's earlier page was replaced by the reload.
    const stale = await w.server.graphql(send, {
      input: {
        callId,
        participantToken: waiting.participantToken,
        to: employee.participant.id,
        negotiationId: 'mesh-0',
        payload: { type: 'offer' },
      },
    })
    expect(codeOf(stale)).toBe('FORBIDDEN')
  })

  it('R2.8 issue 15 item 6: a dead link says why — expired (ask the KEP) or the call ended — with the appointment’s time', async () => {
    const { booking, callId } = await callOf({ needsSignLanguage: true })
    const token = await invite(callId)
    const infoOf = async () =>
      expectNoGraphQLErrors(
        await w.server.graphql<{ callInvitation: Record<string, unknown> }>(INFO, { token }),
      ).callInvitation
    const now = w.clock.now()
    try {
      const { expiresAt } = (await infoOf()) as { expiresAt: string }
      w.clock.set(new Date(expiresAt))
      expect(await infoOf()).toMatchObject({
        valid: false,
        refusal: 'EXPIRED',
        startsAt: booking.startsAt.toISOString(),
        expiresAt,
        bookingReference: null,
      })
    } finally {
      w.clock.set(now)
    }
    expect(await infoOf()).toMatchObject({ valid: true, refusal: null })
    await w.database.db.update(calls).set({ status: 'ended' }).where(eq(calls.id, callId))
    expect(await infoOf()).toMatchObject({
      valid: false,
      refusal: 'CALL_ENDED',
      startsAt: booking.startsAt.toISOString(),
    })
  })

  it('refuses an unknown invitation, and answers null about it', async () => {
    const res = await w.server.graphql(JOIN, { input: { invitationToken: 'y'.repeat(43) } })
    expect(codeOf(res)).toBe('FORBIDDEN')
    const info = await w.server.graphql<{ callInvitation: null }>(INFO, { token: 'y'.repeat(43) })
    expect(expectNoGraphQLErrors(info).callInvitation).toBeNull()
  })

  it('R2.8 lets only the staff of the booking’s KEP invite', async () => {
    const { callId, maria } = await callOf({ needsSignLanguage: true })
    expect(
      codeOf(await w.server.graphql(INVITE, { input: { callId } }, w.otherKepStaff.headers)),
    ).toBe('NOT_FOUND')
    expect(codeOf(await w.server.graphql(INVITE, { input: { callId } }, maria.headers))).toBe(
      'FORBIDDEN',
    )
  })

  it('issue 11 defect 5: the link binds to the first browser: another browser is refused with INVITATION_IN_USE, a reload of the first rejoins', async () => {
    const { callId } = await callOf({ needsSignLanguage: true })
    const token = await invite(callId)
    const first = await join(w.server, { invitationToken: token, guestName: 'Ελένη Δημητρίου' })
    // A second, anonymous client with the same link: no key, a made-up key, or a name.
    for (const input of [
      { invitationToken: token },
      { invitationToken: token, guestName: 'Κάποιος Άλλος' },
      { invitationToken: token, browserKey: 'x'.repeat(43) },
    ]) {
      const res = await w.server.graphql(JOIN, { input })
      expect(codeOf(res)).toBe('INVITATION_IN_USE')
      expect(res.errors![0]!.extensions!.messages).toMatchObject({
        el: expect.stringContaining('άλλη συσκευή'),
        en: expect.stringContaining('another device'),
      })
    }
    const participants = await w.database.db
      .select()
      .from(callParticipants)
      .where(eq(callParticipants.callId, callId))
    expect(participants.filter((p) => p.role === 'interpreter')).toHaveLength(1)
    // The first browser reloads: a new page, the old one left, the same name, still waiting.
    const again = await join(w.server, { invitationToken: token, browserKey: first.browserKey! })
    expect(again.browserKey).toBe(first.browserKey)
    expect(again.participant).toMatchObject({ role: 'INTERPRETER', admitted: false })
    expect(again.participant.id).not.toBe(first.participant.id)
    const [invitation] = await w.database.db
      .select()
      .from(callInvitations)
      .where(eq(callInvitations.callId, callId))
    expect(invitation!.guestName).toBe('Ελένη Δημητρίου')
    expect(invitation!.browserKeyHash).not.toContain(first.browserKey!)
    // Two browsers racing for a fresh link: exactly one is let in.
    const fresh = await invite(callId)
    const raced = await Promise.all(
      ['Α Α', 'Β Β', 'Γ Γ'].map((guestName) =>
        w.server.graphql(JOIN, { input: { invitationToken: fresh, guestName } }),
      ),
    )
    expect(raced.map(codeOf).sort()).toEqual(['INVITATION_IN_USE', 'INVITATION_IN_USE', undefined])
  })

  it('issue 11 defect 5: the interpreter gives their name and waits; the employee sees it (WAITING), admits them, and the audit keeps it', async () => {
    const { callId, employee } = await callOf({ needsSignLanguage: true })
    const token = await invite(callId)
    // The name is required, validated field by field, before the link is spent.
    for (const [guestName, reason] of [
      [undefined, 'required'],
      ['   ', 'required'],
      // NUL: refused here, or by the server's check of every text input before it
      ['Ελένη\u0000Δ', expect.stringMatching(/^invalid_/)],
      ['1234', 'invalid_format'],
      ['Ε'.repeat(101), 'too_long'],
    ] as const) {
      const res = await w.server.graphql(JOIN, { input: { invitationToken: token, guestName } })
      expect(codeOf(res), String(guestName)).toBe('VALIDATION_FAILED')
      expect(res.errors![0]!.extensions!.fields).toEqual([
        expect.objectContaining({ field: 'input.guestName', reason }),
      ])
    }
    const socket = wsClient(w.server, { cookie: w.staff.cookie })
    try {
      const events = collect<{ type: string; participantId: string | null }>(
        socket,
        'subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type participantId } }',
        { id: callId, t: employee.participantToken },
      )
      await w.listening(topics.callEvents(callId))
      const guest = await join(w.server, {
        invitationToken: token,
        guestName: '  Ελένη   Δημητρίου ',
      })
      expect(guest.participant.admitted).toBe(false)
      await events.waitFor((items) => items.some((e) => e.type === 'WAITING'))
      expect(events.items.at(-1)).toEqual({ type: 'WAITING', participantId: guest.participant.id })
      // Not admitted: no signals yet.
      const early = await w.server.graphql(
        `mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }`,
        {
          input: {
            callId,
            participantToken: guest.participantToken,
            to: employee.participant.id,
            negotiationId: 'n1',
            payload: { type: 'offer' },
          },
        },
      )
      expect(codeOf(early)).toBe('NOT_ADMITTED')
      const agenda = await w.server.graphql<{
        kepCalls: { call: { id: string; participants: Record<string, unknown>[] } | null }[]
      }>(
        '{ kepCalls(date: "2027-01-12") { call { id participants { id role displayName admitted } } } }',
        {},
        w.staff.headers,
      )
      const listed = expectNoGraphQLErrors(agenda).kepCalls.find((a) => a.call?.id === callId)
      expect(listed!.call!.participants).toContainEqual({
        id: guest.participant.id,
        role: 'INTERPRETER',
        displayName: 'Ελένη Δημητρίου',
        admitted: false,
      })
      // Only the KEP's staff admit; only a waiting interpreter of this call.
      const byCitizen = await w.server.graphql(
        ADMIT_INTERPRETER,
        { callId, participantId: guest.participant.id },
        w.otherKepStaff.headers,
      )
      expect(codeOf(byCitizen)).toBe('NOT_FOUND')
      const wrong = await w.server.graphql(
        ADMIT_INTERPRETER,
        { callId, participantId: employee.participant.id },
        w.staff.headers,
      )
      expect(codeOf(wrong)).toBe('VALIDATION_FAILED')
      const admitted = await w.server.graphql<{
        admitInterpreter: { call: { participants: { id: string; admitted: boolean }[] } }
      }>(ADMIT_INTERPRETER, { callId, participantId: guest.participant.id }, w.staff.headers)
      expect(expectNoGraphQLErrors(admitted).admitInterpreter.call.participants).toContainEqual(
        expect.objectContaining({ id: guest.participant.id, admitted: true }),
      )
      await events.waitFor((items) => items.some((e) => e.type === 'ADMITTED'))
      events.stop()
    } finally {
      await socket.dispose()
    }
    const audit = await w.database.db.select().from(auditLog).where(eq(auditLog.entityId, callId))
    const joined = audit.find((a) => a.action === 'call.join' && a.details?.role === 'interpreter')
    expect(joined!.details).toMatchObject({ guestName: 'Ελένη Δημητρίου' })
    expect(audit.map((a) => a.action)).toContain('call.admit')
  })

  it('issue 11 defect 6: an interpreter gets the call’s state, never its submission record, identity check or names, not even with the call-ended event', async () => {
    const { callId, maria, citizen } = await callOf({ needsSignLanguage: true })
    const token = await invite(callId)
    const guest = await join(w.server, { invitationToken: token, guestName: 'Ελένη Δημητρίου' })
    await w.server.graphql(
      ADMIT_INTERPRETER,
      { callId, participantId: guest.participant.id },
      w.staff.headers,
    )
    await w.server.graphql(
      'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
      { id: callId },
      w.staff.headers,
    )
    await w.database.db
      .update(calls)
      .set({
        identityVerified: true,
        identityDocumentType: 'ID_CARD',
        identityCheckedAt: slotStart,
        identityDocumentRequestedAt: slotStart,
        kedReference: 'KED-1',
      })
      .where(eq(calls.id, callId))
    const CALL_FIELDS = `call { status identityVerified identityDocumentRequestedAt identityCheck { kedReference } submission { protocolNumber notes } participants { role displayName } }`
    const EVENTS = `subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type ${CALL_FIELDS} } }`
    const guestSocket = wsClient(w.server, {})
    const citizenSocket = wsClient(w.server, { cookie: maria.cookie })
    type Seen = { type: string; call: Record<string, unknown> }
    try {
      const theirs = collect<Seen>(guestSocket, EVENTS, { id: callId, t: guest.participantToken })
      const hers = collect<Seen>(citizenSocket, EVENTS, {
        id: callId,
        t: citizen.participantToken,
      })
      await w.listening(topics.callEvents(callId), 2)
      expectNoGraphQLErrors(
        await w.server.graphql(
          `mutation ($id: ID!) { recordSubmission(input: { callId: $id, protocolNumber: "ΚΕΠ-77/2027", filedDescription: "Αίτηση", deliveryMethod: EMAIL, notes: "Σημείωση" }) { call { id } } }`,
          { id: callId },
          w.staff.headers,
        ),
      )
      await theirs.waitFor((items) => items.some((e) => e.type === 'ENDED'))
      await hers.waitFor((items) => items.some((e) => e.type === 'ENDED'))
      const ended = theirs.items.find((e) => e.type === 'ENDED')!
      expect(ended.call).toMatchObject({
        status: 'ENDED',
        identityVerified: null,
        identityDocumentRequestedAt: null,
        identityCheck: null,
        submission: null,
      })
      expect(JSON.stringify(theirs.items)).not.toMatch(/ΚΕΠ-77|Σημείωση|KED-1|Παπαδοπ|Ελένη/)
      expect(theirs.errors).toEqual([])
      // The citizen, who may read the booking, gets it all.
      expect(hers.items.find((e) => e.type === 'ENDED')!.call).toMatchObject({
        identityVerified: true,
        identityCheck: { kedReference: 'KED-1' },
        submission: { protocolNumber: 'ΚΕΠ-77/2027', notes: 'Σημείωση' },
      })
    } finally {
      await guestSocket.dispose()
      await citizenSocket.dispose()
    }
  })
})
