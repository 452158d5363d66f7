import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, watchProblems } from './browser.js'
import { loginFromFlow, toDateStep, validAfm } from './booking-flow.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  waitForCondition,
} from './pages.js'

// Issue 16 item 6: the home page on a 360 × 740 phone — what the service is and its "Book"
// button on the first screen, a header of one row with the menu behind one button, the
// municipalities found by search instead of listed, no key instructions on a touch screen —
// and the full menu kept on a 1280 × 800 desktop.

const baseUrl = inject('baseUrl')
const phone = { width: 360, height: 740 }
const desktop = { width: 1280, height: 800 }
let browser: Browser

/** A measured figure, one `name=value` line in the run's output (for the closing note). */
const figure = (name: string, value: unknown) =>
  process.stdout.write(`${name}=${JSON.stringify(value)}\n`)

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A fresh profile: a touch phone (mobile viewport, touch, coarse pointer) or a desktop. */
async function withPage(
  size: 'phone' | 'desktop',
  run: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext(
    size === 'phone'
      ? { viewport: phone, locale: 'el-GR', isMobile: true, hasTouch: true }
      : { viewport: desktop, locale: 'el-GR' },
  )
  try {
    const page = await context.newPage()
    const problems = watchProblems(page)
    await run(page, context)
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
}

/** The home page once the municipalities' count has arrived from the API. */
async function gotoHome(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/`)
  await page.getByTestId('municipalities').getByRole('status').waitFor()
}

const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!
const menuButton = (page: Page) => page.getByRole('button', { name: 'Μενού', exact: true })
const navigation = (page: Page) => page.getByRole('navigation', { name: 'Κύρια πλοήγηση' })
const activeText = (page: Page) =>
  page.evaluate<string | null>('document.activeElement?.textContent ?? null')

describe('the home page on a phone', () => {
  it('R2.9 the first screen says what the service is and shows "Κλείστε ραντεβού"; the header is one short row', async () => {
    await withPage('phone', async (page) => {
      await gotoHome(page)
      const header = await box(page, 'header')
      const cta = page
        .getByRole('main')
        .getByRole('link', { name: 'Κλείστε ραντεβού', exact: true })
      const ctaBox = (await cta.boundingBox())!
      const height = await page.evaluate<number>('document.documentElement.scrollHeight')
      // before issue 16: header and menu 354 px, the button at 890 px, the page 11,462 px tall
      figure('home_phone_header_px', header.height)
      figure('home_phone_book_button_bottom_px', ctaBox.y + ctaBox.height)
      figure('home_phone_page_px', height)
      expect(header.height).toBeLessThanOrEqual(100)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Βιντεοκλήση με το ΚΕΠ',
      )
      expect((await box(page, 'main h1')).y).toBeLessThan(header.height + 60)
      expect(await page.getByText(/βιντεοκλήση με υπάλληλο ενός Κέντρου/).isVisible()).toBe(true)
      expect(ctaBox.y + ctaBox.height).toBeLessThanOrEqual(phone.height)
      expect(await cta.getAttribute('href')).toBe('/book')
      // the municipalities are searched, not listed: the page is a few screens, not fifteen
      expect(height).toBeLessThan(6_000)
      // the menu is behind its button: neither the navigation nor the login takes room
      expect(await navigation(page).isVisible()).toBe(false)
      expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false')
      await expectNoHorizontalScroll(page, 'home (phone)')
      await screenshot(page, 'home-phone', '01-first-screen', 'phone')
    })
  })

  it('R2.9 keyboard: the menu button opens the login and the navigation, Escape closes it and focus returns to it', async () => {
    await withPage('phone', async (page) => {
      await gotoHome(page)
      const button = menuButton(page)
      // from the top: the skip link, the service's name, the language, then the menu button
      for (let i = 0; i < 6 && (await activeText(page)) !== 'Μενού'; i++) {
        await page.keyboard.press('Tab')
      }
      expect(await activeText(page)).toBe('Μενού')
      expect(await button.getAttribute('aria-controls')).toBe(
        'keplive-session-menu keplive-site-menu',
      )

      await page.keyboard.press('Enter')
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true')
      expect(await navigation(page).isVisible()).toBe(true)
      const login = page.getByRole('link', { name: 'Σύνδεση με τους κωδικούς TaxisNet' })
      expect(await login.isVisible()).toBe(true)
      await expectNoAxeViolations(page, 'home with the menu open (phone)')
      await screenshot(page, 'home-phone', '02-menu-open', 'phone')

      // Tab goes on into the menu: the login, then the navigation's links in order
      await page.keyboard.press('Tab')
      expect(await activeText(page)).toMatch(/^Σύνδεση/)
      const reached: string[] = []
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab')
        reached.push((await activeText(page)) ?? '')
      }
      expect(reached).toEqual([
        'Αρχική',
        'Κλείστε ραντεβού',
        'Τα ραντεβού μου',
        'Τα δεδομένα μου',
        'Οδηγός χρήσης',
      ])

      await page.keyboard.press('Escape')
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false')
      expect(await navigation(page).isVisible()).toBe(false)
      expect(await login.isVisible()).toBe(false)
      await waitForCondition(page, "document.activeElement?.getAttribute('aria-expanded') !== null")
      expect(await activeText(page)).toBe('Μενού')

      // a link of the menu leads to its page and puts the menu away
      await page.keyboard.press('Enter')
      await navigation(page).getByRole('link', { name: 'Οδηγός χρήσης' }).click()
      await page.waitForURL(`${baseUrl}/manual`)
      await page.getByRole('heading', { level: 1, name: 'Οδηγός χρήσης' }).waitFor()
      expect(await button.getAttribute('aria-expanded')).toBe('false')
      expect(await navigation(page).isVisible()).toBe(false)
    })
  })

  it('R4.4 keyboard: typing finds the municipality, the count is announced, Enter opens its KEPs', async () => {
    await withPage('phone', async (page) => {
      await gotoHome(page)
      const results = page.getByTestId('municipalities')
      const status = results.getByRole('status')
      const names = () => results.locator('.keplive-municipalities__name').allTextContents()
      // before a search: how many take part, no list of them
      expect(await status.textContent()).toMatch(/^Δήμοι που συμμετέχουν: \d+\./)
      expect(await names()).toEqual([])
      expect(await status.getAttribute('aria-live')).toBe('polite')

      const search = page.getByRole('searchbox', { name: 'Αναζήτηση δήμου' })
      await search.focus()
      await page.keyboard.type('ηρακλειου')
      await expect.poll(names).toEqual(['Δήμος Ηρακλείου Αττικής', 'Δήμος Ηρακλείου Κρήτης'])
      await expect.poll(() => status.textContent()).toBe('Δήμοι που βρέθηκαν: 2')

      // Tab from the field reaches the first result; Enter opens its KEPs
      await page.keyboard.press('Tab')
      expect(await activeText(page)).toMatch(/^Δήμος Ηρακλείου Αττικής/)
      await page.keyboard.press('Tab')
      expect(await activeText(page)).toMatch(/^Δήμος Ηρακλείου Κρήτης/)
      await page.keyboard.press('Enter')
      const keps = results.getByRole('list', { name: 'ΚΕΠ — Δήμος Ηρακλείου Κρήτης' })
      await expect.poll(() => keps.isVisible()).toBe(true)
      expect(await keps.textContent()).toMatch(/ΚΕΠ Δήμου Ηρακλείου Κρήτης/)
      await screenshot(page, 'home-phone', '03-municipality-found', 'phone')

      await search.fill('ζζζζ')
      await expect.poll(names).toEqual([])
      expect(await status.textContent()).toMatch(/^Δεν βρέθηκε δήμος/)
      await search.fill('')
      await expect.poll(() => status.textContent()).toMatch(/^Δήμοι που συμμετέχουν/)
      expect(await names()).toEqual([])
    })
  })

  it('R2.9 a touch screen is not told about keys: the calendar has no Page Up/Down instructions', async () => {
    await withPage('phone', async (page) => {
      await page.goto(`${baseUrl}/book?new=1`)
      await loginFromFlow(page, {
        userId: 'e2e-touch-phone',
        afm: validAfm('57721577'),
        firstName: 'Άννα',
        lastName: 'Σταθοπούλου',
      })
      await toDateStep(page)
      const keys = page.getByText(/Page Up/)
      expect(await keys.count()).toBe(1) // in the page, described to assistive technology…
      expect(await keys.isVisible()).toBe(false) // …but not shown on a touch screen
    })
    // the same step with a mouse and keyboard shows them
    await withPage('desktop', async (page) => {
      await page.goto(`${baseUrl}/book?new=1`)
      await loginFromFlow(page, {
        userId: 'e2e-touch-desktop',
        afm: validAfm('57721588'),
        firstName: 'Άννα',
        lastName: 'Σταθοπούλου',
      })
      await toDateStep(page)
      expect(await page.getByText(/Page Up/).isVisible()).toBe(true)
    })
  }, 180_000)
})

describe('the home page on a desktop', () => {
  it('R2.9 keeps the full menu and the login in view, no menu button', async () => {
    await withPage('desktop', async (page) => {
      await gotoHome(page)
      expect(await menuButton(page).isVisible()).toBe(false)
      expect(await navigation(page).getByRole('link').allTextContents()).toEqual([
        'Αρχική',
        'Κλείστε ραντεβού',
        'Τα ραντεβού μου',
        'Τα δεδομένα μου',
        'Οδηγός χρήσης',
      ])
      expect(
        await page.getByRole('link', { name: 'Σύνδεση με τους κωδικούς TaxisNet' }).isVisible(),
      ).toBe(true)
      const header = await box(page, 'header')
      const nav = await box(page, '.keplive-service-nav')
      figure('home_desktop_header_and_menu_px', header.height + nav.height)
      expect(header.height + nav.height).toBeLessThanOrEqual(130)
      const cta = page
        .getByRole('main')
        .getByRole('link', { name: 'Κλείστε ραντεβού', exact: true })
      const ctaBox = (await cta.boundingBox())!
      expect(ctaBox.y + ctaBox.height).toBeLessThanOrEqual(desktop.height)
    })
  })
})

describe('the home page is accessible at both sizes', () => {
  it.each(['phone', 'desktop'] as const)(
    'WCAG 2.1 AA: no axe violations, no sideways scrolling, a municipality found (%s)',
    async (size) => {
      await withPage(size, async (page) => {
        await gotoHome(page)
        await page.getByRole('searchbox', { name: 'Αναζήτηση δήμου' }).fill('αθην')
        await page
          .getByTestId('municipalities')
          .locator('.keplive-municipalities__name')
          .first()
          .waitFor()
        await expectNoAxeViolations(page, `home (${size})`)
        await expectNoHorizontalScroll(page, `home (${size})`)
      })
    },
    120_000,
  )
})
