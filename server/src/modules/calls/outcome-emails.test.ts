import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoGraphQLErrors } from '../../test/server.js'
import {
  createMailTransport,
  outbox,
  sendDueEmails,
  type ReceivedMail,
} from '../notifications/index.js'
import { callWorld, codeOf, join, slotStart, type CallWorld } from './call-test-kit.js'

// Issue 14 item 4: the citizen is told of the call's outcome (what was filed, the protocol
// number, how the document comes) and of a no-show (with a link to book again): one email each,
// through the outbox, however often the employee's mutation is sent again.

let w: CallWorld
beforeAll(async () => {
  w = await callWorld()
})
afterAll(async () => {
  await w?.close()
})

const publicUrl = 'https://kep.example.gr'

const tick = () =>
  sendDueEmails({
    db: w.database.db,
    clock: w.clock,
    transport: createMailTransport(w.sink.url, { pool: false }),
    from: 'myKEPlive <no-reply@keplive.example>',
    publicUrl,
  })

const rowsOf = (bookingId: string, kind: string) =>
  w.database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.bookingId, bookingId), eq(outbox.kind, kind)))

const mailsAbout = (reference: string): ReceivedMail[] =>
  w.sink.messages.filter((m) => m.text.includes(reference))

const SUBMIT = `mutation ($input: RecordSubmissionInput!) { recordSubmission(input: $input) { call { status } } }`
const NO_SHOW = `mutation ($id: ID!) { recordNoShow(input: { bookingId: $id }) { call { status } } }`

describe('the citizen told of the outcome (issue 14 item 4)', () => {
  it('issue 14: one outcome email — what was filed, the protocol number, the delivery — in the citizen’s language, no calendar file', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, {
      startsAt: slotStart,
      locale: 'el',
      deliveryMethod: 'post',
    })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    await join(w.server, { bookingId: booking.id }, w.staff.headers)
    const callId = citizen.call.id
    const run = async (query: string) =>
      expectNoGraphQLErrors(await w.server.graphql(query, { id: callId }, w.staff.headers))
    await run('mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }')
    await run(
      'mutation ($id: ID!) { checkIdentityDocument(input: { callId: $id, documentType: ID_CARD, documentNumber: "ΑΚ123456" }) { status } }',
    )
    await run(
      'mutation ($id: ID!) { confirmIdentity(input: { callId: $id, documentType: ID_CARD, documentNumber: "ΑΚ123456", verified: true }) { call { id } } }',
    )
    const input = {
      callId,
      protocolNumber: 'ΚΕΠ-4321/2027',
      filedDescription: 'Αίτηση έκδοσης πιστοποιητικού οικογενειακής κατάστασης',
      deliveryMethod: 'POST',
    }
    expectNoGraphQLErrors(await w.server.graphql(SUBMIT, { input }, w.staff.headers))
    // the same mutation again (a retry): refused, and no second email
    expect(codeOf(await w.server.graphql(SUBMIT, { input }, w.staff.headers))).toBe('CALL_ENDED')
    expect(await rowsOf(booking.id, 'outcome')).toHaveLength(1)

    expect((await tick()).sent).toBeGreaterThanOrEqual(1)
    const mails = mailsAbout(booking.reference)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.to).toEqual([booking.email])
    expect(mail!.subject).toBe(`Η αίτησή σας κατατέθηκε (ραντεβού ${booking.reference})`)
    for (const text of [
      'ΚΕΠ-4321/2027',
      'Αίτηση έκδοσης πιστοποιητικού οικογενειακής κατάστασης',
      'Ταχυδρομικά, στη διεύθυνση που δηλώσατε',
    ]) {
      expect(mail!.text).toContain(text)
      expect(mail!.html).toContain(text)
    }
    expect(mail!.text).not.toContain('/join/')
    expect(mail!.attachments).toEqual([])
    expect((await tick()).sent).toBe(0)
    expect(mailsAbout(booking.reference)).toHaveLength(1)
  })

  it('issue 14: one no-show email with a link to book again, in English for a citizen who chose it', async () => {
    const booking = await w.bookingOf(await w.aCitizen(), {
      startsAt: new Date(w.clock.now().getTime() - 20 * 60_000),
      locale: 'en',
    })
    expectNoGraphQLErrors(await w.server.graphql(NO_SHOW, { id: booking.id }, w.staff.headers))
    const again = await w.server.graphql(NO_SHOW, { id: booking.id }, w.staff.headers)
    expect(codeOf(again)).toBe('CALL_ENDED')
    expect(await rowsOf(booking.id, 'no_show')).toHaveLength(1)

    await tick()
    const mails = mailsAbout(booking.reference)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe(`You did not join your appointment ${booking.reference}`)
    expect(mails[0]!.text).toContain('If you still need the service, book a new appointment:')
    expect(mails[0]!.text).toContain(`${publicUrl}/`)
    expect(mails[0]!.html).toContain(`href="${publicUrl}/"`)
    expect(mails[0]!.text).not.toContain('/join/')
    expect(mails[0]!.attachments).toEqual([])
  })

  it('issue 14: a call ended without a submission record files nothing, so tells nothing', async () => {
    const maria = await w.aCitizen()
    const booking = await w.bookingOf(maria, { startsAt: slotStart })
    const citizen = await join(w.server, { bookingId: booking.id }, maria.headers)
    await join(w.server, { bookingId: booking.id }, w.staff.headers)
    for (const op of ['admitCitizen', 'endCall']) {
      expectNoGraphQLErrors(
        await w.server.graphql(
          `mutation ($id: ID!) { ${op}(input: { callId: $id }) { call { id } } }`,
          { id: citizen.call.id },
          w.staff.headers,
        ),
      )
    }
    expect(
      await w.database.db.select().from(outbox).where(eq(outbox.bookingId, booking.id)),
    ).toEqual([])
  })
})
