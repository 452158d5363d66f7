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

/**
 * A fresh browser profile (Greek, at the viewport's size; desktop unless said) logged in as the
 * stand-in's user `userid` through the admin app's login, on the admin app with its menu shown.
 */
export async function officialSession(
  browser: Browser,
  baseUrl: string,
  userid: string,
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
  await page.locator(`input[name=user][value="${userid}"]`).check()
  await page.locator('button[value=login]').click()
  await page.waitForURL(`${baseUrl}/admin/`)
  await page
    .getByRole('navigation', { name: 'Κύριο μενού', includeHidden: true })
    .waitFor({ state: 'attached', timeout: 15_000 })
  return { context, page, problems }
}
