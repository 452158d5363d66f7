import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser.js'
import {
  athensDate,
  athensScope,
  check,
  graphqlAt,
  loginFromFlow,
  openSession,
  validAfm,
  waitForMail,
} from './booking-flow.js'
import { focused, mainMenu, tabTo } from './pages.js'

// Issue 19 item 3 in the browser, at 360 px: a citizen of this run's own with one booking
// opens "My data" from the menu, downloads the JSON (it holds the booking), corrects the phone
// by keyboard alone, then erases: preview, confirm, the booking cancelled (the email saying so
// in the mail sink) and the citizen logged out. Axe on every state of the page.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Books a free time at Athens central through the API, as the citizen's other tab would. */
async function bookOne(page: Page, email: string) {
  const scope = await athensScope(page, baseUrl)
  const { data } = await graphqlAt<{
    availability: { days: { date: string; slots: { startsAt: string }[] }[] }
  }>(
    page,
    baseUrl,
    'query ($input: AvailabilityInput!) { availability(input: $input) { days { date slots { startsAt } } } }',
    {
      input: {
        category: 'MUNICIPAL',
        ...scope,
        from: athensDate(new Date(Date.now() + 3 * 86_400_000)),
        to: athensDate(new Date(Date.now() + 30 * 86_400_000)),
      },
    },
  )
  // a time in the middle of a later day: other tests of the run take the first and last ones
  const times = data!.availability.days.flatMap((d) =>
    d.slots.length > 2 ? [d.slots[Math.floor(d.slots.length / 2)]!.startsAt] : [],
  )
  for (const startsAt of times.slice(-5)) {
    const booked = await graphqlAt<{ bookAppointment: { booking: { reference: string } } }>(
      page,
      baseUrl,
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { reference } } }',
      {
        input: {
          category: 'MUNICIPAL',
          ...scope,
          startsAt,
          fullName: 'Δήμητρα Δεδομένου',
          email,
          phone: '6944444444',
          postalAddress: 'Πανεπιστημίου 1, 10671 Αθήνα',
          deliveryMethod: 'EMAIL',
        },
      },
    )
    if (!booked.errors) return booked.data!.bookAppointment.booking.reference
  }
  throw new Error('no free time to book at Athens central')
}

describe('my data in the browser (issue 19 item 3)', () => {
  it('issue 19 item 3: at 360 px, download, correct the phone by keyboard, erase with preview → cancelled and logged out', async () => {
    const session = await openSession(browser, 'phone')
    const { page } = session
    const u = String(Date.now()).slice(-8)
    const email = `my-data-${u}@example.gr`
    try {
      await page.goto(`${baseUrl}/book`)
      await loginFromFlow(page, {
        userId: `e2e-mydata-${u}`,
        afm: validAfm(u),
        firstName: 'Δήμητρα',
        lastName: 'Δεδομένου',
      })
      const reference = await bookOne(page, email)

      await page.goto(`${baseUrl}/`)
      const menu = await mainMenu(page, 'Κύρια πλοήγηση')
      await menu.getByRole('link', { name: 'Τα δεδομένα μου' }).click()
      await page.getByRole('heading', { level: 1, name: 'Τα δεδομένα μου' }).waitFor()
      await page.getByLabel('Email', { exact: true }).waitFor()
      await expect.poll(() => page.getByLabel('Email', { exact: true }).inputValue()).toBe(email)
      await check(session, 'my-data', '01-page')

      // the JSON download holds the booking
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /μορφή για υπολογιστές \(JSON\)/ }).click(),
      ])
      const json = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
        bookings: { reference: string; email: string }[]
      }
      expect(json.bookings.map((b) => b.reference)).toEqual([reference])
      expect(json.bookings[0]!.email).toBe(email)

      // the phone corrected by keyboard alone, the upcoming booking's too (the box is ticked)
      await page.getByRole('heading', { level: 2, name: 'Τα στοιχεία επικοινωνίας σας' }).focus()
      await tabTo(page, /^INPUT\|tel\|phone\|/)
      await page.keyboard.press('Control+A')
      await page.keyboard.type('123')
      await tabTo(page, /^BUTTON\|submit\|.*Αποθήκευση στοιχείων/)
      await page.keyboard.press('Enter')
      // refused field by field, the summary takes the focus
      const summary = page.locator('.govgr-error-summary')
      await summary.waitFor()
      await expect.poll(() => focused(page)).toMatch(/^DIV/)
      await check(session, 'my-data', '02-phone-refused')
      await tabTo(page, /^A\|.*τηλεφώνου/)
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page)).toMatch(/^INPUT\|tel\|phone\|/)
      await page.keyboard.press('Control+A')
      await page.keyboard.type('6977777777')
      await tabTo(page, /^BUTTON\|submit\|.*Αποθήκευση στοιχείων/)
      await page.keyboard.press('Enter')
      await page.getByText('Τα στοιχεία σας αποθηκεύτηκαν.').waitFor()
      await page.getByText('Άλλαξαν και 1 επερχόμενα ραντεβού.').waitFor()
      await check(session, 'my-data', '03-phone-saved')

      // erasure: the preview's numbers, a confirm step, then done
      await page.getByRole('button', { name: 'Δείτε τι θα διαγραφεί' }).click()
      await page
        .getByRole('heading', { level: 2, name: 'Να διαγραφούν τα δεδομένα σας;' })
        .waitFor()
      await check(session, 'my-data', '04-erase-preview')
      await page.getByRole('button', { name: 'Διαγραφή των δεδομένων μου' }).click()
      await page.getByRole('heading', { name: 'Τα δεδομένα σας διαγράφηκαν' }).waitFor()
      await page.getByText(/Ακυρώθηκαν 1 επερχόμενα ραντεβού/).waitFor()
      await check(session, 'my-data', '05-erased')

      // logged out: the session no longer answers; the cancellation was emailed
      const me = await graphqlAt<{ me: unknown }>(page, baseUrl, '{ me { role } }')
      expect(me.data?.me ?? null).toBeNull()
      // one email says it (the booking's own went with its personal data)
      const mail = await waitForMail(baseUrl, email, /Τα δεδομένα σας διαγράφηκαν/)
      expect(mail.text).toContain(reference)
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })
})
