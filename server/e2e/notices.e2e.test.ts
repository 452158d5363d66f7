import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { noticeHref, noticePaths, type NoticeKind } from '../src/app/pages/page-shell.js'
import { launchChromium, watchProblems } from './browser.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, viewports } from './pages.js'

// Issue 19 items 4, 5 in the browser, on the shared server: the notices in both languages are
// axe clean at 360 px; the citizen app's footer leads to the privacy notice by keyboard alone;
// an unknown citizen route shows the app's not-found page with status 404, and an address no
// app serves gets the server's own not-found page.

const baseUrl = inject('baseUrl')
let browser: Browser
let context: BrowserContext
let page: Page
let problems: string[]

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ viewport: viewports.phone, locale: 'el-GR' })
  page = await context.newPage()
  problems = watchProblems(page)
})
afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('notices and real HTTP answers (issue 19 items 4, 5)', () => {
  it('issue 19 item 4: each notice in Greek and English is axe clean at 360 px, with its lang', async () => {
    for (const kind of Object.keys(noticePaths) as NoticeKind[]) {
      for (const locale of ['el', 'en'] as const) {
        const response = await page.goto(`${baseUrl}${noticeHref(kind, locale)}`)
        expect(response?.status()).toBe(200)
        expect(await page.getAttribute('html', 'lang')).toBe(locale)
        await page.locator('main h1').waitFor()
        await expectNoAxeViolations(page, `${kind} (${locale})`)
        await expectNoHorizontalScroll(page, `${kind} (${locale})`)
      }
    }
    expect(problems).toEqual([])
  }, 60_000)

  it('issue 19 item 4: from the citizen app’s footer, the privacy notice is reached by keyboard alone', async () => {
    await page.goto(`${baseUrl}/`)
    // the footer's link, named in Greek; reached below by Tab alone
    await page.getByRole('contentinfo').getByRole('link', { name: 'Προσωπικά δεδομένα' }).waitFor()
    let reached = false
    for (let presses = 0; presses < 150 && !reached; presses++) {
      await page.keyboard.press('Tab')
      // a string runs in the page: the server's type check has no DOM library
      reached = await page.evaluate<boolean>(
        "document.activeElement?.closest('footer') !== null && document.activeElement?.getAttribute('href') === '/privacy'",
      )
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseUrl}/privacy`)
    await page.getByRole('heading', { level: 1, name: 'Προστασία προσωπικών δεδομένων' }).waitFor()
  }, 30_000)

  it('issue 19 item 5: an unknown citizen route shows the app’s not-found page with status 404; an address no app serves, the server’s', async () => {
    const appRoute = await page.goto(`${baseUrl}/bookings/no/such/page`)
    expect(appRoute?.status()).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'Η σελίδα δεν βρέθηκε' }).waitFor()
    await expectNoAxeViolations(page, 'the citizen app’s not-found page')

    const nobody = await page.goto(`${baseUrl}/status`)
    expect(nobody?.status()).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'Η σελίδα δεν βρέθηκε' }).waitFor()
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
    await expectNoAxeViolations(page, 'the server’s not-found page')
    await expectNoHorizontalScroll(page, 'the server’s not-found page')
  }, 30_000)
})
