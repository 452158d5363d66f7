import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { addDays } from '../src/modules/scheduling/calendar.js'
import { launchChromium } from './browser.js'
import {
  athensDate,
  athensScope,
  check,
  graphqlAt,
  loginFromFlow,
  openSession,
  toDateStep,
  validAfm,
} from './booking-flow.js'

// The calendar reaches as far as the field takes bookings (its horizon, from the API), no
// further and no shorter, whatever the day of the month today is.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the booking calendar', () => {
  it(
    'R1.2 pages up to the month of the last bookable day; the days after it say they take no bookings yet',
    { timeout: 180_000 },
    async () => {
      const session = await openSession(browser, 'phone')
      const { page } = session
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(page, {
          userId: 'e2e-calendar',
          afm: validAfm('57721566'),
          firstName: 'Γιώργος',
          lastName: 'Δημητρίου',
        })
        const scope = await athensScope(page, baseUrl)
        const today = athensDate(new Date())
        const { data } = await graphqlAt<{ availability: { lastBookableDate: string } }>(
          page,
          baseUrl,
          'query ($input: AvailabilityInput!) { availability(input: $input) { lastBookableDate } }',
          { input: { category: 'MUNICIPAL', ...scope, from: today, to: today } },
        )
        const last = data!.availability.lastBookableDate
        expect(last > today).toBe(true)

        await toDateStep(page)
        const next = page.getByRole('button', { name: 'Επόμενος μήνας' })
        const firstShown = () =>
          page.locator('.keplive-calendar [data-date]').first().getAttribute('data-date')
        for (let i = 0; i < 12 && (await firstShown())!.slice(0, 7) < last.slice(0, 7); i++) {
          const shown = await firstShown()
          await next.click() // waits until the button is enabled
          await expect.poll(firstShown).not.toBe(shown)
        }
        expect(await firstShown()).toBe(`${last.slice(0, 7)}-01`)
        await expect.poll(() => next.isDisabled()).toBe(true)
        const after = addDays(last, 1)
        if (after.slice(0, 7) === last.slice(0, 7)) {
          await expect
            .poll(() => page.locator(`[data-date="${after}"]`).getAttribute('aria-label'))
            .toMatch(/δεν δέχεται ραντεβού$/)
        }
        await check(session, 'booking-calendar', '01-last-month')
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})
