import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { adminSession, demoAdministrators, type AdminRole } from './admin.js'
import { launchChromium, watchProblems } from './browser.js'
import { loggedIn } from './call-fixture.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, viewports } from './pages.js'

// Issue 13: the admin app's shell — the login gate, the menu by role (Art. 3.5), accessible and
// usable at 360 px.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the admin app shell', () => {
  it('Art. 3.5 shows an anonymous visitor the login page and no content', async () => {
    const context = await browser.newContext({ locale: 'el-GR', viewport: viewports.phone })
    const page = await context.newPage()
    const problems = watchProblems(page)
    try {
      await page.goto(`${baseUrl}/admin/administrators`)
      await page.getByRole('heading', { level: 1, name: 'Διαχείριση του myKEPlive' }).waitFor()
      const login = page.getByRole('button', { name: 'Σύνδεση', exact: true })
      // the login returns to the page asked for
      expect(await login.getAttribute('href')).toBe(
        `/auth/login?role=admin&returnTo=${encodeURIComponent('/admin/administrators')}`,
      )
      expect(await page.getByRole('navigation', { name: 'Κύριο μενού' }).count()).toBe(0)
      expect(await page.getByRole('table').count()).toBe(0)
      await expectNoAxeViolations(page, 'admin login page')
      await expectNoHorizontalScroll(page, 'admin login page at 360 px')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('Art. 3.5 refuses a KEP employee: the app is for the ministry’s administrators', async () => {
    const { context, page } = await loggedIn(
      browser,
      baseUrl,
      { role: 'staff', user: 'emp0001b' },
      { watch: false },
    )
    try {
      await page.goto(`${baseUrl}/admin/`)
      await page
        .getByRole('heading', { level: 1, name: 'Η εφαρμογή είναι μόνο για τους διαχειριστές' })
        .waitFor({ timeout: 15_000 })
      expect(await page.getByRole('navigation', { name: 'Κύριο μενού' }).count()).toBe(0)
      expect(await page.getByText('Ο κατάλογος σε αριθμούς').count()).toBe(0)
      await expectNoAxeViolations(page, 'admin app refusing an employee')
    } finally {
      await context.close()
    }
  })

  const roles: { role: AdminRole; label: string }[] = [
    { role: 'administrator', label: 'Διαχειριστής' },
    { role: 'operator', label: 'Χειριστής' },
    { role: 'auditor', label: 'Ελεγκτής' },
  ]

  it.each(roles)(
    'Art. 3.5 shows the $role the home page with the menu of the role',
    async ({ role, label }) => {
      const session = await adminSession(browser, baseUrl, role, 'phone')
      const { page } = session
      try {
        await expect
          .poll(() => page.getByTestId('session-user').textContent(), { timeout: 15_000 })
          .toContain(demoAdministrators[role].name)
        await page.getByRole('heading', { level: 1, name: 'myKEPlive — Διαχείριση' }).waitFor()
        await page.getByText(`Συνδεθήκατε με τον ρόλο «${label}»`).waitFor()
        await page.getByRole('heading', { name: 'Ο κατάλογος σε αριθμούς' }).waitFor()
        await page.getByRole('table').first().waitFor({ timeout: 15_000 })
        const menu = page.getByRole('navigation', { name: 'Κύριο μενού' })
        const current = menu.getByRole('link', { name: 'Αρχική' })
        expect(await current.getAttribute('aria-current')).toBe('page')
        await expectNoAxeViolations(page, `admin home as ${role}`)
        await expectNoHorizontalScroll(page, `admin home as ${role} at 360 px`)
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )

  it('answers an unknown address inside the app with its not-found page', async () => {
    const session = await adminSession(browser, baseUrl, 'operator')
    try {
      await session.page.goto(`${baseUrl}/admin/no-such-page`)
      await session.page.getByRole('heading', { level: 1, name: 'Η σελίδα δεν βρέθηκε' }).waitFor()
      await session.page.getByRole('link', { name: 'Στην αρχική της διαχείρισης' }).click()
      await session.page.waitForURL(/\/admin\/?$/)
    } finally {
      await session.context.close()
    }
  })
})
