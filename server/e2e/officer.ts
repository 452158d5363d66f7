import type { Browser } from 'playwright-core'
import type { AdminSession } from './admin.js'
import { watchProblems } from './browser.js'
import { viewports, type ViewportName } from './pages.js'

// The municipalities' browser-test kit (issue 18): a browser context logged in through the
// public-administration login (the GSIS stand-in's form, as a person would) as a demo user who
// is neither an employee nor an administrator: an OFFICIAL who may apply for a municipality, or
// the OFFICER of one. They land on the admin app's "My municipality".

/** Numbers each session's own address (X-Forwarded-For); apart from admin.ts's 10.13.x.x. */
let sessionCount = 1

/** Who logs in: a demo user of the stand-in (`officer01`, `official01`), or a test identity. */
export type OfficialIdentity =
  { demo: string } | { userId: string; afm: string; firstName: string; lastName: string }

/**
 * A fresh browser profile (Greek, at the viewport's size; desktop unless said) logged in as
 * `who` through the admin app's public-administration login, on the admin app with its menu
 * shown. A test identity of its own is an OFFICIAL until an application of theirs is approved.
 */
export async function officialSession(
  browser: Browser,
  baseUrl: string,
  who: OfficialIdentity,
  viewport: ViewportName = 'desktop',
): Promise<AdminSession> {
  const context = await browser.newContext({
    locale: 'el-GR',
    baseURL: baseUrl,
    viewport: viewports[viewport],
    extraHTTPHeaders: { 'x-forwarded-for': `10.18.${sessionCount >> 8}.${sessionCount++ & 255}` },
  })
  const page = await context.newPage()
  const problems = watchProblems(page)
  await page.goto(`/auth/login?role=admin&returnTo=${encodeURIComponent('/admin/')}`)
  await page.waitForURL(/\/dev\/gsis\//)
  if ('demo' in who) {
    await page.locator(`input[name=user][value="${who.demo}"]`).check()
  } else {
    await page.locator('input[name=user][value=custom]').check()
    await page.locator('#custom_userid').fill(who.userId)
    await page.locator('#custom_taxid').fill(who.afm)
    await page.locator('#custom_firstname').fill(who.firstName)
    await page.locator('#custom_lastname').fill(who.lastName)
  }
  await page.locator('button[value=login]').click()
  await page.waitForURL(`${baseUrl}/admin/`)
  await page
    .getByRole('navigation', { name: 'Κύριο μενού', includeHidden: true })
    .waitFor({ state: 'attached', timeout: 15_000 })
  return { context, page, problems }
}
