import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './browser.js'
import { check, expectStep, freeDay, openSession, waitForMail } from './booking-flow.js'
import { focused, tabTo } from './pages.js'

// Issue 6 quality bar: the whole booking flow by keyboard alone — Tab, Shift+Tab, Enter, Space,
// the arrow keys and typing; no clicks — from the login to the cancellation.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the booking flow by keyboard alone', () => {
  it(
    'R1.2, R2.1, R2.2, R2.4 books and cancels with Tab, arrows, Space and Enter only',
    { timeout: 240_000 },
    async () => {
      const session = await openSession(browser, 'desktop')
      const { page } = session
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await page.getByRole('heading', { level: 1 }).waitFor()

        // R2.1: the login step's link, then the stand-in's form (second demo user)
        await tabTo(page, /^A\|\|\|Σύνδεση με τους κωδικούς TaxisNet$/)
        await page.keyboard.press('Enter')
        await page.waitForURL(/\/dev\/gsis\//)
        await tabTo(page, /^INPUT\|radio\|.*Μαρία Παπαδοπούλου/)
        await page.keyboard.press('ArrowDown')
        expect(await focused(page)).toMatch(/Γιώργος Νικολάου/)
        await page.keyboard.press('Enter')
        await page.waitForURL(/\/book/)

        // the field: arrows move within the radio group, Space chooses
        await page
          .getByRole('heading', { level: 1, name: 'Για ποιο θέμα θέλετε να μιλήσετε με το ΚΕΠ;' })
          .waitFor()
        await tabTo(page, /^INPUT\|radio\|/)
        await page.keyboard.press('Space')
        expect(await focused(page)).toMatch(/Διοικητική Πληροφόρηση/)
        await tabTo(page, /^BUTTON\|submit\|\|Συνέχεια$/)
        await page.keyboard.press('Enter')

        // the procedure: typing filters, accents ignored
        await expectStep(page, 'Ποια υπηρεσία χρειάζεστε;')
        await tabTo(page, /^INPUT\|search\|/)
        await page.keyboard.type('πιστοποιητικο γεννησης')
        await page
          .getByRole('status')
          .filter({ hasText: /^Βρέθηκ/ })
          .waitFor()
        await tabTo(page, /^INPUT\|radio\|.*Πιστοποιητικό γέννησης/)
        await page.keyboard.press('Space')
        await tabTo(page, /Συνέχεια$/)
        await page.keyboard.press('Enter')

        // any KEP
        await expectStep(page, 'Με ποιο ΚΕΠ θέλετε να μιλήσετε;')
        await tabTo(page, /^INPUT\|radio\|.*Με οποιοδήποτε ΚΕΠ/)
        await page.keyboard.press('Space')
        await tabTo(page, /Συνέχεια$/)
        await page.keyboard.press('Enter')

        // the calendar: one Tab stop on the first free day; arrows move, Enter chooses
        await expectStep(page, 'Ποια ημέρα σας βολεύει;')
        await page.getByRole('button', { name: freeDay }).first().waitFor({ timeout: 20_000 })
        await tabTo(page, /^BUTTON\|button\|\|.*, \d+ ελεύθερ/)
        const firstFree = await focused(page)
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => focused(page)).not.toBe(firstFree)
        expect(await focused(page)).toMatch(/^BUTTON\|button\|\|\S+ \d+ \S+ \d{4}, /)
        await page.keyboard.press('ArrowLeft')
        await expect.poll(() => focused(page)).toBe(firstFree)
        await page.keyboard.press('ArrowDown')
        await expect.poll(() => focused(page)).not.toBe(firstFree)
        await page.keyboard.press('ArrowUp')
        await expect.poll(() => focused(page)).toBe(firstFree)
        await page.keyboard.press('Enter')
        await page.getByText(/^Επιλέξατε: /).waitFor()
        await tabTo(page, /Συνέχεια$/)
        await page.keyboard.press('Enter')

        // the time: every choice is named with the full date
        await expectStep(page, 'Τι ώρα σας βολεύει;')
        await tabTo(page, /^INPUT\|radio\|/)
        expect(await focused(page)).toMatch(/\d{4}, \d{2}:\d{2}$/)
        await page.keyboard.press('Space')
        await tabTo(page, /Συνέχεια$/)
        await page.keyboard.press('Enter')

        // the details: typing, Space on radios; Continue first shows what is missing
        await expectStep(page, 'Τα στοιχεία σας')
        await tabTo(page, /Συνέχεια$/)
        await page.keyboard.press('Enter')
        const summary = page.getByRole('alert').filter({ hasText: 'Υπάρχει πρόβλημα' })
        await summary.waitFor()
        await expect.poll(() => focused(page)).toMatch(/^DIV\|/) // the summary took the focus
        await check(session, 'booking-keyboard', '01-details-missing')
        await tabTo(page, /^A\|\|\|Συμπληρώστε το email σας\.$/)
        await page.keyboard.press('Enter') // the summary's link jumps to the field
        expect(await focused(page)).toMatch(/^INPUT\|email\|email\|/)
        await page.keyboard.type('giorgos.keyboard@example.gr')
        await page.keyboard.press('Tab')
        await page.keyboard.type('2101234567')
        await page.keyboard.press('Tab')
        await page.keyboard.type('Πατησίων 100, 10434 Αθήνα')
        await tabTo(page, /^INPUT\|radio\|deliveryMethod\|/)
        await page.keyboard.press('Space')
        await tabTo(page, /Συνέχεια$/)
        await page.keyboard.press('Enter')

        // the review: Shift+Tab back to a Change button, and back to the review
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await tabTo(page, /Επιβεβαίωση ραντεβού$/)
        await tabTo(page, /^BUTTON\|button\|\|Αλλαγή: Ταχυδρομική διεύθυνση$/, { back: true })
        await page.keyboard.press('Enter')
        await expectStep(page, 'Τα στοιχεία σας')
        await tabTo(page, /Συνέχεια$/)
        await page.keyboard.press('Enter')
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await tabTo(page, /Επιβεβαίωση ραντεβού$/)
        await page.keyboard.press('Enter')

        await expectStep(page, 'Το ραντεβού σας κλείστηκε')
        const reference = (await page.locator('.keplive-reference').textContent())!
        await waitForMail(baseUrl, 'giorgos.keyboard@example.gr', new RegExp(reference))

        // R2.4: to the booking, and cancel it, still by keyboard
        await tabTo(page, /Δείτε, αλλάξτε ή ακυρώστε αυτό το ραντεβού$/)
        await page.keyboard.press('Enter')
        await page.getByRole('heading', { level: 1, name: `Ραντεβού ${reference}` }).waitFor()
        await tabTo(page, /^A\|\|\|Ακύρωση του ραντεβού$/)
        await page.keyboard.press('Enter')
        await expectStep(page, 'Θέλετε σίγουρα να ακυρώσετε αυτό το ραντεβού;')
        await tabTo(page, /Ναι, ακύρωση του ραντεβού$/)
        await page.keyboard.press('Enter')
        await page.getByRole('heading', { name: 'Το ραντεβού σας ακυρώθηκε' }).waitFor()

        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})
