import { randomUUID } from 'node:crypto'
import { outbox } from '../../modules/notifications/index.js'
import {
  administratorsOnly,
  anyAdministrator,
  type MatrixFixtures,
  type MatrixRow,
} from './presets.js'

// The authorisation matrix's rows of the audit trail screen and undelivered mail (issue 17
// items 4 and 6): every administrator reads (AUDITORs included), ADMINISTRATORs alone retry or
// mark an email handled.

/** A failed email of no booking (each cell its own), for a cell to retry or mark handled. */
async function aFailedEmail(f: MatrixFixtures): Promise<string> {
  const [row] = await f.db
    .insert(outbox)
    .values({
      kind: 'morning_summary',
      recipient: 'matrix@example.gr',
      payload: {},
      dueAt: new Date(),
      nextAttemptAt: new Date(),
      status: 'failed',
      attempts: 8,
      lastError: '550: mailbox unavailable',
      dedupeKey: `matrix:${randomUUID()}`,
    })
    .returning({ id: outbox.id })
  return row!.id
}

export const auditMailMatrix: Record<string, MatrixRow> = {
  'Query.auditChainStatus': {
    document: '{ auditChainStatus { ok verifiedRows badSeq } }',
    expect: anyAdministrator,
  },
  'Query.undeliveredMail': {
    document: '{ undeliveredMail(first: 5) { entries { id recipientMasked } } }',
    expect: anyAdministrator,
  },
  'Query.mailCounts': {
    document: '{ mailCounts { pending sentToday failedToday undelivered } }',
    expect: anyAdministrator,
  },
  'Mutation.retryUndeliveredMail': {
    document: 'mutation ($id: ID!) { retryUndeliveredMail(id: $id) { id } }',
    variables: async (f) => ({ id: await aFailedEmail(f) }),
    expect: administratorsOnly,
  },
  'Mutation.retryAllUndeliveredMail': {
    document: 'mutation { retryAllUndeliveredMail }',
    expect: administratorsOnly,
  },
  'Mutation.markMailHandled': {
    document: 'mutation ($id: ID!) { markMailHandled(id: $id, note: "Told by phone") { id } }',
    variables: async (f) => ({ id: await aFailedEmail(f) }),
    expect: administratorsOnly,
  },
}
