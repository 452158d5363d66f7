import { sql } from 'drizzle-orm'
import { Router, type NextFunction, type Request, type Response } from 'express'
import type { Clock } from '../../platform/clock.js'
import type { ContactsConfig } from '../../platform/config.js'
import type { Db } from '../../platform/db/client.js'
import { settingSql, settingValue } from '../../modules/settings/index.js'
import { noticeHref, noticePaths, type NoticeKind, type PageLocale } from '../pages/page-shell.js'
import { noticePage } from './notices.page.js'
import type { RetentionTerms } from './notices.text.js'

/** The retention periods in force now, as the jobs that enforce them read them: one query. */
export async function retentionTermsOf(db: Db, now: Date): Promise<RetentionTerms> {
  const [row] = await db
    .select({
      bookingMonths: settingSql('retention.bookingPersonalDataMonths', now),
      invitationDays: settingSql('retention.invitationDaysAfterAppointment', now),
      outboxDays: settingSql('retention.outboxDaysAfterSending', now),
      documentDays: settingSql('documents.retentionDaysAfterAppointment', now),
      citizenMonths: settingSql('retention.inactiveCitizenMonths', now),
      auditYears: settingSql('retention.auditYears', now),
    })
    .from(sql`(select 1) as asked`)
  return {
    bookingPersonalDataMonths: settingValue(
      'retention.bookingPersonalDataMonths',
      row?.bookingMonths,
    ),
    invitationDays: settingValue('retention.invitationDaysAfterAppointment', row?.invitationDays),
    outboxDays: settingValue('retention.outboxDaysAfterSending', row?.outboxDays),
    documentDays: settingValue('documents.retentionDaysAfterAppointment', row?.documentDays),
    inactiveCitizenMonths: settingValue('retention.inactiveCitizenMonths', row?.citizenMonths),
    auditYears: settingValue('retention.auditYears', row?.auditYears),
  }
}

/**
 * Issue 19 items 4, 5: the notices and statements (/privacy, /cookies, /accessibility, /terms,
 * each with /en), /robots.txt and /.well-known/security.txt. Anyone may read them.
 */
export function noticesRouter(deps: {
  contacts: ContactsConfig
  publicUrl: () => string
  clock: Clock
  /**
   * The database whose retention settings the privacy notice states (read at each request, so
   * an administrator's change shows at once); without one, the settings' defaults.
   */
  db?: Db
}) {
  const router = Router()
  const pages = new Map<string, string>()
  for (const kind of Object.keys(noticePaths) as NoticeKind[]) {
    for (const locale of ['el', 'en'] as PageLocale[]) {
      router.get(noticeHref(kind, locale), (_req: Request, res: Response, next: NextFunction) => {
        const send = (html: string) => {
          res.setHeader('Cache-Control', 'no-cache')
          res.type('html').send(html)
        }
        if (kind === 'privacy' && deps.db) {
          retentionTermsOf(deps.db, deps.clock.now())
            .then((terms) => send(noticePage(kind, locale, deps.contacts, terms)))
            .catch(next)
          return
        }
        const key = `${kind} ${locale}`
        let html = pages.get(key)
        if (!html) pages.set(key, (html = noticePage(kind, locale, deps.contacts)))
        send(html)
      })
    }
  }
  router.get('/robots.txt', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600')
    res.type('text/plain; charset=utf-8').send(robotsTxt())
  })
  router.get('/.well-known/security.txt', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600')
    res
      .type('text/plain; charset=utf-8')
      .send(securityTxt(deps.contacts, deps.publicUrl(), deps.clock.now()))
  })
  return router
}

/**
 * The public pages may be indexed; the employees' and administrators' apps, the API, a citizen's
 * own pages and the join and call links (credentials in the address) may not.
 */
export function robotsTxt(): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /staff',
    'Disallow: /admin',
    'Disallow: /graphql',
    'Disallow: /auth/',
    'Disallow: /dev/',
    'Disallow: /my-data',
    'Disallow: /bookings',
    'Disallow: /join/',
    'Disallow: /call/',
    'Disallow: /uploads',
    '',
  ].join('\n')
}

/** RFC 9116: where to report a vulnerability; valid for a year from the request. */
export function securityTxt(contacts: ContactsConfig, publicUrl: string, now: Date): string {
  const expires = new Date(now.getTime() + 365 * 24 * 3600 * 1000)
  expires.setUTCHours(0, 0, 0, 0)
  return [
    `Contact: ${contacts.securityContact}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: el, en',
    `Canonical: ${publicUrl}/.well-known/security.txt`,
    '',
  ].join('\n')
}
