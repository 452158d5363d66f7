import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { addDays, holidayOn, weekdayOf } from '../src/modules/scheduling/calendar.js'
import { launchChromium } from './browser.js'
import {
  athensDate,
  athensScope,
  check,
  expectStep,
  graphqlAt,
  loginFromFlow,
  openSession,
  slotRadios,
  toTimeStep,
  validAfm,
} from './booking-flow.js'

// A KEP's extraordinary hours as the citizen meets them: the administrator sets them through
// the API (preview, then apply with its token), the calendar names them on the day, the time step says so and offers only their
// times. (Their holiday opening is proven in the scheduling module's tests.)

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A working day (Monday to Friday, no holiday) a few days ahead, whatever today is. */
function ordinaryDayAhead(): string {
  let date = addDays(athensDate(new Date()), 3)
  while (weekdayOf(date) > 5 || holidayOn(date) !== undefined) date = addDays(date, 1)
  return date
}

/** The demo administrator's logged-in page, through the GSIS stand-in. */
async function administratorPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'el-GR' })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/auth/login?role=admin&returnTo=${encodeURIComponent('/admin/')}`)
  await page.getByRole('radio', { name: /Αικατερίνη Σταματοπούλου/ }).check()
  await page.getByRole('button', { name: /^Σύνδεση/ }).click()
  await page.waitForURL(`${baseUrl}/admin/`)
  return page
}

/**
 * A change of hours as the administration makes it: a preview, then the apply with its token
 * (keeping whatever booking it leaves outside). True when applied.
 */
async function previewThenApply(
  admin: Page,
  mutation: 'setKepSpecialHoursWithImpact' | 'removeKepSpecialHoursWithImpact',
  inputType: string,
  input: Record<string, unknown>,
): Promise<boolean> {
  type Answer = Record<string, { impact: { token: string; applied: boolean } }>
  const document = `mutation ($input: ${inputType}!, $impact: ImpactInput!) {
    ${mutation}(input: $input, impact: $impact) { impact { token applied } }
  }`
  const preview = await graphqlAt<Answer>(admin, baseUrl, document, {
    input,
    impact: { apply: false },
  })
  expect(preview.errors).toBeUndefined()
  const applied = await graphqlAt<Answer>(admin, baseUrl, document, {
    input,
    impact: { apply: true, token: preview.data![mutation]!.impact.token },
  })
  expect(applied.errors).toBeUndefined()
  return applied.data![mutation]!.impact.applied
}

const athensTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Athens',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

describe('extraordinary hours in the booking flow', () => {
  it(
    'R3.4 the calendar names the day’s extraordinary hours, and the time step says so and offers only their times',
    { timeout: 180_000 },
    async () => {
      const admin = await administratorPage()
      const session = await openSession(browser, 'desktop')
      const { page } = session
      const date = ordinaryDayAhead()
      let kepId: string | undefined
      try {
        await page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(page, {
          userId: 'e2e-special-hours',
          afm: validAfm('14142135'),
          firstName: 'Ελένη',
          lastName: 'Αντωνίου',
        })
        kepId = (await athensScope(page, baseUrl)).kepId
        const set = await previewThenApply(
          admin,
          'setKepSpecialHoursWithImpact',
          'SetKepSpecialHoursInput',
          {
            kepId,
            date,
            windows: [{ opensAt: '09:00', closesAt: '11:00' }],
            reasonEl: 'Εκπαίδευση προσωπικού το μεσημέρι',
            reasonEn: 'Staff training at midday',
          },
        )
        expect(set).toBe(true)

        await toTimeStep(page, date)
        const notice = page.getByRole('status').filter({
          hasText: 'Το ΚΕΠ λειτουργεί με έκτακτο ωράριο αυτή την ημέρα',
        })
        await notice.getByText('Εκπαίδευση προσωπικού το μεσημέρι').waitFor()
        const offered = await Promise.all(
          (await slotRadios(page).all()).map((radio) => radio.getAttribute('value')),
        )
        expect(offered.length).toBeGreaterThan(0)
        for (const startsAt of offered) {
          const time = athensTime(startsAt!)
          expect(time >= '09:00' && time < '11:00', time).toBe(true)
        }
        await check(session, 'booking-special-hours', '01-time-step')

        // back on the calendar, the day's name tells it too
        await page.getByRole('button', { name: 'Πίσω' }).click()
        await expectStep(page, 'Ποια ημέρα σας βολεύει;')
        await expect
          .poll(() => page.locator(`[data-date="${date}"]`).getAttribute('aria-label'))
          .toMatch(/ελεύθερ(ες ώρες|η ώρα), έκτακτο ωράριο: Εκπαίδευση προσωπικού το μεσημέρι$/)
        await check(session, 'booking-special-hours', '02-calendar')
        expect(session.problems).toEqual([])
      } finally {
        if (kepId) {
          const removed = await previewThenApply(
            admin,
            'removeKepSpecialHoursWithImpact',
            'RemoveKepSpecialHoursInput',
            { kepId, date },
          )
          expect(removed).toBe(true)
        }
        await admin.context().close()
        await session.context.close()
      }
    },
  )
})
