import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, watchProblems } from './browser.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  viewports,
  type ViewportName,
} from './pages.js'

// Issue 6, items 1 and 2: the GOV.GR frame (header, navigation, footer), the home page (R2.9,
// R4.1–R4.4) and the user manual, in Greek and English, on a 360 px phone and a desktop.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

type Language = 'el' | 'en'

/** A fresh browser profile at one screen size; English when asked, as the switch leaves it. */
async function open(
  viewport: ViewportName,
  language: Language = 'el',
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: viewports[viewport], locale: 'el-GR' })
  if (language === 'en') {
    await context.addInitScript("localStorage.setItem('keplive.language', 'en')")
  }
  const page = await context.newPage()
  return { context, page, problems: watchProblems(page) }
}

async function withPage(
  viewport: ViewportName,
  run: (page: Page) => Promise<void>,
  language: Language = 'el',
): Promise<void> {
  const { context, page, problems } = await open(viewport, language)
  try {
    await run(page)
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
}

/** The home page once its two lists have arrived from the API. */
async function gotoHome(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/`)
  await page.getByTestId('service-categories').waitFor()
  await page.getByTestId('municipalities').waitFor()
}

const categoryCodes = ['INFORMATION', 'BUSINESS', 'DISABILITY', 'MUNICIPAL'] as const

describe('the home page', () => {
  it('R2.9 tells what the service is, who may use it and what is needed', async () => {
    await withPage('desktop', async (page) => {
      await gotoHome(page)
      const main = page.getByRole('main')
      await expect
        .poll(() => main.getByRole('heading', { level: 1 }).textContent())
        .toBe('Βιντεοκλήση με το ΚΕΠ')
      expect(await main.textContent()).toMatch(/βιντεοκλήση με υπάλληλο ενός Κέντρου Εξυπηρέτησης/)

      const who = main.getByRole('region', { name: 'Ποιος μπορεί να το χρησιμοποιήσει' })
      expect(await who.textContent()).toMatch(/πολίτης/)
      expect(await who.textContent()).toMatch(/νόμιμος εκπρόσωπος μιας επιχείρησης/)

      const needs = main.getByRole('region', { name: 'Τι θα χρειαστείτε' })
      const needed = await needs.getByRole('listitem').allTextContents()
      expect(needed.join(' ')).toMatch(/TaxisNet/)
      expect(needed.join(' ')).toMatch(/κάμερα, μικρόφωνο/)
      expect(needed.join(' ')).toMatch(/δικαιολογητικά/)

      const how = main.getByRole('region', { name: 'Πώς λειτουργεί' })
      expect(await how.locator('ol > li').count()).toBeGreaterThanOrEqual(4)

      // the call to action and the manual, both from the page itself
      const cta = main.getByRole('link', { name: 'Κλείστε ραντεβού', exact: true })
      expect(await cta.getAttribute('href')).toBe('/book')
      await main.getByRole('link', { name: /οδηγό χρήσης/ }).click()
      await page.waitForURL(`${baseUrl}/manual`)
      await page.getByRole('heading', { level: 1, name: 'Οδηγός χρήσης' }).waitFor()
    })
  })

  it('R4.1–R4.4 shows the four fields with their call length, each link carrying its field into /book', async () => {
    await withPage('desktop', async (page) => {
      await gotoHome(page)
      const cards = page.getByTestId('service-categories').getByRole('listitem')
      expect(await cards.count()).toBe(4)

      const minutesByCode = new Map<string, number>()
      for (const card of await cards.all()) {
        const href = await card.getByRole('link').getAttribute('href')
        const code = /^\/book\?category=([A-Z]+)$/.exec(href ?? '')?.[1]
        expect(categoryCodes).toContain(code)
        expect(await card.getByRole('heading', { level: 3 }).textContent()).not.toBe('')
        const minutes = /έως (\d+) λεπτά/.exec((await card.textContent()) ?? '')?.[1]
        expect(minutes).toBeDefined()
        minutesByCode.set(code!, Number(minutes))
      }
      expect([...minutesByCode.keys()].sort()).toEqual([...categoryCodes].sort())
      // R4.3: the field for citizens with disabilities has the longest call
      const disability = minutesByCode.get('DISABILITY')!
      for (const [code, minutes] of minutesByCode) {
        if (code !== 'DISABILITY') expect(disability).toBeGreaterThan(minutes)
      }

      // following a field's link starts the booking flow with that field, inside the app
      const municipal = cards.filter({ has: page.locator('a[href="/book?category=MUNICIPAL"]') })
      await municipal.getByRole('link').click()
      await page.waitForURL(`${baseUrl}/book?category=MUNICIPAL`)
    })
  })

  it('R4.4 finds a participating municipality without accents or in Latin letters, with its KEPs', async () => {
    await withPage('phone', async (page) => {
      await gotoHome(page)
      const list = page.getByTestId('municipalities')
      const names = () => list.locator('.keplive-municipalities__name').allTextContents()
      // issue 16 item 6: until the citizen types, how many take part — not a list of them all
      const participating = /^Δήμοι που συμμετέχουν: (\d+)\./.exec(
        (await list.getByRole('status').textContent()) ?? '',
      )?.[1]
      expect(Number(participating)).toBeGreaterThan(2)
      expect(await names()).toEqual([])

      const search = page.getByRole('searchbox', { name: 'Αναζήτηση δήμου' })
      for (const typed of ['ηρακλειου', 'ΗΡΑΚΛΕΙΟΥ', 'irakleiou']) {
        await search.fill(typed)
        await expect.poll(names).toEqual(['Δήμος Ηρακλείου Αττικής', 'Δήμος Ηρακλείου Κρήτης'])
        await expect
          .poll(() =>
            page.getByRole('status').filter({ hasText: 'Δήμοι που βρέθηκαν' }).textContent(),
          )
          .toBe('Δήμοι που βρέθηκαν: 2')
      }

      // its KEPs open under the municipality's name, by keyboard too
      const crete = list.getByRole('listitem').filter({ hasText: 'Δήμος Ηρακλείου Κρήτης' }).first()
      await crete.locator('summary').focus()
      await page.keyboard.press('Enter')
      const keps = crete.getByRole('list', { name: 'ΚΕΠ — Δήμος Ηρακλείου Κρήτης' })
      await expect.poll(() => keps.isVisible()).toBe(true)
      expect(await keps.getByRole('listitem').count()).toBeGreaterThan(0)
      expect(await keps.textContent()).toMatch(/ΚΕΠ Δήμου Ηρακλείου Κρήτης/)

      await search.fill('ζζζζ')
      await expect.poll(names).toEqual([])
      expect(await page.getByText(/Δεν βρέθηκε δήμος/).count()).toBe(1)
      await search.fill('')
      await expect
        .poll(() => list.getByRole('status').textContent())
        .toMatch(/^Δήμοι που συμμετέχουν/)
      expect(await names()).toEqual([])
    })
  })
})

describe('the user manual', () => {
  const sections = [
    'login',
    'book',
    'documents',
    'email',
    'prepare',
    'join',
    'call',
    'after',
    'change',
    'accessibility',
    'troubleshooting',
  ]

  it('R2.9 is a readable page with a table of contents leading to each step, headings in order', async () => {
    await withPage('desktop', async (page) => {
      await page.goto(`${baseUrl}/manual`)
      await page.getByRole('heading', { level: 1, name: 'Οδηγός χρήσης' }).waitFor()

      const contents = page.getByRole('navigation', { name: 'Περιεχόμενα' })
      const hrefs: (string | null)[] = []
      for (const link of await contents.getByRole('link').all()) {
        hrefs.push(await link.getAttribute('href'))
      }
      expect(hrefs).toEqual(sections.map((id) => `#${id}`))
      for (const id of sections) {
        const section = page.locator(`section#${id}`)
        expect(await section.getByRole('heading', { level: 2 }).count(), id).toBe(1)
      }

      // no level is skipped: h1, then h2s, h3 only under an h2
      const levels = await page.evaluate<number[]>(
        "[...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) => Number(h.tagName[1]))",
      )
      expect(levels[0]).toBe(1)
      levels.slice(1).forEach((level, i) => expect(level - levels[i]!).toBeLessThanOrEqual(1))

      // what happens in the call: the ID to the camera, then sound only if wished
      const call = page.locator('section#call')
      expect(await call.textContent()).toMatch(/ταυτότητα.*κάμερα/)
      expect(await call.textContent()).toMatch(/μόνο με ήχο/)
      const trouble = page.locator('section#troubleshooting')
      expect(await trouble.getByRole('heading', { level: 3 }).allTextContents()).toContain(
        'Αρνηθήκατε κατά λάθος την κάμερα ή το μικρόφωνο',
      )

      // every illustration has a text alternative and has loaded
      const images = page.getByRole('main').locator('img')
      expect(await images.count()).toBeGreaterThanOrEqual(5)
      for (const image of await images.all()) {
        expect((await image.getAttribute('alt'))?.length ?? 0).toBeGreaterThan(20)
      }
      await expect
        .poll(() =>
          page.evaluate<boolean>(
            "[...document.querySelectorAll('main img')].every((img) => img.complete && img.naturalWidth > 0)",
          ),
        )
        .toBe(true)

      await contents.getByRole('link', { name: /Τι γίνεται στη βιντεοκλήση/ }).click()
      await page.waitForURL(`${baseUrl}/manual#call`)
      await expect.poll(() => call.getByRole('heading', { level: 2 }).isVisible()).toBe(true)
      const top = await page.evaluate<number>(
        "document.getElementById('call').getBoundingClientRect().top",
      )
      expect(Math.abs(top)).toBeLessThan(50)
    })
  })
})

describe('the GOV.GR frame', () => {
  it('R2.9 keyboard: the skip link moves focus to main, and the navigation is reached by Tab', async () => {
    await withPage('desktop', async (page) => {
      await gotoHome(page)
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: 'Μετάβαση στο κύριο περιεχόμενο' })
      await expect
        .poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent'))
        .toBe('Μετάβαση στο κύριο περιεχόμενο')
      expect(await skip.isVisible()).toBe(true)
      await page.keyboard.press('Enter')
      await expect.poll(() => page.evaluate<string>('document.activeElement?.id')).toBe('main')

      // from the top of the page, Tab reaches every link of the navigation in order
      await page.goto(`${baseUrl}/`)
      const navigation = page.getByRole('navigation', { name: 'Κύρια πλοήγηση' })
      const wanted = [
        'Αρχική',
        'Κλείστε ραντεβού',
        'Τα ραντεβού μου',
        'Τα δεδομένα μου',
        'Οδηγός χρήσης',
      ]
      const reached: string[] = []
      for (let i = 0; i < 12 && reached.length < wanted.length; i++) {
        await page.keyboard.press('Tab')
        const text = await page.evaluate<string | null>(
          "document.activeElement?.closest('nav[aria-label]')?.getAttribute('aria-label') === 'Κύρια πλοήγηση' ? document.activeElement.textContent : null",
        )
        if (text) reached.push(text)
      }
      expect(reached).toEqual(wanted)
      // the focused link shows a visible focus indicator
      const focused = navigation.getByRole('link', { name: 'Οδηγός χρήσης' })
      const outline = await page.evaluate<string>(
        "(() => { const style = getComputedStyle(document.activeElement); return style.outlineStyle + ' ' + style.outlineWidth })()",
      )
      expect(outline).toMatch(/^solid [3-9]/)
      await page.keyboard.press('Enter')
      await page.waitForURL(`${baseUrl}/manual`)
      expect(await focused.getAttribute('aria-current')).toBe('page')
      expect(
        await navigation.getByRole('link', { name: 'Αρχική' }).getAttribute('aria-current'),
      ).toBeNull()
    })
  })

  it('R2.9 switches the whole page to English and back', async () => {
    await withPage('phone', async (page) => {
      await gotoHome(page)
      await page.getByRole('button', { name: 'English' }).click()
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en')
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Video call with a KEP',
      )
      // on a phone the navigation and the login are behind the menu button (issue 16 item 6)
      await page.getByRole('button', { name: 'Menu', exact: true }).click()
      const navigation = page.getByRole('navigation', { name: 'Main navigation' })
      expect(await navigation.getByRole('link').allTextContents()).toEqual([
        'Home',
        'Book an appointment',
        'My bookings',
        'My data',
        'User manual',
      ])
      expect(await page.getByTestId('service-categories').textContent()).toMatch(
        /Video call length: up to \d+ minutes/,
      )
      expect(await page.getByRole('link', { name: /Log in with your TaxisNet/ }).count()).toBe(1)
      await page.getByRole('button', { name: 'Ελληνικά' }).click()
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('el')
    })
  })

  const pages = [
    { name: 'home', path: '/', ready: (page: Page) => gotoHomeReady(page) },
    {
      name: 'manual',
      path: '/manual',
      ready: (page: Page) => page.locator('main h1').waitFor(),
    },
    {
      name: 'not-found',
      // an unknown route of the app (issue 19 item 5: an address no app serves gets the server's page)
      path: '/manual/no-such-page',
      ready: (page: Page) => page.locator('main h1').waitFor(),
    },
  ]
  async function gotoHomeReady(page: Page) {
    await page.getByTestId('service-categories').waitFor()
    await page.getByTestId('municipalities').waitFor()
  }
  const languages: Language[] = ['el', 'en']
  const sizes: ViewportName[] = ['phone', 'desktop']

  const cases = sizes.flatMap((size) => languages.map((language) => ({ size, language })))

  it.each(cases)(
    'WCAG 2.1 AA: home, manual and not-found have no axe violations ($language, $size) and need no sideways scrolling',
    async ({ size, language }) => {
      await withPage(
        size,
        async (page) => {
          for (const p of pages) {
            await page.goto(`${baseUrl}${p.path}`)
            await p.ready(page)
            expect(await page.getAttribute('html', 'lang')).toBe(language)
            const where = `${p.name} (${language}, ${size})`
            await expectNoAxeViolations(page, where)
            await expectNoHorizontalScroll(page, where)
            if (language === 'el' && p.name !== 'not-found') {
              await screenshot(page, 'home', p.name === 'home' ? '01-home' : '02-manual', size)
            }
          }
        },
        language,
      )
    },
    // three pages, each checked by axe on a machine the other tests share
    180_000,
  )
})
