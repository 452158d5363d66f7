import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './browser.js'
import {
  athensDate,
  athensScope as athensScopeAt,
  check,
  continueButton,
  expectStep,
  fromKepToTime,
  graphqlAt,
  loginFromFlow,
  openSession,
  slotRadios,
  toTimeStep,
  validAfm,
} from './booking-flow.js'

// The API's refusals in the middle of the flow: a time taken a moment ago (SLOT_UNAVAILABLE with
// alternatives) and a session that ended (UNAUTHENTICATED) — nothing typed is lost in either.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const graphql = <T>(page: Page, query: string, variables: Record<string, unknown> = {}) =>
  graphqlAt<T>(page, baseUrl, query, variables)
const athensScope = (page: Page) => athensScopeAt(page, baseUrl)

async function fillDetails(page: Page, email: string) {
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Τηλέφωνο').fill('6944444444')
  await page.getByLabel('Ταχυδρομική διεύθυνση').fill('Σταδίου 5, 10562 Αθήνα')
  await page.getByRole('radio', { name: 'Με email' }).check()
}

describe('the API refuses mid-flow', () => {
  it(
    'R1.2, R3.1 SLOT_UNAVAILABLE brings the citizen back to the time step with the free times nearby, keeping everything else',
    { timeout: 240_000 },
    async () => {
      const session = await openSession(browser, 'desktop')
      const { page } = session
      const takers: Awaited<ReturnType<typeof openSession>>[] = []
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(page, {
          userId: 'e2e-slot-taken',
          afm: validAfm('31415926'),
          firstName: 'Πέτρος',
          lastName: 'Γεωργίου',
        })
        const scope = await athensScope(page)
        // the free time with the fewest employees free in the next weeks, from the public API
        const today = athensDate(new Date())
        const to = athensDate(new Date(Date.now() + 20 * 86_400_000))
        const { data } = await graphql<{
          availability: {
            days: { date: string; slots: { startsAt: string; freeEmployees: number }[] }[]
          }
        }>(
          page,
          `
            query ($input: AvailabilityInput!) {
              availability(input: $input) {
                days {
                  date
                  slots {
                    startsAt
                    freeEmployees
                  }
                }
              }
            }
          `,
          { input: { category: 'MUNICIPAL', ...scope, from: today, to } },
        )
        const target = data!.availability.days
          .flatMap((d) => d.slots.map((s) => ({ ...s, date: d.date })))
          .sort((a, b) => a.freeEmployees - b.freeEmployees)[0]!

        await toTimeStep(page, target.date)
        await page.locator(`input[value="${target.startsAt}"]`).check()
        await continueButton(page).click()
        await expectStep(page, 'Τα στοιχεία σας')
        await fillDetails(page, 'petros@example.gr')
        await page.getByLabel('Τηλέφωνο').fill('6944444444')
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')

        // Issue 16 item 1: choosing the time held it for this citizen. Their hold ends (here
        // let go through the API, as its expiry would), then as many other citizens as there
        // are free employees take that very time; at confirm it cannot be re-reserved.
        const released = await graphql<{ releaseHold: boolean }>(page, 'mutation { releaseHold }')
        expect(released.data?.releaseHold).toBe(true)
        for (let i = 0; i < target.freeEmployees; i++) {
          const taker = await openSession(browser, 'desktop')
          takers.push(taker)
          await taker.page.goto(`${baseUrl}/book?new=1`)
          await loginFromFlow(taker.page, {
            userId: `e2e-taker-${i}`,
            afm: validAfm(`2718281${i}`),
            firstName: 'Δοκιμή',
            lastName: `Πολίτης ${i}`,
          })
          const booked = await graphql<{ bookAppointment: { booking: { id: string } } }>(
            taker.page,
            'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }',
            {
              input: {
                category: 'MUNICIPAL',
                ...scope,
                startsAt: target.startsAt,
                fullName: `Δοκιμή Πολίτης ${i}`,
                email: `taker${i}@example.gr`,
                phone: '6955555555',
                postalAddress: 'Πανεπιστημίου 1, 10671 Αθήνα',
                deliveryMethod: 'EMAIL',
              },
            },
          )
          expect(booked.errors).toBeUndefined()
        }

        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await expectStep(page, 'Τι ώρα σας βολεύει;')
        await page.getByRole('heading', { name: 'Η ώρα που επιλέξατε μόλις κλείστηκε' }).waitFor()
        const alternatives = page
          .getByRole('group', { name: 'Ελεύθερες ώρες κοντά σε αυτή που είχατε επιλέξει' })
          .getByRole('radio')
        expect(await alternatives.count()).toBeGreaterThan(0)
        expect(await page.locator(`input[value="${target.startsAt}"]`).count()).toBe(0)
        await check(session, 'booking-errors', '03-slot-taken')
        await alternatives.first().check()
        await continueButton(page).click()

        // straight back to the review, the details as they were
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')
        await page.getByText('petros@example.gr').waitFor()
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await expectStep(page, 'Το ραντεβού σας κλείστηκε')
        expect(session.problems).toEqual([])
      } finally {
        for (const taker of takers) await taker.context.close()
        await session.context.close()
      }
    },
  )

  it(
    'R2.1 a session that ends mid-flow says so, and after logging in again the answers are all there',
    { timeout: 180_000 },
    async () => {
      const session = await openSession(browser, 'phone')
      const { page } = session
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        const who = {
          userId: 'e2e-session-ends',
          afm: validAfm('16180339'),
          firstName: 'Άννα',
          lastName: 'Μαρκοπούλου',
        }
        await loginFromFlow(page, who)
        const scope = await athensScope(page)
        const today = athensDate(new Date())
        const to = athensDate(new Date(Date.now() + 20 * 86_400_000))
        const { data } = await graphql<{
          availability: { days: { date: string; slots: unknown[] }[] }
        }>(
          page,
          `
            query ($input: AvailabilityInput!) {
              availability(input: $input) {
                days {
                  date
                  slots {
                    startsAt
                  }
                }
              }
            }
          `,
          { input: { category: 'MUNICIPAL', ...scope, from: today, to } },
        )
        const day = data!.availability.days.find((d) => d.slots.length > 0)!.date
        // R2.1: a deep link from the national portal names the procedure; its municipality follows
        await page.goto(`${baseUrl}/book?category=MUNICIPAL&procedure=${scope.procedureId}`)
        await fromKepToTime(page, day)
        await slotRadios(page).first().check()
        await continueButton(page).click()
        await expectStep(page, 'Τα στοιχεία σας')
        await fillDetails(page, 'anna@example.gr')
        await continueButton(page).click()
        await expectStep(page, 'Ελέγξτε το ραντεβού σας')

        // the session ends (as after the idle timeout): the server no longer knows the browser
        await session.context.clearCookies()
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        const notice = page.getByRole('alert').filter({ hasText: 'Η σύνδεσή σας έληξε' })
        await notice.waitFor()
        await check(session, 'booking-errors', '04-session-ended')
        await notice.getByRole('link').click()
        await page.waitForURL(/\/dev\/gsis\//)
        await page.getByRole('radio', { name: /Άλλη ταυτότητα δοκιμής/ }).check()
        await page.getByLabel(/Κωδικός χρήστη ΓΓΠΣ/).fill(who.userId)
        await page.getByLabel(/^ΑΦΜ/).fill(who.afm)
        await page.getByLabel(/^Όνομα/).fill(who.firstName)
        await page.getByLabel(/^Επώνυμο/).fill(who.lastName)
        await page.getByRole('button', { name: /^Σύνδεση/ }).click()

        // back on the review, everything as it was
        await page.waitForURL(/\/book\?step=review/)
        await page.getByRole('heading', { level: 1, name: 'Ελέγξτε το ραντεβού σας' }).waitFor()
        await page.getByText('anna@example.gr').waitFor()
        await page.getByText('Σταδίου 5, 10562 Αθήνα').waitFor()
        await page.getByRole('button', { name: 'Επιβεβαίωση ραντεβού' }).click()
        await expectStep(page, 'Το ραντεβού σας κλείστηκε')
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})
