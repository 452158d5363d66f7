import { inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cookieBaseName, productCookies } from '../../modules/identity/cookies.js'
import { settings } from '../../modules/settings/index.js'
import { escapeHtml } from '../../modules/identity/html.js'
import { fixedClock } from '../../platform/clock.js'
import { loadConfig } from '../../platform/config.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import {
  expectNoGraphQLErrors,
  roomyRateLimits,
  startTestServer,
  type TestServer,
} from '../../test/server.js'
import { noticeHref, noticePaths, type NoticeKind } from '../pages/page-shell.js'

// Issue 19 items 4, 5: the notices in both languages, from configuration; robots.txt and
// security.txt; and the cookie statement's list is every cookie the product ever sets.

const contactsEnv = {
  CONTROLLER_NAME: 'Υπουργείο Εσωτερικών, Διεύθυνση ΚΕΠ (δοκιμή)',
  CONTROLLER_ADDRESS: 'Οδός Δοκιμής 1, 10000 Αθήνα',
  DPO_EMAIL: 'dpo@ministry.example.gr',
  CONTACT_EMAIL: 'kep@ministry.example.gr',
  SECURITY_CONTACT: 'mailto:security@ministry.example.gr',
}

// Every Set-Cookie any response of this file's requests carries, by whichever helper made it.
const setCookies: string[] = []
const realFetch = globalThis.fetch
const clock = fixedClock('2027-01-04T06:00:00Z')
let database: Database
let server: TestServer
const ids = {} as Record<string, string>

beforeAll(async () => {
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const res = await realFetch(...args)
    setCookies.push(...res.headers.getSetCookie())
    return res
  }
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', { slotStepMinutes: 30, minNoticeMinutes: 0 })
  const kep = await aKep(db, (await aMunicipality(db)).id)
  await openingHours(db, kep.id)
  const employee = await anEmployee(db, kep.id)
  Object.assign(ids, {
    kep: kep.id,
    procedure: (await aProcedure(db, info.id)).id,
    employee: employee.gsisUserId,
  })
  const config = { ...loadConfig({ NODE_ENV: 'test', ...contactsEnv }), publicUrl: undefined }
  server = await startTestServer(database, {
    clock,
    config,
    rateLimits: roomyRateLimits(10_000, 600),
  })
})
afterAll(async () => {
  globalThis.fetch = realFetch
  await server?.stop()
  await database?.close()
})

const kinds = Object.keys(noticePaths) as NoticeKind[]

describe('the notices and statements (issue 19 item 4)', () => {
  it.each(kinds)(
    'issue 19 item 4: %s in Greek and English, no script, each linking the other language and every notice',
    async (kind) => {
      for (const locale of ['el', 'en'] as const) {
        const res = await fetch(`${server.url}${noticeHref(kind, locale)}`)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toMatch(/^text\/html/)
        const html = await res.text()
        expect(html).toContain(`<html lang="${locale}">`)
        expect(html).not.toMatch(/<script/i)
        const other = locale === 'el' ? 'en' : 'el'
        expect(html).toContain(`href="${noticeHref(kind, other)}" lang="${other}"`)
        for (const each of kinds) expect(html).toContain(`href="${noticeHref(each, locale)}"`)
      }
    },
  )

  it('issue 19 item 4: the privacy notice names the configured controller, DPO, legal basis, recipients, each retention and the rights', async () => {
    for (const locale of ['el', 'en'] as const) {
      const html = await (await fetch(`${server.url}${noticeHref('privacy', locale)}`)).text()
      for (const value of [
        contactsEnv.CONTROLLER_NAME,
        contactsEnv.CONTROLLER_ADDRESS,
        contactsEnv.DPO_EMAIL,
        contactsEnv.CONTACT_EMAIL,
      ]) {
        expect(html).toContain(escapeHtml(value))
      }
      expect(html).toMatch(/6 παρ\. 1 στοιχ\. ε΄|6\(1\)\(e\)/)
      for (const setting of [
        'retention.invitationDaysAfterAppointment',
        'retention.outboxDaysAfterSending',
        'retention.bookingPersonalDataMonths',
        'retention.inactiveCitizenMonths',
        'retention.auditYears',
        'documents.retentionDaysAfterAppointment',
      ]) {
        expect(html).toContain(setting)
      }
      expect(html).toMatch(/ΚΕΔ|KED/)
      expect(html).toContain('www.dpa.gr')
      expect(html).toContain('href="/my-data"')
    }
  })

  it('issue 19 item 4: the privacy notice states the retention periods in force, as the jobs read them', async () => {
    const privacy = async (locale: 'el' | 'en') =>
      (await fetch(`${server.url}${noticeHref('privacy', locale)}`)).text()
    // the defaults
    expect(await privacy('el')).toContain('Ψευδωνυμοποιούνται 24 μήνες μετά το ραντεβού')
    expect(await privacy('en')).toContain('Pseudonymised 24 months after the appointment')
    // an administrator's change shows at once, in both languages
    await database.db.insert(settings).values([
      { key: 'retention.bookingPersonalDataMonths', value: 36 },
      { key: 'retention.auditYears', value: 1 },
    ])
    try {
      const el = await privacy('el')
      expect(el).toContain('Ψευδωνυμοποιούνται 36 μήνες μετά το ραντεβού')
      expect(el).toContain('1 έτος, ανά μήνα')
      const en = await privacy('en')
      expect(en).toContain('Pseudonymised 36 months after the appointment')
      expect(en).toContain('1 year, by month')
    } finally {
      await database.db
        .delete(settings)
        .where(
          inArray(settings.key, ['retention.bookingPersonalDataMonths', 'retention.auditYears']),
        )
    }
  })

  it('issue 19 item 4: the accessibility statement states its conformance, limits, feedback contact, enforcement and date', async () => {
    const el = await (await fetch(`${server.url}/accessibility`)).text()
    const en = await (await fetch(`${server.url}/accessibility/en`)).text()
    expect(el).toContain('EN 301 549')
    expect(en).toContain('WCAG 2.1 level AA')
    expect(en).toContain('Partially compliant')
    for (const html of [el, en]) {
      expect(html).toContain(contactsEnv.CONTACT_EMAIL)
      expect(html).toContain('www.synigoros.gr')
      expect(html).toContain('4727/2020')
    }
  })

  it('issue 19 item 4: the cookie statement lists every cookie of the product with its purpose and lifetime', async () => {
    for (const locale of ['el', 'en'] as const) {
      const html = await (await fetch(`${server.url}${noticeHref('cookies', locale)}`)).text()
      for (const cookie of productCookies) {
        expect(html).toContain(cookie.name)
        expect(html).toContain(escapeHtml(cookie.purpose[locale]))
        expect(html).toContain(escapeHtml(cookie.lifetime[locale]))
      }
    }
  })
})

describe('robots.txt and security.txt (issue 19 item 5)', () => {
  it('issue 19 item 5: robots.txt allows the public pages and keeps robots out of the apps for staff, the API, a citizen’s data and join links', async () => {
    const res = await fetch(`${server.url}/robots.txt`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    const lines = (await res.text()).split('\n')
    expect(lines).toContain('Allow: /')
    for (const path of ['/staff', '/admin', '/graphql', '/my-data', '/join/', '/call/']) {
      expect(lines).toContain(`Disallow: ${path}`)
    }
    // the booking flow's first steps are public (a Disallow is a prefix: /book would hide them)
    expect(lines).not.toContain('Disallow: /book')
    expect(lines).not.toContain('Disallow: /manual')
  })

  it('issue 19 item 5: security.txt has RFC 9116’s Contact, Expires (a year on), Preferred-Languages and Canonical', async () => {
    const res = await fetch(`${server.url}/.well-known/security.txt`)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain(`Contact: ${contactsEnv.SECURITY_CONTACT}\n`)
    expect(text).toContain('Preferred-Languages: el, en\n')
    expect(text).toContain(`Canonical: ${server.url}/.well-known/security.txt\n`)
    const expires = /^Expires: (.+)$/m.exec(text)?.[1]
    const days = (Date.parse(expires!) - clock.now().getTime()) / 86_400_000
    expect(days).toBeGreaterThan(300)
    expect(days).toBeLessThan(366)
  })
})

describe('cookies (issue 19 item 4)', () => {
  it('issue 19 item 4: through logins of each kind, a booking, logout, the pages and /graphql, every cookie set is one the statement lists', async () => {
    const citizen = await loginAs(server, 'citizen')
    const staff = await loginAs(server, { gsisUserId: ids.employee!, role: 'staff' })
    const a = await anAdministrator(database.db)
    const admin = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' })
    const booked = await server.graphql(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }`,
      {
        input: {
          category: 'INFORMATION',
          procedureId: ids.procedure,
          kepId: ids.kep,
          startsAt: '2027-01-12T08:00:00.000Z',
          fullName: 'Μαρία Ιωάννου',
          email: 'maria@example.gr',
          phone: '+30 694 123 4567',
          postalAddress: 'Ερμού 10, 10563 Αθήνα',
          deliveryMethod: 'EMAIL',
        },
      },
      citizen.headers,
    )
    expectNoGraphQLErrors(booked)
    for (const path of [
      '/',
      '/book',
      '/staff/',
      '/admin/',
      '/developers',
      '/robots.txt',
      '/.well-known/security.txt',
      '/no-such-page',
      '/graphql?query=%7B__typename%7D',
      ...kinds.flatMap((kind) => [noticeHref(kind, 'el'), noticeHref(kind, 'en')]),
    ]) {
      for (const headers of [{}, citizen.headers, staff.headers, admin.headers]) {
        await fetch(`${server.url}${path}`, { headers, redirect: 'manual' })
      }
    }
    for (const login of [citizen, staff, admin]) {
      const out = await fetch(`${server.url}/auth/logout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...login.headers, origin: server.url },
      })
      expect(out.status).toBeLessThan(400)
    }

    const names = new Set(setCookies.map((c) => cookieBaseName(c.slice(0, c.indexOf('=')))))
    // the walk did set cookies (a login and a logout each), so the check below is not empty
    expect(names.has('keplive_session')).toBe(true)
    expect(names.has('keplive_login')).toBe(true)
    const listed = productCookies.map((c) => c.name as string)
    for (const name of names) expect(listed, `cookie ${name}`).toContain(name)
  })
})
