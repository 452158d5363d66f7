import { randomBytes } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminSession, demoAdministrators } from './admin.js'
import { launchChromium } from './browser.js'
import { loginFromFlow, smallPdf, validAfm } from './booking-flow.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  focused,
  screenshot,
  tabTo,
  viewports,
} from './pages.js'

// Issue 13 item 5 (R4.1–R4.4, Art. 4 "with their forms"): an ADMINISTRATOR creates a national
// procedure by keyboard alone, is told in the error summary when its code is taken, uploads its
// PDF form; a citizen finds it at once in the booking flow's list (the public catalog).

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Tabs to a text input by its id and types into it. */
async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, new RegExp(`^(INPUT|TEXTAREA)\\|[a-z]*\\|${id}\\|`))
  await page.keyboard.type(text)
}

/** A fresh profile logged in as the seeded ADMINISTRATOR (the shell's kit, e2e/admin.ts). */
const adminPage = (viewport: 'desktop' | 'phone' = 'desktop') =>
  adminSession(browser, baseUrl, 'administrator', viewport)

async function checkPage(page: Page, step: string, viewport: 'desktop' | 'phone' = 'desktop') {
  await expectNoAxeViolations(page, `admin-procedures/${step} (${viewport})`)
  await expectNoHorizontalScroll(page, `admin-procedures/${step} (${viewport})`)
  await screenshot(page, 'admin-procedures', step, viewport)
}

describe('procedures in the admin app', () => {
  it(
    'R4.1, Art. 4: an ADMINISTRATOR creates a national procedure by keyboard, a taken code shows in the error summary, uploads its PDF form, and citizens find it at once',
    { timeout: 240_000 },
    async () => {
      const { context, page, problems } = await adminPage()
      const u = randomBytes(3).toString('hex').toUpperCase()
      const code = `E2E-${u}`
      const titleEl = `Βεβαίωση δοκιμαστικής υπηρεσίας ${u}`
      try {
        // the list, from the menu, by keyboard
        await tabTo(page, /^A\|\|\|Διαδικασίες$/)
        await page.keyboard.press('Enter')
        await page.getByRole('heading', { level: 1, name: 'Διαδικασίες' }).waitFor()
        await page.getByRole('table', { name: /Διαδικασίες/ }).waitFor()
        await checkPage(page, '01-list')

        await tabTo(page, /^A\|\|\|Νέα διαδικασία$/)
        await page.keyboard.press('Enter')
        await page.getByRole('heading', { level: 1, name: 'Νέα διαδικασία' }).waitFor()
        await page.locator('#procedure-category').waitFor()
        await checkPage(page, '02-new')

        // a code already in the seeded tables: the whole form filled in, by keyboard
        await tabTo(page, /^SELECT\|\|procedure-category\|/)
        expect(await page.locator('#procedure-category').inputValue()).toBe('INFORMATION')
        await typeInto(page, 'procedure-code', 'INF-001')
        await typeInto(page, 'procedure-title-el', titleEl)
        await typeInto(page, 'procedure-title-en', `Test service certificate ${u}`)
        await typeInto(page, 'procedure-description-el', 'Έκδοση βεβαίωσης για τη δοκιμή.')
        await typeInto(page, 'procedure-description-en', 'Issue of a certificate for the test.')
        await tabTo(page, /^BUTTON\|button\|procedure-document-add\|/)
        await page.keyboard.press('Enter')
        // the new line's Greek input has the focus
        await expect.poll(() => focused(page)).toMatch(/^INPUT\|\|procedure-document-el-0\|/)
        await page.keyboard.type('Αστυνομική ταυτότητα')
        await typeInto(page, 'procedure-document-en-0', 'Identity card')
        await tabTo(page, /^BUTTON\|submit\|\|Δημιουργία διαδικασίας$/)
        await page.keyboard.press('Enter')

        const summary = page.getByRole('alert').filter({ hasText: 'Υπάρχει πρόβλημα' })
        await summary.waitFor()
        await expect
          .poll(() => summary.textContent())
          .toContain('Υπάρχει ήδη διαδικασία με αυτόν τον κωδικό.')
        await checkPage(page, '03-duplicate-code')
        // the summary's line leads to the code's input
        await tabTo(page, /^A\|\|\|Υπάρχει ήδη διαδικασία με αυτόν τον κωδικό\.$/)
        await page.keyboard.press('Enter')
        await expect.poll(() => focused(page)).toMatch(/^INPUT\|\|procedure-code\|/)
        await page.keyboard.press('Control+A')
        await page.keyboard.type(code)
        await tabTo(page, /^BUTTON\|submit\|\|Δημιουργία διαδικασίας$/)
        await page.keyboard.press('Enter')

        await page.getByRole('heading', { level: 1, name: `Διαδικασία ${code}` }).waitFor()
        await page.getByText('Η διαδικασία δημιουργήθηκε.').waitFor()
        await page
          .getByText(`Τελευταία αλλαγή από ${demoAdministrators.administrator.name}`, {
            exact: false,
          })
          .waitFor()
        await checkPage(page, '04-created')

        // the PDF form
        await page.getByLabel('Αρχείο PDF').setInputFiles({
          name: 'Έντυπο δοκιμής.pdf',
          mimeType: 'application/pdf',
          buffer: smallPdf(),
        })
        await page.getByRole('button', { name: 'Ανέβασμα εντύπου' }).click()
        await page.getByText('Το έντυπο ανέβηκε.').waitFor()
        const link = page.getByRole('link', { name: 'Άνοιγμα του εντύπου' })
        await link.waitFor()
        const href = await link.getAttribute('href')
        expect(href).toMatch(/^\/forms\/[0-9a-f-]{36}\.pdf$/)
        const pdf = await context.request.get(`${baseUrl}${href}`)
        expect(pdf.status()).toBe(200)
        expect(pdf.headers()['content-type']).toBe('application/pdf')
        await checkPage(page, '05-form-uploaded')

        // a non-PDF is refused with the server's reason
        await page.getByLabel('Αρχείο PDF').setInputFiles({
          name: 'not-a-form.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('<html>not a pdf</html>'),
        })
        await page.getByRole('button', { name: 'Ανέβασμα εντύπου' }).click()
        await page.getByText('Το έντυπο πρέπει να είναι αρχείο PDF.').first().waitFor()
        await checkPage(page, '06-not-pdf')

        // retire asks first
        await page.getByRole('button', { name: 'Απόσυρση διαδικασίας' }).click()
        await page.getByRole('heading', { name: `Απόσυρση της διαδικασίας ${code};` }).waitFor()
        await checkPage(page, '07-retire-confirm')
        await page.getByRole('button', { name: 'Ακύρωση' }).click()
        expect(problems).toEqual([])
      } finally {
        await context.close()
      }

      // a citizen finds it at once in the booking flow's list of the field (the public catalog)
      const citizen = await browser.newContext({ locale: 'el-GR', viewport: viewports.phone })
      try {
        const page = await citizen.newPage()
        await page.goto(`${baseUrl}/book?category=information`)
        await loginFromFlow(page, {
          userId: `e2e-proc-${u}`,
          afm: validAfm('12345678'),
          firstName: 'Ελένη',
          lastName: 'Δοκιμή',
        })
        await page.getByRole('heading', { level: 1, name: 'Ποια υπηρεσία χρειάζεστε;' }).waitFor()
        await page.getByLabel('Αναζήτηση υπηρεσίας').fill(`βεβαιωση δοκιμαστικης ${u}`)
        await page.getByRole('radio', { name: new RegExp(titleEl) }).waitFor()
      } finally {
        await citizen.close()
      }
    },
  )

  it(
    'R4.1 the list and a procedure fit a 360 px phone and pass axe',
    { timeout: 120_000 },
    async () => {
      const { context, page, problems } = await adminPage('phone')
      try {
        await page.goto(`${baseUrl}/admin/procedures`)
        await page.getByRole('table', { name: /Διαδικασίες/ }).waitFor()
        await checkPage(page, '08-list', 'phone')
        await page.getByLabel('Αναζήτηση').fill('INF-001')
        await page.getByRole('button', { name: 'Εφαρμογή φίλτρων' }).click()
        await page.getByRole('link', { name: 'INF-001' }).click()
        await page.getByRole('heading', { level: 1, name: 'Διαδικασία INF-001' }).waitFor()
        await page.locator('#procedure-title-el').waitFor()
        await checkPage(page, '09-edit', 'phone')
        expect(problems).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
