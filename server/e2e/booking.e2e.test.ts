import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './browser.js'
import {
  check,
  chooseFirstFreeDay,
  continueButton,
  expectStep,
  freeDay,
  loginFromFlow,
  openSession,
  slotRadios,
  smallPdf,
  waitForMail,
} from './booking-flow.js'
import type { ViewportName } from './pages.js'

// Issue 6, items 3 and 4: a demo citizen books a municipal procedure with a document, gets the
// email, reschedules and cancels — at desktop and at phone size, axe and a screenshot on every
// step and page, no sideways scrolling at 360 px.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const citizens: Record<ViewportName, { demo: RegExp; name: string; email: string }> = {
  desktop: {
    demo: /Μαρία Παπαδοπούλου/,
    name: 'Μαρία Παπαδοπούλου',
    email: 'maria.desktop@example.gr',
  },
  phone: {
    demo: /Ελένη Κωνσταντίνου/,
    name: 'Ελένη Κωνσταντίνου',
    email: 'eleni.phone@example.gr',
  },
}

describe.each(['desktop', 'phone'] as const)('booking at %s size', (viewport) => {
  it(
    'R2.1, R2.2, R2.3, R2.4, R4.4 books a municipal procedure with a document, gets the email, reschedules and cancels',
    { timeout: 240_000 },
    async () => {
      const who = citizens[viewport]
      const session = await openSession(browser, viewport)
      const { page } = session
      try {
        // R2.1: the deep link from the national portal names the field; it survives the login
        await page.goto(`${baseUrl}/book?category=municipal`)
        await expectStepHeading(page, 'Κλείστε ραντεβού για βιντεοκλήση με το ΚΕΠ')
        await check(session, 'booking', '01-login')
        await loginFromFlow(page, { demo: who.demo })

        // the field came from the link: the flow starts at the municipality (R4.4)
        await page.getByRole('heading', { level: 1, name: 'Ποιος είναι ο δήμος σας;' }).waitFor()
        await check(session, 'booking', '02-municipality')
        // accent- and case-insensitive search
        await page.getByLabel('Αναζήτηση δήμου').fill('ΑΘΗΝΑΙΩΝ')
        await page.getByRole('radio', { name: 'Δήμος Αθηναίων' }).check()
        await continueButton(page).click()

        await expectStep(page, 'Ποια υπηρεσία χρειάζεστε;')
        await check(session, 'booking', '03-procedure')
        await page.getByLabel('Αναζήτηση υπηρεσίας').fill('βεβαιωση μη οφειλης')
        await page.getByRole('radio', { name: 'Βεβαίωση μη οφειλής (ΤΑΠ)' }).check()
        await continueButton(page).click()

        await expectStep(page, 'Ποιο ΚΕΠ θέλετε;')
        await check(session, 'booking', '04-kep')
        // Back keeps the answers: the procedure is still chosen
        await page.getByRole('button', { name: 'Πίσω' }).click()
        await expectStep(page, 'Ποια υπηρεσία χρειάζεστε;')
        expect(
          await page.getByRole('radio', { name: 'Βεβαίωση μη οφειλής (ΤΑΠ)' }).isChecked(),
        ).toBe(true)
        await continueButton(page).click()
        await expectStep(page, 'Ποιο ΚΕΠ θέλετε;')
        await page.getByRole('radio', { name: 'ΚΕΠ Δήμου Αθηναίων — Κεντρικό' }).check()
        await continueButton(page).click()

        await expectStep(page, 'Ποια ημέρα σας βολεύει;')
        // R1.2: the first day with free times, whatever today is
        await page.getByRole('button', { name: freeDay }).first().waitFor({ timeout: 20_000 })
        await check(session, 'booking', '05-date')
        const day = await chooseFirstFreeDay(page)
        await continueButton(page).click()

        await expectStep(page, 'Τι ώρα σας βολεύει;')
        await slotRadios(page).first().waitFor()
        await check(session, 'booking', '06-time')
        // every time is named by its full date and time
        expect(
          await page.getByRole('radio', { name: new RegExp(`^${day}, \\d{2}:\\d{2}$`) }).count(),
        ).toBe(await slotRadios(page).count())
        // the answers survive a reload: the same day's times come back
        await page.reload()
        await expectStepHeading(page, 'Τι ώρα σας βολεύει;')
        await page.getByText(`Ελεύθερες ώρες: ${day}.`).waitFor()
        await slotRadios(page).first().check()
        await continueButton(page).click()

        await expectStep(page, 'Τα στοιχεία σας')
        // R2.2 (a) prefilled from the login
        await expect.poll(() => page.getByLabel('Ονοματεπώνυμο').inputValue()).toBe(who.name)
        await page.getByLabel('Email', { exact: true }).fill(who.email)
        await page.getByLabel('Τηλέφωνο').fill('6912345678')
        await page.getByLabel('Ταχυδρομική διεύθυνση').fill('Ερμού 10, 10563 Αθήνα')
        // issue 16 item 4: outside the business field no one is asked about a business
        expect(await page.getByRole('radio', { name: 'Όχι, για τον εαυτό μου' }).count()).toBe(0)
        await page.getByRole('button', { name: 'Κλείνω για λογαριασμό επιχείρησης' }).waitFor()
        // R2.2 (e): a real PDF, uploaded with its progress
        await page.getByLabel('Επιλέξτε αρχείο για ανέβασμα').setInputFiles({
          name: 'e9-2026.pdf',
          mimeType: 'application/pdf',
          buffer: smallPdf(),
        })
        await page.getByRole('status').filter({ hasText: 'Ανέβηκε το e9-2026.pdf.' }).waitFor()
        await page.getByText('e9-2026.pdf', { exact: true }).waitFor()
        // R2.2 (g): pick-up is offered for the municipal field
        await page.getByRole('radio', { name: 'Θα το παραλάβω από το ΚΕΠ' }).check()
        await check(session, 'booking', '07-details')
        await continueButton(page).click()

        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        const review = page.getByRole('main')
        for (const text of [
          'Εξυπηρέτηση από το Δήμο σας',
          'Δήμος Αθηναίων',
          'Βεβαίωση μη οφειλής (ΤΑΠ)',
          'ΚΕΠ Δήμου Αθηναίων — Κεντρικό',
          who.email,
          'e9-2026.pdf',
          'Θα το παραλάβω από το ΚΕΠ',
        ]) {
          await review.getByText(text, { exact: false }).first().waitFor()
        }
        await check(session, 'booking', '08-review')
        // a Change link goes to its question and comes back to the review
        await page.getByRole('button', { name: 'Αλλαγή: Τηλέφωνο' }).click()
        await expectStep(page, 'Τα στοιχεία σας')
        await page.getByLabel('Τηλέφωνο').fill('2101234567')
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await review.getByText('2101234567').waitFor()
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()

        // the confirmation: the reference, the calendar file, what happens next
        await expectStep(page, 'Το ραντεβού σας κλείστηκε')
        const reference = (await page.locator('.keplive-reference').textContent())!
        expect(reference).toMatch(/^KEP-\d{4}-\d{6}$/)
        await page.getByRole('heading', { name: 'Τι γίνεται στη συνέχεια' }).waitFor()
        await check(session, 'booking', '09-confirmation')
        const download = page.waitForEvent('download')
        await page.getByRole('link', { name: 'Προσθήκη στο ημερολόγιό μου' }).click()
        const ics = (await readFile((await (await download).path())!)).toString('utf8')
        expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
        expect(ics.replace(/\r\n /g, '')).toMatch(/\r\nUID:[0-9a-f-]{36}@keplive\r\n/)
        expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/)

        // R2.3, R2.5: the email with the join link
        const booked = await waitForMail(baseUrl, who.email, new RegExp(`${reference} κλείστηκε`))
        expect(booked.text).toMatch(/\/join\//)
        expect(booked.attachments.some((a) => a.filename.endsWith('.ics'))).toBe(true)

        // the booking's page: details and the uploaded document
        await page.getByRole('link', { name: 'Δείτε, αλλάξτε ή ακυρώστε αυτό το ραντεβού' }).click()
        await expectStepHeading(page, `Ραντεβού ${reference}`)
        await page.getByRole('link', { name: 'e9-2026.pdf' }).waitFor()
        await page.getByText('Προγραμματισμένο').waitFor()
        await check(session, 'booking', '10-booking-page')

        // R2.4: reschedule — where (the same KEP unless another is chosen, issue 16 item 3),
        // then the same date and time steps, then a review
        await page.getByRole('link', { name: 'Αλλαγή ημέρας ή ώρας' }).click()
        await expectStepHeading(page, 'Σε ποιο ΚΕΠ;')
        expect(await page.getByRole('radio', { name: /Στο ίδιο ΚΕΠ/ }).isChecked()).toBe(true)
        await continueButton(page).click()
        await expectStep(page, 'Ποια ημέρα σας βολεύει;')
        await check(session, 'booking', '11-reschedule-date')
        await chooseFirstFreeDay(page)
        await continueButton(page).click()
        await expectStep(page, 'Τι ώρα σας βολεύει;')
        await slotRadios(page).first().waitFor()
        // a time other than the current one: the booked one is no longer offered to this citizen
        await slotRadios(page).last().check()
        await check(session, 'booking', '12-reschedule-time')
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε τη νέα ώρα')
        await check(session, 'booking', '13-reschedule-review')
        await page.getByRole('button', { name: 'Επιβεβαίωση αλλαγής' }).click()
        await page.getByRole('heading', { name: 'Το ραντεβού σας άλλαξε' }).waitFor()
        await check(session, 'booking', '14-rescheduled')
        await waitForMail(baseUrl, who.email, new RegExp(`${reference} άλλαξε ώρα`))

        // R2.4: cancel, after "are you sure?"
        await page.getByRole('link', { name: 'Ακύρωση του ραντεβού' }).click()
        await expectStep(page, 'Θέλετε σίγουρα να ακυρώσετε αυτό το ραντεβού;')
        await page.getByText(reference).first().waitFor()
        await check(session, 'booking', '15-cancel-confirm')
        await page.getByRole('button', { name: 'Ναι, ακύρωση του ραντεβού' }).click()
        await page.getByRole('heading', { name: 'Το ραντεβού σας ακυρώθηκε' }).waitFor()
        await page.getByText('Ακυρώθηκε', { exact: true }).waitFor()
        await check(session, 'booking', '16-cancelled')
        await waitForMail(baseUrl, who.email, new RegExp(`${reference} ακυρώθηκε`))

        // my bookings: the cancelled booking is listed with its status and reference
        await page.goto(`${baseUrl}/bookings`)
        await expectStepHeading(page, 'Τα ραντεβού μου')
        const card = page.locator('.keplive-booking-card').filter({ hasText: reference })
        await card.waitFor()
        await card.getByText('Ακυρώθηκε').waitFor()
        await page.getByRole('link', { name: 'Κλείστε νέο ραντεβού' }).waitFor()
        await check(session, 'booking', '17-my-bookings')

        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})

/** The page's `<h1>` after a page load (focus is the browser's there). */
async function expectStepHeading(page: import('playwright-core').Page, name: string) {
  await page.getByRole('heading', { level: 1, name }).waitFor()
}
