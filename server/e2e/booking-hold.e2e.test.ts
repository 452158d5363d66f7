import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { adminSession, graphqlAs } from './admin.js'
import { launchChromium } from './browser.js'
import {
  athensDate,
  athensScope,
  check,
  chooseFirstFreeDay,
  continueButton,
  expectStep,
  graphqlAt,
  loginFromFlow,
  openSession,
  slotRadios,
  validAfm,
  type Session,
} from './booking-flow.js'
import { startCallServer, type CallServer } from './call-fixture.js'

// Issue 16 items 1 and 3: choosing a time holds it for the citizen, with a countdown on the
// steps after it; the KEP the hold chose is named before confirming; a hold that ran out is
// re-reserved at confirm; a booking may move to another KEP. At 360 px and at desktop size,
// axe on every step changed.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const countdownText = /^Η ώρα κρατείται για εσάς για (\d+):(\d{2}) λεπτά\.$/
const countdown = (page: Page) => page.getByTestId('hold-countdown')
/** The countdown's visible text (a paragraph that is no live region) and its live region. */
const shown = async (page: Page) =>
  ((await countdown(page).locator('p').first().textContent()) ?? '').trim()
const announced = async (page: Page) =>
  ((await countdown(page).locator('[aria-live]').textContent()) ?? '').trim()

/** From the field to the time step: the business field, any KEP, the first free day. */
async function toTime(session: Session) {
  const { page } = session
  await page
    .getByRole('heading', { level: 1, name: 'Για ποιο θέμα θέλετε να μιλήσετε με το ΚΕΠ;' })
    .waitFor()
  await page.getByRole('radio', { name: 'Υπηρεσίες προς επιχειρήσεις' }).check()
  await continueButton(page).click()
  await expectStep(page, 'Ποια υπηρεσία χρειάζεστε;')
  await page.getByLabel('Αναζήτηση υπηρεσίας').fill('γεμη εγγραφη')
  await page.getByRole('radio', { name: 'Εγγραφή στο Γενικό Εμπορικό Μητρώο (ΓΕΜΗ)' }).check()
  await continueButton(page).click()
  await expectStep(page, 'Με ποιο ΚΕΠ θέλετε να μιλήσετε;')
  await page.getByRole('radio', { name: 'Με οποιοδήποτε ΚΕΠ' }).check()
  await continueButton(page).click()
  await expectStep(page, 'Ποια ημέρα σας βολεύει;')
  await chooseFirstFreeDay(page)
  await continueButton(page).click()
  await expectStep(page, 'Τι ώρα σας βολεύει;')
  await slotRadios(page).first().waitFor()
}

async function fillDetails(page: Page, email: string) {
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Τηλέφωνο').fill('6944444444')
  await page.getByLabel('Ταχυδρομική διεύθυνση').fill('Σταδίου 5, 10562 Αθήνα')
  await page.getByRole('radio', { name: 'Όχι, για τον εαυτό μου' }).check()
  await page.getByRole('radio', { name: 'Με email' }).check()
}

describe.each(['desktop', 'phone'] as const)('a held time at %s size', (viewport) => {
  it(
    'R1.2, R2.2 issue 16 items 1, 3: the whole booking with the held time counting down, the KEP the hold chose named on the review',
    { timeout: 240_000 },
    async () => {
      const session = await openSession(browser, viewport)
      const { page } = session
      const n = viewport === 'desktop' ? '1' : '2'
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(page, {
          userId: `e2e-hold-${viewport}`,
          afm: validAfm(`5550000${n}`),
          firstName: 'Ιωάννα',
          lastName: 'Κρατημένη',
        })
        await toTime(session)
        await check(session, 'booking-hold', '01-time')
        const chosen = (await slotRadios(page).first().getAttribute('value'))!
        await slotRadios(page).first().check()
        await continueButton(page).click()

        // the details: the time is held, counting down every second, not read out every second
        await expectStep(page, 'Τα στοιχεία σας')
        await expect.poll(() => shown(page), { timeout: 10_000 }).toMatch(countdownText)
        const first = await shown(page)
        const [, minutes] = countdownText.exec(first)!
        expect(Number(minutes)).toBeGreaterThanOrEqual(8) // 10 minutes held, just now
        await expect.poll(() => shown(page), { timeout: 5_000 }).not.toBe(first)
        expect(await announced(page)).toBe('')
        expect(await countdown(page).getAttribute('role')).toBeNull()
        await check(session, 'booking-hold', '02-details')
        await fillDetails(page, `hold.${viewport}@example.gr`)
        await continueButton(page).click()

        // the review: still counting, and any KEP is named — the one the hold chose
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await expect.poll(() => shown(page), { timeout: 10_000 }).toMatch(countdownText)
        const named = page.getByText(/\(επιλέχθηκε για εσάς\)$/)
        await named.waitFor()
        const kepName = ((await named.textContent()) ?? '').split(',')[0]!.trim()
        expect(kepName).toMatch(/^ΚΕΠ /)
        await check(session, 'booking-hold', '03-review')
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await expectStep(page, 'Το ραντεβού σας κλείστηκε')

        // booked at the time chosen, at the KEP the review named
        const { data } = await graphqlAt<{
          myBookings: { startsAt: string; kep: { name: { el: string } } }[]
        }>(page, baseUrl, '{ myBookings(when: UPCOMING) { startsAt kep { name { el } } } }')
        const booking = data!.myBookings.find((b) => b.startsAt === chosen)
        expect(booking?.kep.name.el).toBe(kepName)
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})

describe('a hold that ran out', () => {
  let server: CallServer

  beforeAll(async () => {
    // a server of this test's own, whose holds last one minute (the setting, as an
    // administrator schedules it), so the others' bookings keep their ten minutes
    server = await startCallServer(inject('callDatabase'))
    const admin = await adminSession(browser, server.baseUrl, 'administrator')
    try {
      const set = await graphqlAs(
        admin,
        'mutation { scheduleSetting(input: { key: HOLD_MINUTES, value: [1] }) { applied } }',
      )
      expect(set.errors).toBeUndefined()
    } finally {
      await admin.context.close()
    }
  }, 240_000)
  afterAll(async () => {
    await server?.stop()
  })

  it(
    'R1.2, R3.1 issue 16 item 1: announced at 2 minutes and at expiry; confirming re-reserves the time, still free',
    { timeout: 240_000 },
    async () => {
      const session = await openSession(browser, 'phone')
      const { page } = session
      try {
        await page.goto(`${server.baseUrl}/book?new=1`)
        await loginFromFlow(page, {
          userId: 'e2e-hold-expired',
          afm: validAfm('55500003'),
          firstName: 'Λήδα',
          lastName: 'Λήξη',
        })
        await toTime(session)
        const chosen = (await slotRadios(page).first().getAttribute('value'))!
        await slotRadios(page).first().check()
        await continueButton(page).click()
        await expectStep(page, 'Τα στοιχεία σας')
        await fillDetails(page, 'lida@example.gr')
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        // one minute held: under two left from the start, said once by the polite region
        await expect
          .poll(() => announced(page), { timeout: 10_000 })
          .toBe('Η ώρα κρατείται για εσάς για 2 λεπτά ακόμη.')
        // then it runs out (real time: the server's clock is the machine's)
        await expect
          .poll(() => shown(page), { timeout: 90_000, interval: 1000 })
          .toBe(
            'Η κράτηση της ώρας έληξε. Όταν επιβεβαιώσετε, θα την κλείσουμε αν είναι ακόμη ελεύθερη.',
          )
        expect(await announced(page)).toBe(await shown(page))
        await check(session, 'booking-hold', '04-expired')
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await expectStep(page, 'Το ραντεβού σας κλείστηκε')
        const { data } = await graphqlAt<{ myBookings: { startsAt: string }[] }>(
          page,
          server.baseUrl,
          '{ myBookings(when: UPCOMING) { startsAt } }',
        )
        expect(data!.myBookings.map((b) => b.startsAt)).toEqual([chosen])
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})

describe('rescheduling to another KEP', () => {
  it(
    'R2.4 issue 16 item 3: a booking at Athens central moves to another KEP of Athens',
    { timeout: 240_000 },
    async () => {
      const session = await openSession(browser, 'phone')
      const { page } = session
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(page, {
          userId: 'e2e-hold-reschedule',
          afm: validAfm('55500004'),
          firstName: 'Μάρκος',
          lastName: 'Μετακινούμενος',
        })
        const scope = await athensScope(page, baseUrl)
        const today = athensDate(new Date())
        const to = athensDate(new Date(Date.now() + 20 * 86_400_000))
        const free = await graphqlAt<{
          availability: { days: { slots: { startsAt: string }[] }[] }
        }>(
          page,
          baseUrl,
          'query ($input: AvailabilityInput!) { availability(input: $input) { days { slots { startsAt } } } }',
          { input: { category: 'MUNICIPAL', ...scope, from: today, to } },
        )
        const startsAt = free.data!.availability.days.flatMap((d) => d.slots)[0]!.startsAt
        const booked = await graphqlAt<{ bookAppointment: { booking: { id: string } } }>(
          page,
          baseUrl,
          'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }',
          {
            input: {
              category: 'MUNICIPAL',
              ...scope,
              startsAt,
              fullName: 'Μάρκος Μετακινούμενος',
              email: 'markos@example.gr',
              phone: '6955555555',
              postalAddress: 'Πανεπιστημίου 1, 10671 Αθήνα',
              deliveryMethod: 'EMAIL',
            },
          },
        )
        expect(booked.errors).toBeUndefined()
        const id = booked.data!.bookAppointment.booking.id

        await page.goto(`${baseUrl}/bookings/${id}/reschedule`)
        // a page load, not a step change: the heading is there, the focus at the page's start
        await page.getByRole('heading', { level: 1, name: 'Σε ποιο ΚΕΠ;' }).waitFor()
        // the municipal field: the same KEP or another of the municipality, not "any" (R4.4)
        expect(await page.getByRole('radio', { name: /οποιοδήποτε ΚΕΠ/ }).count()).toBe(0)
        await check(session, 'booking-hold', '05-reschedule-where')
        await page.getByRole('radio', { name: /^ΚΕΠ Δήμου Αθηναίων — Αμπελοκήπων/ }).check()
        await continueButton(page).click()
        await expectStep(page, 'Ποια ημέρα σας βολεύει;')
        await chooseFirstFreeDay(page)
        await continueButton(page).click()
        await expectStep(page, 'Τι ώρα σας βολεύει;')
        await slotRadios(page).first().check()
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε τη νέα ώρα')
        await page.getByText(/^ΚΕΠ Δήμου Αθηναίων — Αμπελοκήπων/).waitFor()
        await check(session, 'booking-hold', '06-reschedule-review')
        await page.getByRole('button', { name: 'Επιβεβαίωση αλλαγής' }).click()
        await page.getByRole('heading', { name: 'Το ραντεβού σας άλλαξε' }).waitFor()
        const after = await graphqlAt<{ booking: { kep: { code: string } } }>(
          page,
          baseUrl,
          'query ($id: ID!) { booking(id: $id) { kep { code } } }',
          { id },
        )
        expect(after.data!.booking.kep.code).toBe('KEP-0002')
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})
