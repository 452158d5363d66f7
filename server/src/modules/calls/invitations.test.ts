import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoGraphQLErrors } from '../../test/server.js'
import { callWorld, codeOf, join, JOIN, slotStart, type CallWorld } from './call-test-kit.js'
import { callInvitations } from './calls.table.js'

// R2.8: a third person (a sign-language interpreter) joins on the KEP's invitation.

let w: CallWorld
beforeAll(async () => {
  w = await callWorld()
})
afterAll(async () => {
  await w?.close()
})

const INVITE = `mutation ($input: InviteToCallInput!) { inviteToCall(input: $input) { link expiresAt emailSent } }`
const INFO = `query ($token: String!) { callInvitation(token: $token) { valid bookingReference kepName startsAt endsAt expiresAt } }`

type Invitation = { link: string; expiresAt: string; emailSent: boolean }

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

    const info = await w.server.graphql<{ callInvitation: Record<string, unknown> }>(INFO, {
      token,
    })
    expect(expectNoGraphQLErrors(info).callInvitation).toMatchObject({
      valid: true,
      bookingReference: booking.reference,
      kepName: expect.stringMatching(/^ΚΕΠ /),
      startsAt: booking.startsAt.toISOString(),
    })

    const guest = await join(w.server, { invitationToken: token })
    expect(guest.participant).toMatchObject({ role: 'INTERPRETER', admitted: true })
    // The appointment's personal details are not the guest's to see.
    const peek = await w.server.graphql(
      JOIN.replace('participants {', 'booking { fullName } participants {'),
      {
        input: { invitationToken: token },
      },
    )
    expect(codeOf(peek)).toBe('FORBIDDEN')

    await w.server.graphql(
      'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
      { id: callId },
      w.staff.headers,
    )
    const send = `mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }`
    const reloaded = await join(w.server, { invitationToken: token })
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
        participantToken: guest.participantToken,
        to: employee.participant.id,
        negotiationId: 'mesh-0',
        payload: { type: 'offer' },
      },
    })
    expect(codeOf(stale)).toBe('FORBIDDEN')
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
})
