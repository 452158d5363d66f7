import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './browser.js'
import {
  check,
  chooseFirstFreeDay,
  continueButton,
  expectStep,
  loginFromFlow,
  openSession,
  slotRadios,
  validAfm,
  type Session,
  waitForMail,
} from './booking-flow.js'

// R2.2 in detail: on behalf of a business, a wrong file, and the server's objections shown
// field by field without losing anything typed.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** From the field to the details, outside the municipal field, at any KEP. */
async function toDetails(session: Session, field: string, search: string, procedure: string) {
  const { page } = session
  const flow = `booking-${session.viewport}-steps`
  await page
    .getByRole('heading', { level: 1, name: 'Για ποιο θέμα θέλετε να μιλήσετε με το ΚΕΠ;' })
    .waitFor()
  // Continue without an answer: the error summary first, the message at the question
  await continueButton(page).click()
  await page.getByRole('alert').filter({ hasText: 'Επιλέξτε θεματική ενότητα.' }).waitFor()
  await check(session, flow, '01-category-missing')
  await page.getByRole('radio', { name: field }).check()
  await continueButton(page).click()
  await expectStep(page, 'Ποια υπηρεσία χρειάζεστε;')
  await page.getByLabel('Αναζήτηση υπηρεσίας').fill(search)
  await page.getByRole('radio', { name: procedure }).check()
  await continueButton(page).click()
  await expectStep(page, 'Με ποιο ΚΕΠ θέλετε να μιλήσετε;')
  await check(session, flow, '02-kep-mode')
  await page.getByRole('radio', { name: 'Με οποιοδήποτε ΚΕΠ' }).check()
  await continueButton(page).click()
  await expectStep(page, 'Ποια ημέρα σας βολεύει;')
  await chooseFirstFreeDay(page)
  await continueButton(page).click()
  await expectStep(page, 'Τι ώρα σας βολεύει;')
  await slotRadios(page).first().check()
  await continueButton(page).click()
  await expectStep(page, 'Τα στοιχεία σας')
}

describe('booking details (R2.2)', () => {
  it(
    'R2.2, R4.2 books on behalf of a business as its legal representative',
    { timeout: 180_000 },
    async () => {
      const session = await openSession(browser, 'desktop')
      const { page } = session
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(page, { demo: /Αντώνης Οικονόμου/ })
        await toDetails(
          session,
          'Υπηρεσίες προς επιχειρήσεις',
          'γεμη εγγραφη',
          'Εγγραφή στο Γενικό Εμπορικό Μητρώο (ΓΕΜΗ)',
        )
        await expect
          .poll(() => page.getByLabel('Ονοματεπώνυμο').inputValue())
          .toBe('Αντώνης Οικονόμου')
        await page.getByLabel('Email', { exact: true }).fill('antonis@oikonomou.example.gr')
        await page.getByLabel('Τηλέφωνο').fill('2310123456')
        await page.getByLabel('Ταχυδρομική διεύθυνση').fill('Τσιμισκή 50, 54623 Θεσσαλονίκη')
        await page.getByRole('radio', { name: 'Ναι, για επιχείρηση' }).check()
        await page.getByLabel('Επωνυμία επιχείρησης').fill('Οικονόμου Α.Ε.')
        await page.getByLabel('ΑΦΜ επιχείρησης').fill('998877666')
        // R2.2 (g): pick-up is only for municipal services
        expect(await page.getByRole('radio', { name: 'Θα το παραλάβω από το ΚΕΠ' }).count()).toBe(0)
        await page.getByRole('radio', { name: 'Με email' }).check()
        await check(session, 'booking-business', '01-details')
        await continueButton(page).click()

        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await page.getByText('Οικονόμου Α.Ε. (ΑΦΜ 998877666)').waitFor()
        // any KEP: the one the hold chose is named (issue 16 item 3)
        await page.getByText(/\(επιλέχθηκε για εσάς\)$/).waitFor()
        await check(session, 'booking-business', '02-review')
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await expectStep(page, 'Το ραντεβού σας κλείστηκε')
        const reference = (await page.locator('.keplive-reference').textContent())!
        await waitForMail(baseUrl, 'antonis@oikonomou.example.gr', new RegExp(reference))

        await page.getByRole('link', { name: 'Δείτε, αλλάξτε ή ακυρώστε αυτό το ραντεβού' }).click()
        await page.getByRole('heading', { level: 1, name: `Ραντεβού ${reference}` }).waitFor()
        await page.getByText('Οικονόμου Α.Ε. (ΑΦΜ 998877666)').waitFor()
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )

  it(
    'R2.2 (e) refuses a file that is not PDF, JPEG or PNG with a clear message, and R2.2 shows the server’s objections per field keeping what was typed',
    { timeout: 180_000 },
    async () => {
      const session = await openSession(browser, 'phone')
      const { page } = session
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(page, {
          userId: 'e2e-details-1',
          afm: validAfm('24681357'),
          firstName: 'Σοφία',
          lastName: 'Αλεξίου',
        })
        await toDetails(
          session,
          'Διοικητική Πληροφόρηση – Διεκπεραίωση αίτησης',
          'ΑΜΚΑ',
          'Έκδοση ΑΜΚΑ',
        )

        // a text file named .pdf: the server reads its content, not its name
        await page.getByLabel('Επιλέξτε αρχείο για ανέβασμα').setInputFiles({
          name: 'tautotita.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('just some text, not a PDF'),
        })
        const fileError = page.locator('#documents-error')
        await fileError.waitFor()
        expect(await fileError.textContent()).toContain(
          'tautotita.pdf: Δεκτά αρχεία: PDF, JPEG ή PNG. Το αρχείο σας δεν είναι κανένα από αυτά.',
        )
        expect(
          await page.getByLabel('Επιλέξτε αρχείο για ανέβασμα').getAttribute('aria-invalid'),
        ).toBe('true')
        await check(session, 'booking-errors', '01-wrong-file')
        // a photo over 10 MB is refused at once, before it is sent
        await page.getByLabel('Επιλέξτε αρχείο για ανέβασμα').setInputFiles({
          name: 'photo.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.alloc(11 * 1024 * 1024, 0xff),
        })
        await expect
          .poll(() => fileError.textContent())
          .toContain('Το photo.jpg είναι μεγαλύτερο από 10 MB.')

        // values the form accepts but the server does not
        await page.getByLabel('Email', { exact: true }).fill('sofia-at-example')
        await page.getByLabel('Τηλέφωνο').fill('12345')
        await page.getByLabel('Ταχυδρομική διεύθυνση').fill('Αγίου Νικολάου 3, 26221 Πάτρα')
        // issue 16 item 4: outside the business field, a business only behind its link
        expect(await page.getByRole('radio', { name: 'Ναι, για επιχείρηση' }).count()).toBe(0)
        await page.getByRole('button', { name: 'Κλείνω για λογαριασμό επιχείρησης' }).click()
        await page.getByLabel('Επωνυμία επιχείρησης').fill('Αλεξίου Ο.Ε.')
        await page.getByLabel('ΑΦΜ επιχείρησης').fill('123456789')
        await page.getByRole('radio', { name: 'Ταχυδρομικά' }).check()
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()

        // VALIDATION_FAILED: back to the details, the summary first, each message at its field
        const summary = page.getByRole('alert').filter({ hasText: 'Υπάρχει πρόβλημα' })
        await summary.waitFor()
        await page.getByRole('heading', { level: 1, name: 'Τα στοιχεία σας' }).waitFor()
        for (const message of [
          'Το email δεν είναι σωστό (π.χ. onoma@example.gr).',
          'Ο αριθμός τηλεφώνου δεν είναι σωστός: 10 ψηφία, σταθερό (2…) ή κινητό (69…).',
          'Ο ΑΦΜ της επιχείρησης δεν είναι έγκυρος (9 ψηφία με σωστό ψηφίο ελέγχου).',
        ]) {
          await summary.getByRole('link', { name: message }).waitFor()
        }
        expect(await page.locator('#email-error').textContent()).toContain(
          'Το email δεν είναι σωστό',
        )
        expect(await page.locator('#phone-error').textContent()).toContain(
          'Ο αριθμός τηλεφώνου δεν είναι σωστός',
        )
        expect(await page.locator('#businessTaxId-error').textContent()).toContain(
          'Ο ΑΦΜ της επιχείρησης δεν είναι έγκυρος',
        )
        // nothing typed was lost
        expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(
          'sofia-at-example',
        )
        expect(await page.getByLabel('Τηλέφωνο').inputValue()).toBe('12345')
        expect(await page.getByLabel('Ταχυδρομική διεύθυνση').inputValue()).toBe(
          'Αγίου Νικολάου 3, 26221 Πάτρα',
        )
        expect(await page.getByLabel('Επωνυμία επιχείρησης').inputValue()).toBe('Αλεξίου Ο.Ε.')
        expect(await page.getByRole('radio', { name: 'Ταχυδρομικά' }).isChecked()).toBe(true)
        await check(session, 'booking-errors', '02-server-validation')

        // issue 19 item 6, R1.1: a valid tax number of a company she does not represent — the
        // registry (the KED stand-in) says so, at the field; the field says the registry is asked
        await page.getByLabel('Email', { exact: true }).fill('sofia@example.gr')
        await page.getByLabel('Τηλέφωνο').fill('6987654321')
        await page.getByLabel('ΑΦΜ επιχείρησης').fill('990000014')
        await page.getByText(/Θα ρωτήσουμε το Γενικό Εμπορικό Μητρώο/).waitFor()
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await page.getByRole('heading', { level: 1, name: 'Τα στοιχεία σας' }).waitFor()
        await expect
          .poll(() => page.locator('#businessTaxId-error').textContent())
          .toContain('Σύμφωνα με το Γενικό Εμπορικό Μητρώο δεν είστε νόμιμος εκπρόσωπος')

        // corrected, it books
        await page.getByRole('button', { name: 'Δεν κλείνω για λογαριασμό επιχείρησης' }).click()
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await expectStep(page, 'Το ραντεβού σας κλείστηκε')
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})
