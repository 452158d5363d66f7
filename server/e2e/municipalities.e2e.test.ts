import { randomBytes } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminSession, graphqlAs, hasFocus, type AdminSession } from './admin.js'
import { launchChromium } from './browser.js'
import {
  athensDate,
  chooseFirstFreeDay,
  continueButton,
  expectStep,
  loginFromFlow,
  openSession,
  slotRadios,
  validAfm,
  type MailMessage,
} from './booking-flow.js'
import { officialSession, type OfficialIdentity } from './officer.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  mainMenu,
  screenshot,
  type ViewportName,
} from './pages.js'

// Issue 18's scenario (R5.1–R5.3): an official of the public administration fills in a
// municipality's application with two services over two sessions (the draft resumed), submits
// it; an ADMINISTRATOR requests a change, the official answers, the ADMINISTRATOR approves; a
// citizen then books the new municipal service at the new KEP; a suspension cancels the booking
// and the citizen's email arrives. Axe, no sideways scrolling and a screenshot on every page.

const baseUrl = inject('baseUrl')
let browser: Browser

/**
 * A person of the public administration with no role, of this run's own: an OFFICIAL, who
 * becomes the OFFICER of the municipality once its application is approved.
 */
function newOfficial(): OfficialIdentity {
  const digits = String(Date.now() + Math.floor(Math.random() * 1e6)).slice(-8)
  return {
    userId: `e2e-official-${digits}`,
    afm: validAfm(digits),
    firstName: 'Αναστασία',
    lastName: 'Δημητρίου',
  }
}

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function checkPage(page: Page, step: string, viewport: ViewportName = 'desktop') {
  await expectNoAxeViolations(page, `municipalities/${step} (${viewport})`)
  await expectNoHorizontalScroll(page, `municipalities/${step} (${viewport})`)
  await screenshot(page, 'municipalities', step, viewport)
}

/** The page's `<h1>` once shown (the machine may be busy: a generous wait). */
const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 })

/**
 * "Save and continue", then the next step's heading; a refusal instead fails the test with
 * what the error summary says.
 */
async function saveAndContinue(page: Page, next: string) {
  await page.getByRole('button', { name: 'Αποθήκευση και συνέχεια', exact: true }).click()
  const nextHeading = page.getByRole('heading', { level: 1, name: next })
  const summary = page.locator('.govgr-error-summary, .keplive-notice--alert')
  await nextHeading.or(summary).first().waitFor({ timeout: 30_000 })
  if (await summary.count()) throw new Error(`refused: ${await summary.first().innerText()}`)
}

/** Postcodes' first two digits by region (ELTA), for a new KEP inside the municipality's region. */
const postcodePrefix: Record<string, string> = {
  Attica: '10',
  Peloponnese: '22',
  'Western Greece': '26',
  'Ionian Islands': '49',
  'Central Greece': '35',
  Thessaly: '41',
  Epirus: '45',
  'Western Macedonia': '50',
  'Central Macedonia': '54',
  'Eastern Macedonia and Thrace': '69',
  Crete: '71',
  'North Aegean': '81',
  'South Aegean': '84',
}

interface Candidate {
  id: string
  name: { el: string }
  region: { en: string }
}

/**
 * A municipality that does not take part and has no application under way (the seed's
 * "applied" ones may have one), for this run to apply for.
 */
async function municipalityToApply(admin: AdminSession): Promise<Candidate> {
  const all = await graphqlAs(
    admin,
    '{ municipalities { id participation name { el } region { en } } }',
  )
  const open = await graphqlAs(
    admin,
    '{ municipalityApplications(filter: { statuses: [DRAFT, SUBMITTED, CHANGES_REQUESTED] }, first: 100) { nodes { municipalityId } } }',
  )
  const busy = new Set(
    (
      open.data as { municipalityApplications: { nodes: { municipalityId: string }[] } }
    ).municipalityApplications.nodes.map((n) => n.municipalityId),
  )
  const candidates = (
    all.data as { municipalities: (Candidate & { participation: string })[] }
  ).municipalities.filter(
    (m) => m.participation !== 'PARTICIPATING' && !busy.has(m.id) && postcodePrefix[m.region.en],
  )
  expect(candidates.length, 'a municipality to apply for').toBeGreaterThan(0)
  // another run (or the keyboard test) may take the first: pick at random
  return candidates[Math.floor(Math.random() * candidates.length)]!
}

/** Polls the development mail sink for the messages to `to` that mention `text`. */
async function mailsMentioning(to: string, text: string): Promise<MailMessage[]> {
  const { messages } = (await (await fetch(`${baseUrl}/dev/mail.json`)).json()) as {
    messages: MailMessage[]
  }
  return messages.filter((m) => m.to.includes(to) && m.text.includes(text))
}

describe('a municipality joins, is reviewed, serves and is suspended (issue 18)', () => {
  it(
    'R5.1, R5.2, R5.3: application over two sessions, changes requested and answered, approval, a booking of the new service at the new KEP, suspension with the citizen’s email',
    { timeout: 600_000 },
    async () => {
      const u = randomBytes(3).toString('hex')
      const admin = await adminSession(browser, baseUrl, 'administrator')
      const municipality = await municipalityToApply(admin)
      const kepName = `ΚΕΠ Δοκιμής ${u}`
      const serviceTitles = [`Βεβαίωση μόνιμης κατοικίας ${u}`, `Άδεια χρήσης πεζοδρομίου ${u}`]
      const contactEmail = `muni-${u}@example.gr`
      const who = newOfficial()

      // ---- first session: the start, contact, decision, KEP and employee; continued later
      let official = await officialSession(browser, baseUrl, who)
      let page = official.page
      try {
        await heading(page, 'Ο δήμος μου')
        await checkPage(page, '01-home')
        await page
          .getByRole('link', { name: 'Οδηγός για τους δήμους: τι χρειάζεται πριν από την αίτηση' })
          .click()
        await heading(page, 'Οδηγός για τους δήμους')
        await checkPage(page, '02-manual')
        await page.goBack()
        await page.getByRole('link', { name: 'Νέα αίτηση ένταξης' }).click()
        await heading(page, 'Αίτηση ένταξης δήμου')
        // nothing chosen: the error summary takes the focus and names the fields
        await page.getByRole('button', { name: 'Έναρξη της αίτησης' }).click()
        const summary = page.locator('.govgr-error-summary')
        await summary.waitFor()
        await expect.poll(() => hasFocus(summary)).toBe(true)
        await checkPage(page, '03-start-errors')
        await page.getByLabel('Δήμος', { exact: true }).selectOption(municipality.id)
        await page.getByLabel('Αριθμός απόφασης του δημάρχου').fill(`${u}/2026`)
        await page.getByRole('button', { name: 'Έναρξη της αίτησης' }).click()

        await heading(page, 'Ο υπεύθυνος επικοινωνίας')
        await checkPage(page, '04-contact')
        await page.getByLabel('Ονοματεπώνυμο').fill('Αναστασία Δημητρίου')
        await page.getByLabel('Διεύθυνση email').fill(contactEmail)
        await page.getByLabel('Τηλέφωνο').fill('2101234567')
        await saveAndContinue(page, 'Η απόφαση ένταξης')
        await checkPage(page, '05-decision')
        await page.getByLabel('Ημερομηνία απόφασης').fill(athensDate(new Date()))
        await saveAndContinue(page, 'Τα ΚΕΠ που θα εξυπηρετούν')
        await page.getByRole('button', { name: 'Προσθήκη ΚΕΠ' }).click()
        const newKep = page.getByRole('radio', { name: 'Νέο ΚΕΠ' })
        if (await newKep.count()) await newKep.check()
        const prefix = postcodePrefix[municipality.region.en]!
        // first a postcode outside the region: refused, field by field
        const fields: [string, string][] = [
          ['nameEl', kepName],
          ['nameEn', `Test KEP ${u}`],
          ['addressEl', 'Πλατεία Δημαρχείου 1'],
          ['addressEn', '1 Town Hall Square'],
          ['postalCode', prefix === '84' ? '10558' : '84100'],
          ['cityEl', 'Πόλη'],
          ['cityEn', 'Town'],
          ['phone', '2101234567'],
          ['email', `kep-${u}@example.gr`],
        ]
        for (const [key, value] of fields) await page.locator(`#app-keps-0-${key}`).fill(value)
        await page.getByRole('button', { name: 'Αποθήκευση και συνέχεια', exact: true }).click()
        await page
          .locator('.govgr-error-summary')
          .getByText(/εκτός της περιφέρειας/)
          .waitFor()
        await checkPage(page, '06-keps-error')
        await page.locator('#app-keps-0-postalCode').fill(`${prefix}100`)
        await saveAndContinue(page, 'Οι εκπαιδευμένοι υπάλληλοι')
        await page.getByRole('button', { name: 'Προσθήκη υπαλλήλου' }).click()
        await page.locator('#app-employees-0-fullName').fill('Ιωάννης Παπαδάκης')
        await page.locator('#app-employees-0-taxId').fill(validAfm(String(Date.now()).slice(-8)))
        await page.locator('#app-employees-0-email').fill(`emp-${u}@example.gr`)
        await page.locator('#app-employees-0-kepKey').selectOption({ label: kepName })
        await checkPage(page, '07-employees')
        await page.getByRole('button', { name: 'Αποθήκευση και συνέχεια αργότερα' }).click()
        await heading(page, 'Ο δήμος μου')
      } finally {
        expect(official.problems).toEqual([])
        await official.context.close()
      }

      // ---- second session: the draft resumed where it was, the services, check, submit
      official = await officialSession(browser, baseUrl, who)
      page = official.page
      try {
        await page
          .getByRole('link', { name: `Συνέχεια της αίτησης για τον δήμο ${municipality.name.el}` })
          .click()
        await heading(page, 'Ο υπεύθυνος επικοινωνίας')
        expect(await page.getByLabel('Διεύθυνση email').inputValue()).toBe(contactEmail)
        for (const step of [
          'Η απόφαση ένταξης',
          'Τα ΚΕΠ που θα εξυπηρετούν',
          'Οι εκπαιδευμένοι υπάλληλοι',
        ]) {
          await saveAndContinue(page, step)
        }
        expect(await page.locator('#app-employees-0-fullName').inputValue()).toBe(
          'Ιωάννης Παπαδάκης',
        )
        await saveAndContinue(page, 'Οι δημοτικές υπηρεσίες')
        for (const [i, title] of serviceTitles.entries()) {
          await page.getByRole('button', { name: 'Προσθήκη υπηρεσίας' }).click()
          await page.locator(`#app-services-${i}-titleEl`).fill(title)
          await page.locator(`#app-services-${i}-titleEn`).fill(`Service ${i + 1} ${u}`)
          await page.locator(`#app-services-${i}-descriptionEl`).fill('Εξυπηρέτηση με βιντεοκλήση.')
          await page.locator(`#app-services-${i}-descriptionEn`).fill('Served by video call.')
          await page
            .locator(`#app-services-${i}-documentsEl`)
            .fill('Αστυνομική ταυτότητα\nΛογαριασμός ΔΕΚΟ')
          await page.locator(`#app-services-${i}-documentsEn`).fill('Identity card\nUtility bill')
        }
        await page.locator('#app-services-1-formUrl').fill('https://www.example.gr/entypo.pdf')
        await page
          .getByRole('checkbox', { name: /παραλαμβάνεται από ΚΕΠ/ })
          .first()
          .check()
        await checkPage(page, '08-services')
        await saveAndContinue(page, 'Ελέγξτε τις απαντήσεις σας')
        for (const text of [kepName, serviceTitles[0]!, serviceTitles[1]!, contactEmail]) {
          await page.getByRole('main').getByText(text).first().waitFor()
        }
        await checkPage(page, '09-check')
        await page.getByRole('button', { name: 'Υποβολή της αίτησης' }).click()
        await heading(page, 'Η αίτηση υποβλήθηκε')
        await checkPage(page, '10-submitted')
        await page.getByRole('link', { name: 'Στην αίτηση' }).click()
        await heading(page, `Αίτηση ένταξης: ${municipality.name.el}`)
        // read-only now: no "Change", only the withdrawal
        expect(await page.getByRole('button', { name: /^Αλλαγή/ }).count()).toBe(0)
        await page.getByRole('button', { name: 'Απόσυρση της αίτησης' }).waitFor()
        await checkPage(page, '11-submitted-read-only')
      } finally {
        expect(official.problems).toEqual([])
        await official.context.close()
      }

      // ---- the ministry: the queue, the review, a change requested on the services
      const adminPage = admin.page
      try {
        await (
          await mainMenu(adminPage, 'Κύριο μενού')
        )
          .getByRole('link', { name: 'Δήμοι' })
          .click()
        await heading(adminPage, 'Αιτήσεις ένταξης δήμων')
        await checkPage(adminPage, '12-queue')
        await adminPage.getByRole('link', { name: municipality.name.el, exact: true }).click()
        await heading(adminPage, `Έλεγχος αίτησης: ${municipality.name.el}`)
        await checkPage(adminPage, '13-review')
        await adminPage.getByRole('button', { name: 'Αίτημα αλλαγών' }).click()
        await adminPage
          .getByLabel('Παρατήρηση: Δημοτικές υπηρεσίες')
          .fill('Προσθέστε την περιγραφή του αποτελέσματος στη δεύτερη υπηρεσία.')
        await checkPage(adminPage, '14-request-changes')
        await adminPage.getByRole('button', { name: 'Συνέχεια' }).click()
        await adminPage.getByRole('heading', { name: /Αποστολή των παρατηρήσεων/ }).waitFor()
        await adminPage.getByRole('button', { name: 'Αίτημα αλλαγών' }).click()
        await adminPage.getByText('Οι παρατηρήσεις στάλθηκαν στον δήμο.').waitFor()
      } finally {
        expect(admin.problems).toEqual([])
      }

      // ---- the official answers the comment and submits again
      official = await officialSession(browser, baseUrl, who)
      page = official.page
      try {
        await page
          .getByRole('link', { name: `Η αίτηση για τον δήμο ${municipality.name.el}` })
          .click()
        await heading(page, `Αίτηση ένταξης: ${municipality.name.el}`)
        await page.getByText('Προσθέστε την περιγραφή του αποτελέσματος').first().waitFor()
        await page.getByRole('link', { name: 'Διόρθωση και νέα υποβολή' }).click()
        await heading(page, 'Ελέγξτε τις απαντήσεις σας')
        await page.getByRole('button', { name: 'Αλλαγή: Δημοτικές υπηρεσίες' }).click()
        await heading(page, 'Οι δημοτικές υπηρεσίες')
        await page.getByText('Προσθέστε την περιγραφή του αποτελέσματος').first().waitFor()
        await checkPage(page, '15-services-with-comment')
        await page
          .locator('#app-services-1-descriptionEl')
          .fill('Η άδεια εκδίδεται και αποστέλλεται με email.')
        await saveAndContinue(page, 'Ελέγξτε τις απαντήσεις σας')
        await page.getByRole('button', { name: 'Υποβολή της αίτησης' }).click()
        await heading(page, 'Η αίτηση υποβλήθηκε')
      } finally {
        expect(official.problems).toEqual([])
        await official.context.close()
      }

      // ---- approval
      try {
        await adminPage.goto('/admin/municipalities')
        await adminPage.getByRole('link', { name: municipality.name.el, exact: true }).click()
        await heading(adminPage, `Έλεγχος αίτησης: ${municipality.name.el}`)
        await adminPage.getByRole('button', { name: 'Έγκριση' }).click()
        await adminPage.getByRole('heading', { name: /Έγκριση της αίτησης/ }).waitFor()
        await checkPage(adminPage, '16-approve-confirm')
        await adminPage.getByRole('button', { name: 'Έγκριση' }).click()
        await adminPage
          .getByText('Η αίτηση εγκρίθηκε. Ο δήμος συμμετέχει πλέον στο myKEPlive.')
          .waitFor()
      } finally {
        expect(admin.problems).toEqual([])
      }

      // ---- R5.3: on the public list, then a citizen books the new service at the new KEP
      const citizen = await openSession(browser, 'desktop')
      const citizenEmail = `citizen-${u}@example.gr`
      try {
        const cp = citizen.page
        await cp.goto(`${baseUrl}/municipalities`)
        await cp.getByRole('heading', { level: 1, name: 'Οι δήμοι του myKEPlive' }).waitFor()
        await cp.getByLabel('Φιλτράρισμα της λίστας').fill(municipality.name.el)
        await cp.getByRole('heading', { level: 2, name: municipality.name.el }).waitFor()
        await cp.getByText(serviceTitles[0]!).waitFor()
        await cp.getByText(kepName).waitFor()
        await expectNoAxeViolations(cp, 'municipalities/17-public-list (desktop)')
        await screenshot(cp, 'municipalities', '17-public-list', 'desktop')

        await cp.goto(`${baseUrl}/book?category=municipal`)
        // an identity of its own: a booking fills its citizen's next booking form with its
        // contact details, and the keyboard test expects the demo citizen's form empty
        await loginFromFlow(cp, {
          userId: `e2e-muni-${u}`,
          afm: validAfm(String(Date.now() + 7).slice(-8)),
          firstName: 'Νίκος',
          lastName: 'Δημητρίου',
        })
        await cp.getByRole('heading', { level: 1, name: 'Ποιος είναι ο δήμος σας;' }).waitFor()
        await cp.getByLabel('Αναζήτηση δήμου').fill(municipality.name.el)
        await cp.getByRole('radio', { name: municipality.name.el }).check()
        await continueButton(cp).click()
        await expectStep(cp, 'Ποια υπηρεσία χρειάζεστε;')
        await cp.getByRole('radio', { name: serviceTitles[0] }).check()
        await continueButton(cp).click()
        await expectStep(cp, 'Ποιο ΚΕΠ θέλετε;')
        await cp.getByRole('radio', { name: new RegExp(kepName) }).check()
        await continueButton(cp).click()
        await expectStep(cp, 'Ποια ημέρα σας βολεύει;')
        await chooseFirstFreeDay(cp)
        await continueButton(cp).click()
        await expectStep(cp, 'Τι ώρα σας βολεύει;')
        await slotRadios(cp).first().check()
        await continueButton(cp).click()
        await expectStep(cp, 'Τα στοιχεία σας')
        await cp.getByLabel('Email', { exact: true }).fill(citizenEmail)
        await cp.getByLabel('Τηλέφωνο').fill('6912345678')
        await cp.getByLabel('Ταχυδρομική διεύθυνση').fill('Σόλωνος 20, 10673 Αθήνα')
        const pickUp = cp.getByRole('radio', { name: 'Θα το παραλάβω από το ΚΕΠ' })
        if (await pickUp.count()) await pickUp.check()
        await continueButton(cp).click()
        await expectStep(cp, 'Ελέγξτε το ραντεβού σας')
        await cp.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await expectStep(cp, 'Το ραντεβού σας κλείστηκε')
        expect(citizen.problems).toEqual([])
      } finally {
        await citizen.context.close()
      }

      // ---- suspension from today: the preview names the booking as cancelled; then applied
      const reason = `Αναστολή δοκιμής ${u}`
      try {
        await adminPage.goto('/admin/municipalities/participating')
        await heading(adminPage, 'Δήμοι που συμμετέχουν')
        await checkPage(adminPage, '18-participating')
        await adminPage
          .getByRole('link', { name: `Αναστολή του δήμου ${municipality.name.el}` })
          .click()
        await heading(adminPage, `Αναστολή συμμετοχής: ${municipality.name.el}`)
        await adminPage.getByLabel('Από', { exact: true }).fill(athensDate(new Date()))
        await adminPage.getByLabel('Λόγος (ελληνικά)').fill(reason)
        await adminPage.getByLabel('Λόγος (αγγλικά)').fill(`Test suspension ${u}`)
        await adminPage.getByRole('button', { name: 'Προεπισκόπηση' }).click()
        await adminPage.getByRole('heading', { name: /Αναστολή του δήμου .*;/ }).waitFor()
        const counts = adminPage.getByRole('definition').filter({ hasText: /^\d+$/ })
        await counts.first().waitFor()
        await checkPage(adminPage, '19-suspend-preview')
        await adminPage.getByRole('button', { name: 'Αναστολή του δήμου' }).click()
        await adminPage.getByText('Ο δήμος τέθηκε σε αναστολή.').waitFor()
        await checkPage(adminPage, '20-suspended')
      } finally {
        expect(admin.problems).toEqual([])
        await admin.context.close()
      }

      // the citizen's email, exactly once, with the reason
      await expect
        .poll(async () => (await mailsMentioning(citizenEmail, reason)).length, {
          timeout: 60_000,
          interval: 1000,
        })
        .toBe(1)
    },
  )

  it(
    'R5.1: the application by keyboard alone, at 360 px: start, then the contact step, errors in the summary',
    { timeout: 240_000 },
    async () => {
      const admin = await adminSession(browser, baseUrl, 'administrator')
      const municipality = await municipalityToApply(admin)
      await admin.context.close()
      const official = await officialSession(browser, baseUrl, newOfficial(), 'phone')
      const { page } = official
      const press = (key: string) => page.keyboard.press(key)
      /** Tabs until the element matching `selector` has the focus. */
      const tabTo = async (selector: string, max = 60) => {
        for (let i = 0; i < max; i++) {
          await press('Tab')
          if (await hasFocus(page.locator(selector))) return
        }
        throw new Error(`Tab never reached ${selector}`)
      }
      try {
        await heading(page, 'Ο δήμος μου')
        await checkPage(page, 'k01-home', 'phone')
        await tabTo('a[href="/admin/municipality/apply"]')
        await press('Enter')
        await heading(page, 'Αίτηση ένταξης δήμου')
        await checkPage(page, 'k02-start', 'phone')
        await tabTo('#app-start-municipality')
        // a closed select changes its choice with the arrow keys
        const select = page.locator('#app-start-municipality')
        for (let i = 0; i < 400 && (await select.inputValue()) !== municipality.id; i++) {
          await press('ArrowDown')
        }
        expect(await select.inputValue()).toBe(municipality.id)
        await tabTo('#app-start-decision')
        await page.keyboard.type('77/2026')
        await press('Enter')
        await heading(page, 'Ο υπεύθυνος επικοινωνίας')
        // an invalid email: the summary takes the focus, its link leads to the field
        await tabTo('#app-contact-name')
        await page.keyboard.type('Νίκος Ζαχαρίου')
        await tabTo('#app-contact-email')
        await page.keyboard.type('όχι-email')
        await press('Enter')
        const summary = page.locator('.govgr-error-summary')
        await summary.waitFor()
        await expect.poll(() => hasFocus(summary)).toBe(true)
        await checkPage(page, 'k03-contact-error', 'phone')
        await press('Tab')
        await press('Enter')
        await expect.poll(() => hasFocus(page.locator('#app-contact-email'))).toBe(true)
        await page.keyboard.press('Control+A')
        await page.keyboard.type('nikos@example.gr')
        await tabTo('#app-contact-phone')
        await page.keyboard.type('2101234567')
        await press('Enter')
        await heading(page, 'Η απόφαση ένταξης')
        await checkPage(page, 'k04-decision', 'phone')
        expect(official.problems).toEqual([])
      } finally {
        await official.context.close()
      }
    },
  )
})
