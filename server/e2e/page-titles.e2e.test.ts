import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminSession } from './admin.js'
import { continueButton, expectStep, slotRadios } from './booking-flow.js'
import { launchChromium, watchProblems } from './browser.js'
import {
  bookNow,
  joinLinkFromMail,
  loggedIn,
  startCallServer,
  type BookedCall,
  type CallServer,
} from './call-fixture.js'
import { viewports } from './pages.js'
import { cookieBaseName, productCookies } from '../src/modules/identity/cookies.js'

// Issue 16 item 7 (WCAG 2.4.2 Page Titled): every citizen page and every booking step names
// itself in the browser tab ("Βήμα 3 από 7: Ημέρα — myKEPlive — …"), and a page's <h1> looks
// the same in the citizen, staff and admin apps.

let server: CallServer
let browser: Browser
let citizen: { context: BrowserContext; page: Page; problems: string[] }
let booking: BookedCall

const app = 'myKEPlive — Βιντεοκλήση με το ΚΕΠ'

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
  citizen = await loggedIn(
    browser,
    server.baseUrl,
    { role: 'citizen', user: 'demo-citizen-2' },
    { viewport: viewports.phone, network: '10.161', watch: false },
  )
  booking = await bookNow(citizen.context, { fullName: 'Ελένη Παππά' })
}, 240_000)

afterAll(async () => {
  await citizen?.context.close()
  await browser?.close()
  await server?.stop()
})

const title = (page: Page) => page.title()

/** Opens the address, waits for its <h1>, and returns the tab's title once the page set it. */
async function titleOf(page: Page, path: string, expected: string | RegExp): Promise<string> {
  await page.goto(path)
  await page.locator('main h1').first().waitFor({ timeout: 15_000 })
  await expect.poll(() => title(page), { timeout: 10_000 }).toMatch(expected)
  return title(page)
}

const exactly = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — ${app}$`)

describe('each page its own title (WCAG 2.4.2)', () => {
  it('R2.9 every citizen page names itself before the service, no two alike', async () => {
    const { page } = citizen
    const titles = [
      await titleOf(page, '/', exactly('Αρχική')),
      await titleOf(page, '/manual', exactly('Οδηγός χρήσης')),
      await titleOf(page, '/manual/no-such-page', exactly('Η σελίδα δεν βρέθηκε')),
      await titleOf(page, '/bookings', exactly('Τα ραντεβού μου')),
      await titleOf(page, `/bookings/${booking.id}`, new RegExp(`^.+ — ${app}$`)),
      await titleOf(
        page,
        `/bookings/${booking.id}/prepare`,
        exactly('Προετοιμασία για τη βιντεοκλήση'),
      ),
      await titleOf(page, '/book?new=1', /^Βήμα 1 από \d+: Θεματική ενότητα — /),
    ]
    expect(new Set(titles).size).toBe(titles.length)

    // the email's link, opened logged out, and the booking flow's login page
    const context = await browser.newContext({
      viewport: viewports.phone,
      locale: 'el-GR',
      baseURL: server.baseUrl,
    })
    try {
      const stranger = await context.newPage()
      const problems = watchProblems(stranger)
      const link = await joinLinkFromMail(server.baseUrl, booking.reference)
      const loggedOut = [
        await titleOf(stranger, link, exactly('Σύνδεσμος βιντεοκλήσης')),
        await titleOf(stranger, '/book', exactly('Κλείστε ραντεβού για βιντεοκλήση με το ΚΕΠ')),
      ]
      expect(new Set([...titles, ...loggedOut]).size).toBe(titles.length + loggedOut.length)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
    expect(citizen.problems).toEqual([])
  })

  it('R2.1 every booking step names itself "Βήμα N από M: …" up to the review, Back restores the step before, in English too', async () => {
    const { page } = citizen
    const steps: { current: number; total: number }[] = []
    /** The step's heading has the focus; the tab names its position and what it asks. */
    const step = async (heading: string, label: string, loaded = false) => {
      // a page just loaded keeps the browser's own focus; a new step moves it to its heading
      if (loaded) await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      else await expectStep(page, heading)
      const pattern = new RegExp(`^Βήμα (\\d+) από (\\d+): ${label} — ${app}$`)
      await expect.poll(() => title(page)).toMatch(pattern)
      const [, current, total] = pattern.exec(await title(page))!
      steps.push({ current: Number(current), total: Number(total) })
    }

    await page.goto('/book?new=1')
    await step('Για ποιο θέμα θέλετε να μιλήσετε με το ΚΕΠ;', 'Θεματική ενότητα', true)
    await page.getByRole('radio', { name: 'Εξυπηρέτηση από το Δήμο σας' }).check()
    await continueButton(page).click()
    await step('Ποιος είναι ο δήμος σας;', 'Δήμος')
    await page.getByLabel('Αναζήτηση δήμου').fill('αθηναιων')
    await page.getByRole('radio', { name: 'Δήμος Αθηναίων' }).check()
    await continueButton(page).click()
    await step('Ποια υπηρεσία χρειάζεστε;', 'Υπηρεσία')

    // Back: the step before names the tab again
    await page.getByRole('button', { name: 'Πίσω' }).click()
    await step('Ποιος είναι ο δήμος σας;', 'Δήμος')
    await continueButton(page).click()
    await step('Ποια υπηρεσία χρειάζεστε;', 'Υπηρεσία')
    await page
      .getByRole('radio', { name: 'Βεβαίωση τετραγωνικών μέτρων για δημοτικά τέλη' })
      .check()
    await continueButton(page).click()
    await step('Ποιο ΚΕΠ θέλετε;', 'ΚΕΠ')
    await page.getByRole('radio', { name: 'ΚΕΠ Δήμου Αθηναίων — Κεντρικό' }).check()
    await continueButton(page).click()
    await step('Ποια ημέρα σας βολεύει;', 'Ημέρα')
    const day = page.getByRole('button', { name: /, \d+ ελεύθερ(ες ώρες|η ώρα)$/ }).first()
    await day.click({ timeout: 20_000 })
    await continueButton(page).click()
    await step('Τι ώρα σας βολεύει;', 'Ώρα')
    await slotRadios(page).first().check()
    await continueButton(page).click()
    await step('Τα στοιχεία σας', 'Τα στοιχεία σας')

    // the same step in English, then back to Greek
    await page.getByRole('button', { name: 'English' }).click()
    await expect
      .poll(() => title(page))
      .toMatch(/^Step \d+ of \d+: Your details — myKEPlive — Video call with a KEP$/)
    await page.getByRole('button', { name: 'Ελληνικά' }).click()
    await expect.poll(() => title(page)).toMatch(/^Βήμα \d+ από \d+: Τα στοιχεία σας — /)

    // the details, only as far as the review asks (the business question may not be asked)
    await page.getByLabel('Email', { exact: true }).fill('eleni.titles@example.gr')
    await page.getByLabel('Τηλέφωνο').fill('2101234567')
    await page.getByLabel('Ταχυδρομική διεύθυνση').fill('Πατησίων 100, 10434 Αθήνα')
    for (const name of ['forBusiness', 'deliveryMethod']) {
      const first = page.locator(`input[type=radio][name=${name}]`).first()
      if ((await first.count()) > 0) await first.check()
    }
    await continueButton(page).click()
    await step('Ελέγξτε το ραντεβού σας', 'Έλεγχος και επιβεβαίωση')

    // each step one further than the one before (the Back above counted twice)
    const forward = steps.filter((s, i) => i !== 2 && i !== 3)
    forward.slice(1).forEach((s, i) => expect(s.current).toBe(forward[i]!.current + 1))
    // the municipal field adds the municipality's step: the total is fixed once the field is
    expect(new Set(steps.slice(1).map((s) => s.total)).size).toBe(1)
    steps.forEach((s) => expect(s.current).toBeLessThanOrEqual(s.total))
    expect(citizen.problems).toEqual([])
  }, 180_000)
})

describe('one heading style across the apps (issue 16 item 7)', () => {
  /** How a page's <h1> looks: size, weight, line height, spacing below. */
  const headingStyle = (page: Page) =>
    page.evaluate<string>(
      "(() => { const s = getComputedStyle(document.querySelector('main h1')); return [s.fontSize, s.fontWeight, s.lineHeight, s.marginBottom].join(' ') })()",
    )

  it('R2.9 the citizen, staff and admin apps title their pages alike, on a phone and a desktop', async () => {
    for (const size of ['phone', 'desktop'] as const) {
      const citizenPage = await citizen.context.newPage()
      await citizenPage.setViewportSize(viewports[size])
      const styles = new Map<string, string>()
      try {
        for (const path of ['/', '/manual', '/bookings', '/book?new=1']) {
          await citizenPage.goto(path)
          await citizenPage.locator('main h1').first().waitFor({ timeout: 15_000 })
          styles.set(`citizen ${path}`, await headingStyle(citizenPage))
        }
      } finally {
        await citizenPage.close()
      }

      const staff = await loggedIn(
        browser,
        server.baseUrl,
        { role: 'staff', user: 'emp0001a' },
        { viewport: viewports[size], network: '10.161', watch: false },
      )
      try {
        await staff.page.getByRole('heading', { level: 1, name: /^Τα ραντεβού μου — / }).waitFor()
        styles.set('staff agenda', await headingStyle(staff.page))
      } finally {
        await staff.context.close()
      }

      const admin = await adminSession(browser, server.baseUrl, 'operator', size)
      try {
        await admin.page.locator('main h1').waitFor()
        styles.set('admin home', await headingStyle(admin.page))
      } finally {
        await admin.context.close()
      }

      const distinct = new Set(styles.values())
      expect(distinct.size, `${size}: ${JSON.stringify(Object.fromEntries(styles))}`).toBe(1)
    }
  }, 180_000)

  // Issue 19 item 4 (cheap here: a citizen who logged in, booked and browsed every page): the
  // browser holds no cookie the cookie statement does not list.
  it('issue 19 item 4: every cookie in the citizen’s browser is one the cookie statement lists', async () => {
    const listed: string[] = productCookies.map((c) => c.name)
    const names = (await citizen.context.cookies()).map((c) => cookieBaseName(c.name))
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(listed, name).toContain(name)
  })
})
