import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { adminSession, graphqlAs, type AdminSession } from './admin.js'
import { athensDate } from './booking-flow.js'
import { launchChromium } from './browser.js'
import { expectNoAxeViolations, expectNoHorizontalScroll } from './pages.js'

// Issue 13 item 3 (R3.3, R4.3): an ADMINISTRATOR schedules a longer call for the disability
// field from an effective date a moment ahead; from that instant the citizens' availability
// offers slots of the new length. An OPERATOR sees the parameters, gets no controls, and the
// server refuses the change.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const availabilityQuery = `query ($input: AvailabilityInput!) {
  availability(input: $input) { callMinutes days { date slots { startsAt endsAt } } }
}`

interface Availability {
  callMinutes: number
  slotMinutes: number[]
}

/** The disability field's national availability over the next fortnight. */
async function disabilityAvailability(session: AdminSession): Promise<Availability> {
  const procedures = await graphqlAs(session, '{ procedures(category: DISABILITY) { id } }')
  const procedureId = (procedures.data!.procedures as { id: string }[])[0]!.id
  const from = athensDate(new Date(Date.now() + 86_400_000))
  const to = athensDate(new Date(Date.now() + 14 * 86_400_000))
  const answer = await graphqlAs(session, availabilityQuery, {
    input: { category: 'DISABILITY', procedureId, from, to },
  })
  const availability = answer.data!.availability as {
    callMinutes: number
    days: { slots: { startsAt: string; endsAt: string }[] }[]
  }
  return {
    callMinutes: availability.callMinutes,
    slotMinutes: [
      ...new Set(
        availability.days.flatMap((d) =>
          d.slots.map((s) => (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000),
        ),
      ),
    ],
  }
}

/** `YYYY-MM-DDTHH:MM` of an instant in Athens, as a datetime-local input takes it. */
function athensWallClock(instant: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Athens',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  )
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

const disabilityCard = (page: Page) => page.locator('article[data-field="DISABILITY"]')

describe('field parameters in the admin app', () => {
  it(
    'R3.3 an ADMINISTRATOR changes the disability field’s call length from an effective date, and the citizens’ availability follows from that instant',
    { timeout: 360_000 },
    async () => {
      const session = await adminSession(browser, baseUrl, 'administrator')
      const { page } = session
      try {
        const before = await disabilityAvailability(session)
        expect(before.slotMinutes).toEqual([before.callMinutes])
        const longer = before.callMinutes + 20

        await page.getByRole('link', { name: 'Παράμετροι' }).click()
        await page
          .getByRole('heading', { level: 1, name: 'Παράμετροι πεδίων και ρυθμίσεις' })
          .waitFor()
        await disabilityCard(page).waitFor()
        await expectNoAxeViolations(page, 'admin parameters')

        await disabilityCard(page)
          .getByRole('button', { name: /^Νέα έκδοση παραμέτρων/ })
          .click()
        // the next minute at least 40 s ahead (the form takes minutes): the preview and the
        // confirmation come before it, and the wait for it stays short
        const effectiveFrom = new Date(Math.ceil((Date.now() + 40_000) / 60_000) * 60_000)
        await page.getByLabel('Ισχύει από').fill(athensWallClock(effectiveFrom))
        await page.getByLabel('Διάρκεια κλήσης (λεπτά)').fill(String(longer))
        await page.getByRole('button', { name: 'Προεπισκόπηση επιπτώσεων' }).click()

        await page.getByRole('heading', { name: 'Επιβεβαίωση αλλαγής' }).waitFor()
        const impact = page.getByTestId('parameters-impact')
        await impact.waitFor()
        // seven days of next week and the total, each with before, after and difference
        expect(await impact.locator('tbody tr').count()).toBe(7)
        await expectNoAxeViolations(page, 'admin parameters preview')
        await page.getByRole('button', { name: 'Επιβεβαίωση και προγραμματισμός' }).click()
        await page.getByText(/^Η νέα έκδοση καταχωρίστηκε και ισχύει από/).waitFor()
        await disabilityCard(page).getByText(/^Από /).first().waitFor()

        // before its instant the old length still applies; from it on, the new one
        if (Date.now() < effectiveFrom.getTime() - 5_000) {
          expect((await disabilityAvailability(session)).callMinutes).toBe(before.callMinutes)
        }
        await expect
          .poll(async () => (await disabilityAvailability(session)).callMinutes, {
            timeout: 200_000,
            interval: 5_000,
          })
          .toBe(longer)
        expect((await disabilityAvailability(session)).slotMinutes).toEqual([longer])

        await page.reload()
        await disabilityCard(page)
          .locator('td[data-parameter="callMinutes"]')
          .filter({ hasText: String(longer) })
          .waitFor()
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )

  it('Art. 3.5 an OPERATOR sees the parameters without controls, and the server refuses the change', async () => {
    const session = await adminSession(browser, baseUrl, 'operator', 'phone')
    const { page } = session
    try {
      await page.goto(`${baseUrl}/admin/parameters`)
      await page
        .getByRole('heading', { level: 1, name: 'Παράμετροι πεδίων και ρυθμίσεις' })
        .waitFor()
      await disabilityCard(page).waitFor()
      await page.getByText('μόνο ο ΔΙΑΧΕΙΡΙΣΤΗΣ μπορεί να τις αλλάξει', { exact: false }).waitFor()
      expect(await page.getByRole('button', { name: /^Νέα έκδοση παραμέτρων/ }).count()).toBe(0)
      expect(await page.getByRole('button', { name: /^Αλλαγή ρύθμισης/ }).count()).toBe(0)
      await expectNoAxeViolations(page, 'admin parameters as an operator')
      await expectNoHorizontalScroll(page, 'admin parameters at 360 px')

      const refused = await graphqlAs(
        session,
        `mutation ($input: ScheduleFieldParametersInput!) {
          scheduleFieldParameters(input: $input, preview: false) { applied }
        }`,
        {
          input: {
            category: 'DISABILITY',
            callMinutes: 30,
            bufferMinutes: 10,
            slotStepMinutes: 30,
            minNoticeMinutes: 120,
            horizonDays: 60,
          },
        },
      )
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      const setting = await graphqlAs(
        session,
        'mutation { scheduleSetting(input: { key: NO_SHOW_GRACE_MINUTES, value: [5] }) { applied } }',
      )
      expect(setting.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })
})
