import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser.js'
import { graphqlIn, loggedIn, startCallServer, type CallServer } from './call-fixture.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  mainMenu,
  screenshot,
  viewports,
  type ViewportName,
  waitForCondition,
} from './pages.js'

// Issue 14 items 4 and 5 in a real browser: an employee's first login shows the acceptable-use
// notice of Art. 7.2 in front of the app, acknowledged by keyboard alone, then the agenda; the
// next login goes straight to it; the Settings page turns the morning summary on by keyboard.
// Axe on both pages, at 360 px without sideways scrolling.

let server: CallServer
let browser: Browser
/** A seeded employee of KEP-0001 nobody else's test logs in as. */
const employeeUser = 'emp0001d'

/**
 * A session of its own as the employee, from its own address (10.15.x.y): logins are limited
 * per address; the notice is left to the test.
 */
function session(viewport: ViewportName = 'desktop') {
  return loggedIn(
    browser,
    server.baseUrl,
    {
      role: 'staff',
      custom: { userid: employeeUser, taxid: '090000045', first: 'Χρυσούλα', last: 'Ιωάννου' },
    },
    { viewport: viewports[viewport], network: '10.15', watch: false, acknowledge: false },
  )
}

/** Presses Tab until the focused element matches `selector` (a CSS selector). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const there = await page.evaluate<boolean>(
      `!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`,
    )
    if (there) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

const focusedText = (page: Page) =>
  page.evaluate<string>(
    '(document.activeElement && document.activeElement.textContent || "").trim()',
  )

interface Account {
  me: {
    employeeAccount: {
      acceptableUseAcknowledgedAt: string | null
      morningSummary: boolean
      emailLocale: string
    }
  }
}
const accountOf = (context: BrowserContext) =>
  graphqlIn<Account>(
    context,
    '{ me { employeeAccount { acceptableUseAcknowledgedAt morningSummary emailLocale } } }',
  )

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('issue 14 items 4, 5: the acceptable-use notice and the settings', () => {
  it('issue 14.5: the first login shows the notice in front of the app; acknowledged by keyboard, the agenda; the next login goes straight to it', async () => {
    const first = await session('phone')
    try {
      const { page, context, problems } = first
      await page
        .getByRole('heading', { level: 1, name: 'Όρος αποδεκτής χρήσης' })
        .waitFor({ timeout: 15_000 })
      expect(await page.title()).toBe('Όρος αποδεκτής χρήσης — myKEPlive — Υπάλληλοι ΚΕΠ')
      await expect(page.getByText('αποκλειστικά και μόνο για τον σκοπό').count()).resolves.toBe(1)
      // nothing of the app before it: no menu, no agenda
      expect(await page.getByRole('navigation', { name: 'Κύριο μενού' }).count()).toBe(0)
      expect(await page.getByRole('table').count()).toBe(0)
      await expectNoAxeViolations(page, 'the acceptable-use notice')
      await expectNoHorizontalScroll(page, 'the acceptable-use notice at 360 px')
      await screenshot(page, 'staff-account', '01-notice', 'phone')

      // Continue without ticking: the error summary says why, takes focus, nothing recorded
      await tabTo(page, 'button[type=submit]')
      await page.keyboard.press('Enter')
      const summary = page.locator('.govgr-error-summary')
      await summary.waitFor()
      expect(await summary.textContent()).toContain('Επιλέξτε ότι λάβατε γνώση του όρου')
      expect(
        await page.evaluate<boolean>(
          'document.activeElement === document.querySelector(".govgr-error-summary")',
        ),
      ).toBe(true)
      await expectNoAxeViolations(page, 'the acceptable-use notice with its error')
      expect((await accountOf(context)).me.employeeAccount.acceptableUseAcknowledgedAt).toBeNull()

      await tabTo(page, 'input[type=checkbox]')
      await page.keyboard.press('Space')
      await tabTo(page, 'button[type=submit]')
      await page.keyboard.press('Enter')

      const agenda = page.getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — / })
      await agenda.waitFor({ timeout: 15_000 })
      await waitForCondition(
        page,
        '!!document.activeElement && document.activeElement.tagName === "H1"',
      )
      expect(await focusedText(page)).toMatch(/^Τα ραντεβού μου — /)
      expect(await (await mainMenu(page, 'Κύριο μενού')).count()).toBe(1)
      const acknowledgedAt = (await accountOf(context)).me.employeeAccount
        .acceptableUseAcknowledgedAt
      expect(acknowledgedAt).not.toBeNull()

      // issue 19 item 4: the footer keeps the notice at hand, to read again (no form this time)
      await page
        .getByRole('contentinfo')
        .getByRole('link', { name: 'Όρος αποδεκτής χρήσης' })
        .click()
      await page.getByRole('heading', { level: 1, name: 'Όρος αποδεκτής χρήσης' }).waitFor()
      expect(page.url()).toMatch(/\/staff\/acceptable-use$/)
      expect(await page.locator('main input[type=checkbox]').count()).toBe(0)
      await expectNoAxeViolations(page, 'the acceptable-use notice, read again')
      expect(problems).toEqual([])
    } finally {
      await first.context.close()
    }

    const second = await session()
    try {
      await second.page
        .getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — / })
        .waitFor({ timeout: 15_000 })
      expect(
        await second.page.getByRole('heading', { name: 'Όρος αποδεκτής χρήσης' }).count(),
      ).toBe(0)
      expect(second.problems).toEqual([])
    } finally {
      await second.context.close()
    }
  })

  it('issue 14.4: Settings by keyboard alone: the acknowledgement date shown, the morning summary on, the emails in English', async () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      const { context, page, problems } = await session(viewport)
      try {
        await page
          .getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — / })
          .waitFor({ timeout: 15_000 })
        if (viewport === 'desktop') {
          // the menu's link, by keyboard; the page's heading takes focus
          await tabTo(page, 'nav a[href$="/settings"]')
          await page.keyboard.press('Enter')
        } else {
          await page.goto('/staff/settings')
        }
        await page
          .getByRole('heading', { level: 1, name: 'Ρυθμίσεις' })
          .waitFor({ timeout: 15_000 })
        expect(await page.title()).toBe('Ρυθμίσεις — myKEPlive — Υπάλληλοι ΚΕΠ')
        await expect(page.getByText(/^Λάβατε γνώση στις /).count()).resolves.toBe(1)
        await expectNoAxeViolations(page, `settings (${viewport})`)
        await expectNoHorizontalScroll(page, `settings (${viewport})`)
        await screenshot(page, 'staff-account', '02-settings', viewport)
        if (viewport === 'phone') continue

        await waitForCondition(
          page,
          '!!document.activeElement && document.activeElement.tagName === "H1"',
        )
        await tabTo(page, 'input[name=morningSummary]')
        await page.keyboard.press('Space')
        await tabTo(page, 'input[name=emailLocale]:checked')
        await page.keyboard.press('ArrowDown')
        await tabTo(page, 'button[type=submit]')
        await page.keyboard.press('Enter')
        await page.getByText('Οι ρυθμίσεις σας αποθηκεύτηκαν.').waitFor()
        await expectNoAxeViolations(page, 'settings saved')
        expect((await accountOf(context)).me.employeeAccount).toMatchObject({
          morningSummary: true,
          emailLocale: 'en',
        })
        // as saved, after a reload
        await page.reload()
        await page.getByRole('heading', { level: 1, name: 'Ρυθμίσεις' }).waitFor()
        expect(await page.locator('input[name=morningSummary]').isChecked()).toBe(true)
        expect(await page.locator('input[name=emailLocale][value=en]').isChecked()).toBe(true)
        expect(problems).toEqual([])
      } finally {
        await context.close()
      }
    }
  })
})
