import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, ConsoleMessage, Page } from 'playwright-core'
import { launchChromium, watchProblems } from './browser.js'
import { loggedIn } from './call-fixture.js'
import { viewports } from './pages.js'

// Issue 16 item 8: the home page and the manual arrive rendered (their content shows before any
// script has run), the script then takes the markup over without an error or a second render,
// and the pages come compressed. The product as `pnpm start` runs it, in Chromium.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

// Counts the headings taken out of the page: a page the script rendered anew instead of taking
// over the markup loses the prerendered <h1> (browser code, as text: no DOM types here)
const countRemovedHeadings = `(() => {
  window.__removedHeadings = 0
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.removedNodes)
        if (node.nodeType === 1 && (node.matches('h1') || node.querySelector('h1')))
          window.__removedHeadings++
  }).observe(document, { childList: true, subtree: true })
})()`

const removedHeadings = (page: Page) => page.evaluate('window.__removedHeadings')

/** Console errors, including React's hydration complaints, which watchProblems does not count. */
function consoleErrors(messages: ConsoleMessage[]): string[] {
  return messages.filter((m) => m.type() === 'error').map((m) => m.text())
}

describe('pages that show before their script (issue 16 item 8)', () => {
  it('R2.9 R1.1 the home page and the manual show their heading, lead and links with JavaScript off, at 360 px', async () => {
    const context = await browser.newContext({
      viewport: viewports.phone,
      javaScriptEnabled: false,
      locale: 'el-GR',
    })
    try {
      const page = await context.newPage()
      await page.goto(`${baseUrl}/`)
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Βιντεοκλήση με το ΚΕΠ')
      expect(await page.locator('main a[href="/book"]').first().textContent()).toBe(
        'Κλείστε ραντεβού',
      )
      expect(await page.locator('main p').first().textContent()).not.toBe('')

      await page.goto(`${baseUrl}/manual`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Οδηγός χρήσης')
      expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(3)

      // any other route is the plain shell: no page's content pretends to be it
      await page.goto(`${baseUrl}/book`)
      expect(await page.locator('#root').innerHTML()).toBe('')
    } finally {
      await context.close()
    }
  })

  it('R2.9 the script takes the prerendered home page over: no error, no heading replaced, links work', async () => {
    const context = await browser.newContext({ viewport: viewports.phone, locale: 'el-GR' })
    try {
      const page = await context.newPage()
      const problems = watchProblems(page)
      const messages: ConsoleMessage[] = []
      page.on('console', (m) => messages.push(m))
      await context.addInitScript({ content: countRemovedHeadings })
      await page.goto(`${baseUrl}/`)
      await page.getByTestId('service-categories').waitFor({ timeout: 15_000 })
      expect(await removedHeadings(page)).toBe(0)
      await page.locator('main a[href="/manual"]').first().click()
      await page.waitForURL(`${baseUrl}/manual`)
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
        .toBe('Οδηγός χρήσης')
      expect(problems).toEqual([])
      expect(consoleErrors(messages)).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('R2.9 the prerendered manual is taken over too, and a visitor who chose English gets English', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'el-GR' })
    try {
      const page = await context.newPage()
      const problems = watchProblems(page)
      const messages: ConsoleMessage[] = []
      page.on('console', (m) => messages.push(m))
      await context.addInitScript({ content: countRemovedHeadings })
      await page.goto(`${baseUrl}/manual`)
      await page.locator('nav.keplive-contents').waitFor()
      expect(await removedHeadings(page)).toBe(0)
      // the language switch works only once the script runs: switching proves it took over
      await page.getByRole('button', { name: 'English' }).click()
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
        .toBe('User manual')
      await page.goto(`${baseUrl}/`)
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
        .toBe('Video call with a KEP')
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      // the Greek markup was rendered anew in English, not taken over (nor left)
      expect(await removedHeadings(page)).toBeGreaterThan(0)
      await page.locator('main a[href="/book"]').first().click()
      await page.waitForURL(`${baseUrl}/book`)
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
        .toBe('Book a video call with a KEP')
      expect(problems).toEqual([])
      expect(consoleErrors(messages)).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('R1.1 the pages, scripts and stylesheets come brotli-compressed, the stylesheet trimmed', async () => {
    const context = await browser.newContext({ viewport: viewports.phone })
    try {
      const page = await context.newPage()
      const encodings = new Map<string, { encoding?: string; vary?: string }>()
      page.on('response', (res) => {
        const headers = res.headers()
        encodings.set(new URL(res.url()).pathname, {
          encoding: headers['content-encoding'],
          vary: headers.vary,
        })
      })
      await page.goto(`${baseUrl}/`)
      await page.getByTestId('service-categories').waitFor({ timeout: 15_000 })
      const files = [...encodings].filter(([p]) => p === '/' || /\.(js|css)$/.test(p))
      expect(files.length).toBeGreaterThan(2)
      for (const [file, { encoding, vary }] of files) {
        expect({ file, encoding, vary }).toEqual({ file, encoding: 'br', vary: 'Accept-Encoding' })
      }
      const stylesheet = files.find(([p]) => p.endsWith('.css'))![0]
      const css = await (await fetch(`${baseUrl}${stylesheet}`)).text()
      expect(css.length).toBeLessThan(80_000) // the whole GOV.GR stylesheet alone is 178 kB
    } finally {
      await context.close()
    }
  })
  it('R2.9 the first booking step, logged in on a phone, loads its data without moving what is on the screen (no layout shift)', async () => {
    const session = await loggedIn(
      browser,
      baseUrl,
      { role: 'citizen', user: 'demo-citizen-4' },
      // Lighthouse's phone: its footer on the first screen, until the step's data pushes it down
      { viewport: { width: 412, height: 823 }, watch: false },
    )
    try {
      // every layout shift of the page, from its first paint (browser code, as text)
      await session.context.addInitScript({
        content: `window.__shift = 0; new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value
        }).observe({ type: 'layout-shift', buffered: true })`,
      })
      const page = await session.context.newPage()
      await page.goto('/book')
      await page.getByRole('radio').first().waitFor()
      await page.waitForTimeout(500)
      expect(await page.evaluate('window.__shift')).toBeLessThan(0.01)
    } finally {
      await session.context.close()
    }
  })
})
