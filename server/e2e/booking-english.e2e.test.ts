import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './browser.js'
import { check, openSession, validAfm } from './booking-flow.js'

// Greek first, English second: the whole booking in English at phone size, every step checked
// by axe and for Greek left untranslated (what the citizen typed and the names of the GSIS
// stand-in aside).

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const greek = /[\u0370-\u03ff\u1f00-\u1fff]+/gu
const who = { firstName: 'Νίκος', lastName: 'Παππάς', address: '5 Stadiou Street, 10562 Athens' }

/**
 * The step's h1 has come and (after moving on, not after switching language, which leaves the
 * focus on the switch) has the focus; nothing in the page's main part is left in Greek.
 */
async function englishStep(page: Page, heading: string | RegExp, movedOn = true) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
  if (movedOn) {
    await expect.poll(() => page.evaluate('document.activeElement?.tagName ?? ""')).toBe('H1')
  }
  const text = (await page.getByRole('main').innerText())
    .replaceAll(`${who.firstName} ${who.lastName}`, '')
    .replaceAll(who.firstName, '')
    .replaceAll(who.lastName, '')
  expect(text.match(greek) ?? [], `Greek left on "${String(heading)}"`).toEqual([])
}

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' })

describe('booking in English', () => {
  it(
    'R2.1, R2.2, R4.4 books a municipal procedure in English from start to confirmation, nothing left in Greek',
    { timeout: 240_000 },
    async () => {
      const session = await openSession(browser, 'phone')
      const { page } = session
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await page.getByRole('button', { name: 'English' }).click()
        await englishStep(page, 'Book a video call with a KEP', false)
        expect(await page.getAttribute('html', 'lang')).toBe('en')
        await check(session, 'booking-english', '01-login')
        await page
          .getByRole('main')
          .getByRole('link', { name: 'Log in with your TaxisNet credentials' })
          .click()
        // GSIS's own page (the stand-in) is Greek, as the real one is
        await page.waitForURL(/\/dev\/gsis\/oauth2server\/oauth\/authorize/)
        await page.getByRole('radio', { name: /Άλλη ταυτότητα δοκιμής/ }).check()
        await page.getByLabel(/Κωδικός χρήστη ΓΓΠΣ/).fill('e2e-english')
        await page.getByLabel(/^ΑΦΜ/).fill(validAfm('24681357'))
        await page.getByLabel(/^Όνομα/).fill(who.firstName)
        await page.getByLabel(/^Επώνυμο/).fill(who.lastName)
        await page.getByRole('button', { name: /^Σύνδεση/ }).click()
        await page.waitForURL(/\/book/)

        // a page load, not a move within the flow: the focus starts at the page's top
        await englishStep(page, 'What do you want to talk to the KEP about?', false)
        await check(session, 'booking-english', '02-field')
        await page.getByRole('radio', { name: 'Service from your municipality' }).check()
        await continueButton(page).click()

        await englishStep(page, 'Which is your municipality?')
        await page.getByLabel('Search for a municipality').fill('athens')
        await page.getByRole('radio', { name: 'Municipality of Athens' }).check()
        await check(session, 'booking-english', '03-municipality')
        await continueButton(page).click()

        await englishStep(page, 'Which service do you need?')
        await page.getByLabel('Search for a service').fill('floor area')
        await page
          .getByRole('radio', { name: 'Certificate of floor area for municipal charges' })
          .check()
        await check(session, 'booking-english', '04-procedure')
        await continueButton(page).click()

        await englishStep(page, 'Which KEP do you want?')
        await page.getByRole('radio', { name: 'KEP Athens — Central' }).check()
        await check(session, 'booking-english', '05-kep')
        await continueButton(page).click()

        await englishStep(page, 'Which day suits you?')
        const freeDay = page.getByRole('button', { name: /, (\d+ free times|1 free time)$/ })
        await freeDay.first().waitFor({ timeout: 20_000 })
        await check(session, 'booking-english', '06-date')
        await freeDay.first().click()
        await continueButton(page).click()

        await englishStep(page, 'What time suits you?')
        const slots = page.getByRole('group', { name: /^Free times, / }).getByRole('radio')
        await slots.first().waitFor()
        await check(session, 'booking-english', '07-time')
        await slots.first().check()
        await continueButton(page).click()

        await englishStep(page, 'Your details')
        await expect
          .poll(() => page.getByLabel('Full name').inputValue())
          .toBe(`${who.firstName} ${who.lastName}`)
        await page.getByLabel('Email', { exact: true }).fill('nikos@example.gr')
        await page.getByLabel('Phone').fill('6912345678')
        await page.getByLabel('Postal address').fill(who.address)
        // issue 16: the time is held, in English; the business question only in the business field
        await page.getByText(/^This time is held for you for \d+:\d\d minutes\.$/).waitFor()
        expect(await page.getByRole('radio', { name: 'No, for myself' }).count()).toBe(0)
        await page.getByRole('radio', { name: 'By email' }).check()
        await check(session, 'booking-english', '08-details')
        await continueButton(page).click()

        await englishStep(page, 'Check your appointment')
        await page.getByRole('main').getByText('KEP Athens — Central').first().waitFor()
        await check(session, 'booking-english', '09-review')
        await page.getByRole('button', { name: 'Confirm appointment' }).click()

        await englishStep(page, 'Your appointment is booked')
        await check(session, 'booking-english', '10-done')
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})
