import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { bookAppointment } from './bookings.service.js'
import { documents } from './bookings.table.js'
import { deleteExpiredDocuments, readDocument, storeDocument } from './documents.service.js'

const clock = fixedClock('2027-01-04T06:00:00Z')
const key = randomBytes(32)
let database: Database
let owner: Actor
let stranger: Actor
let staff: Actor
let otherStaff: Actor
const ids = {} as Record<string, string>

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)])
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  randomBytes(100),
])
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(100)])

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', { slotStepMinutes: 30, minNoticeMinutes: 0 })
  const m = await aMunicipality(db)
  const kep = await aKep(db, m.id)
  const otherKep = await aKep(db, m.id)
  await openingHours(db, kep.id)
  const employee = await anEmployee(db, kep.id)
  ids.kep = kep.id
  ids.procedure = (await aProcedure(db, info.id)).id
  const c1 = await aCitizen(db)
  const c2 = await aCitizen(db)
  owner = { kind: 'citizen', citizenId: c1.id, sessionId: 'a' }
  stranger = { kind: 'citizen', citizenId: c2.id, sessionId: 'b' }
  staff = {
    kind: 'employee',
    employeeId: employee.id,
    kepId: kep.id,
    role: 'staff',
    sessionId: 'c',
  }
  otherStaff = { ...staff, kepId: otherKep.id }
})
afterAll(() => database?.close())

const reason = async (p: Promise<unknown>) => {
  try {
    await p
    return 'OK'
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    return err.details.fields?.[0]?.reason ?? err.code
  }
}

describe('documents (R2.2 e)', () => {
  it.each([
    ['a PDF', pdf, 'application/pdf'],
    ['a PNG', png, 'image/png'],
    ['a JPEG', jpeg, 'image/jpeg'],
  ])('accepts %s by its content and stores it encrypted', async (_, bytes, type) => {
    const stored = await storeDocument(database.db, clock, owner, key, {
      fileName: 'ταυτότητα.bin',
      bytes,
    })
    expect(stored).toMatchObject({
      mimeType: type,
      sizeBytes: bytes.length,
      fileName: 'ταυτότητα.bin',
    })
    const [row] = await database.db.select().from(documents).where(eq(documents.id, stored.id))
    expect(Buffer.from(row!.ciphertext).equals(bytes)).toBe(false)
    expect(Buffer.from(row!.ciphertext).includes(bytes.subarray(0, 64))).toBe(false)
    const read = await readDocument(database.db, owner, key, stored.id)
    expect(read.bytes.equals(bytes)).toBe(true)
  })

  it.each([
    ['an executable named .pdf', Buffer.from('MZ\x90\x00 this is not a pdf'), 'wrong_type'],
    ['an empty file', Buffer.alloc(0), 'empty'],
    [
      'a file over 10 MB',
      Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]),
      'too_large',
    ],
  ])('refuses %s, writing nothing', async (_, bytes, expected) => {
    const before = (await database.db.select().from(documents)).length
    expect(
      await reason(storeDocument(database.db, clock, owner, key, { fileName: 'x.pdf', bytes })),
    ).toBe(expected)
    expect((await database.db.select().from(documents)).length).toBe(before)
  })

  it('lets only the owner and the staff of the booking’s KEP read it', async () => {
    const doc = await storeDocument(database.db, clock, owner, key, {
      fileName: 'id.pdf',
      bytes: pdf,
    })
    expect(await reason(readDocument(database.db, staff, key, doc.id))).toBe('NOT_FOUND') // not attached yet
    await bookAppointment(database.db, clock, owner, {
      category: 'information',
      procedureId: ids.procedure!,
      kepId: ids.kep,
      startsAt: new Date('2027-01-12T10:00:00+02:00'),
      fullName: 'Μαρία Ιωάννου',
      email: 'maria@example.gr',
      phone: '6941234567',
      postalAddress: 'Ερμού 10, Αθήνα',
      deliveryMethod: 'email',
      documentIds: [doc.id],
    })
    expect((await readDocument(database.db, staff, key, doc.id)).bytes.equals(pdf)).toBe(true)
    expect(await reason(readDocument(database.db, stranger, key, doc.id))).toBe('NOT_FOUND')
    expect(await reason(readDocument(database.db, otherStaff, key, doc.id))).toBe('NOT_FOUND')
    expect(await reason(readDocument(database.db, { kind: 'anonymous' }, key, doc.id))).toBe(
      'NOT_FOUND',
    )
    // attached: kept until 30 days after the appointment
    const [row] = await database.db.select().from(documents).where(eq(documents.id, doc.id))
    expect(row!.deleteAfter.toISOString()).toBe('2027-02-11T08:20:00.000Z')
  })

  it('deletes documents after their retention, and unattached uploads after a day', async () => {
    const doc = await storeDocument(database.db, clock, owner, key, {
      fileName: 'later.pdf',
      bytes: pdf,
    })
    expect(await deleteExpiredDocuments(database.db, fixedClock('2027-01-04T12:00:00Z'))).toBe(0)
    expect(
      await deleteExpiredDocuments(database.db, fixedClock('2027-01-05T06:00:01Z')),
    ).toBeGreaterThan(0)
    expect(await database.db.select().from(documents).where(eq(documents.id, doc.id))).toEqual([])
    const attached = await database.db
      .select()
      .from(documents)
      .where(eq(documents.fileName, 'id.pdf'))
    expect(attached).toHaveLength(1)
    await deleteExpiredDocuments(database.db, fixedClock('2027-02-11T08:20:01Z'))
    expect(
      await database.db.select().from(documents).where(eq(documents.fileName, 'id.pdf')),
    ).toEqual([])
  })

  it('refuses uploads from anyone but a citizen', async () => {
    expect(
      await reason(
        storeDocument(database.db, clock, staff, key, { fileName: 'a.pdf', bytes: pdf }),
      ),
    ).toBe('FORBIDDEN')
  })
})
