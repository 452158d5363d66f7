import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { watchProblems } from './browser.js'
import { viewports, type ViewportName } from './pages.js'

// The admin app's browser-test kit: a browser context logged in as one of the seeded
// administrators (server/seed/administrators.json, with their GSIS stand-in users in
// demo-users.json), through the stand-in's form, as a person would.

export type AdminRole = 'administrator' | 'operator' | 'auditor'

/** The demo user of each administrator's role, and the name the header greets them with. */
export const demoAdministrators: Record<AdminRole, { userid: string; name: string }> = {
  administrator: { userid: 'admin01', name: 'Αικατερίνη Σταματοπούλου' },
  operator: { userid: 'admin04', name: 'Παναγιώτης Λαμπρόπουλος' },
  auditor: { userid: 'admin05', name: 'Σοφία Καραγιάννη' },
}

export interface AdminSession {
  context: BrowserContext
  page: Page
  /** Script errors and CSP violations seen so far: a test expects it to stay empty. */
  problems: string[]
}

/** Numbers each session's own address (X-Forwarded-For). */
let sessionCount = 1

/**
 * A fresh browser profile (Greek, at the viewport's size; desktop unless said) logged in as the
 * demo administrator of `role`, on the admin app's home page with its menu shown.
 */
export async function adminSession(
  browser: Browser,
  baseUrl: string,
  role: AdminRole,
  viewport: ViewportName = 'desktop',
): Promise<AdminSession> {
  const context = await browser.newContext({
    locale: 'el-GR',
    baseURL: baseUrl,
    viewport: viewports[viewport],
    // an office's address of its own (the server trusts one proxy hop): the admin tests log in
    // often, and the login limit counts per address
    extraHTTPHeaders: { 'x-forwarded-for': `10.13.${sessionCount >> 8}.${sessionCount++ & 255}` },
  })
  const page = await context.newPage()
  const problems = watchProblems(page)
  await page.goto(`/auth/login?role=admin&returnTo=${encodeURIComponent('/admin/')}`)
  await page.waitForURL(/\/dev\/gsis\//)
  await page.locator(`input[name=user][value="${demoAdministrators[role].userid}"]`).check()
  await page.locator('button[value=login]').click()
  await page.waitForURL(`${baseUrl}/admin/`)
  // attached, not visible: on a phone the menu waits behind the header's menu button
  await page
    .getByRole('navigation', { name: 'Κύριο μενού', includeHidden: true })
    .waitFor({ state: 'attached', timeout: 15_000 })
  return { context, page, problems }
}

/** A GraphQL request with the session's cookie, answered as it comes (errors included). */
export async function graphqlAs(
  session: AdminSession,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  data?: Record<string, unknown> | null
  errors?: { extensions?: { code?: string } }[]
}> {
  const response = await session.context.request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  })
  return (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: { extensions?: { code?: string } }[]
  }
}

/** Whether the element has keyboard focus (the server's type check has no DOM library). */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) =>
      element ===
      (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  )
}
