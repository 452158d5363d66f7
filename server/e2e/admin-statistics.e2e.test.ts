import { readFile } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminSession, graphqlAs, type AdminSession } from './admin.js'
import { launchChromium } from './browser.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, mainMenu } from './pages.js'

// Issue 17 item 2 (R3.5): an administrator opens the usage statistics (the country, the last 30
// days), narrows them to a region, switches the daily chart to its table and reads a number
// that equals the API's, and downloads a statistics table as CSV; an AUDITOR reads them on a
// phone. Axe on every state; no script error or CSP violation (the charts are SVG drawn by a
// library under `style-src 'self'`).

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

interface Day {
  date: string
  booked: number
}

async function apiDays(session: AdminSession, input: Record<string, unknown>): Promise<Day[]> {
  const answer = await graphqlAs(
    session,
    'query ($input: UsageStatisticsInput!) { usageStatistics(input: $input) { days { date booked } } }',
    { input },
  )
  expect(answer.errors).toBeUndefined()
  return (answer.data!.usageStatistics as { days: Day[] }).days
}

async function openStatistics(session: AdminSession) {
  const { page } = session
  await (await mainMenu(page, 'Κύριο μενού')).getByRole('link', { name: 'Στατιστικά' }).click()
  await page.getByRole('heading', { level: 1, name: 'Στατιστικά χρήσης' }).waitFor()
  await page.getByRole('heading', { level: 2, name: 'Βασικά μεγέθη' }).waitFor()
}

describe('usage statistics in the admin app (issue 17 item 2)', () => {
  it(
    'R3.5 an administrator opens the statistics, changes the scope, reads a chart as a table and downloads its CSV',
    { timeout: 240_000 },
    async () => {
      const session = await adminSession(browser, baseUrl, 'administrator')
      const { page } = session
      try {
        await openStatistics(session)
        // a chart is drawn (SVG) with its summary as its name
        const days = page.getByRole('region', { name: 'Κρατήσεις και ραντεβού ανά ημέρα' })
        await days.locator('figure svg').first().waitFor()
        await expectNoAxeViolations(page, 'statistics, national')

        // the scope: the first region offered
        const region = page.getByLabel('Περιφέρεια', { exact: true })
        const regions = await region.locator('option').allTextContents()
        expect(regions.length).toBeGreaterThan(1)
        const regionValue = await region.locator('option').nth(1).getAttribute('value')
        await region.selectOption(regionValue!)
        const from = await page.getByLabel('Από', { exact: true }).inputValue()
        const to = await page.getByLabel('Έως', { exact: true }).inputValue()
        await page.getByRole('button', { name: 'Εμφάνιση', exact: true }).click()
        await page.getByText('Φόρτωση στατιστικών…').waitFor({ state: 'detached' })

        // the daily chart as its table: its first day's appointments equal the API's
        await days.getByRole('button', { name: 'Εμφάνιση ως πίνακα' }).click()
        const table = days.getByRole('table', { name: 'Κρατήσεις και ραντεβού ανά ημέρα' })
        await table.waitFor()
        const expected = await apiDays(session, { from, to, region: regionValue })
        const rows = table.locator('tbody tr')
        await expect.poll(() => rows.count()).toBe(expected.length)
        const headers = await table.locator('thead th').allTextContents()
        const bookedColumn = headers.indexOf('Ραντεβού')
        const busiest = expected.reduce((a, b) => (b.booked > a.booked ? b : a), expected[0]!)
        const at = expected.indexOf(busiest)
        const cell = rows.nth(at).locator('th, td').nth(bookedColumn)
        expect(Number((await cell.textContent())!.replace(/\D/g, ''))).toBe(busiest.booked)
        await expect
          .poll(() => days.getByRole('button', { name: 'Εμφάνιση ως διάγραμμα' }).count())
          .toBe(1)
        await expectNoAxeViolations(page, 'statistics, a region, the daily table')

        // the table's CSV: the same days, the same numbers
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          days.getByRole('link', { name: /^Λήψη CSV/ }).click(),
        ])
        const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '')
        const lines = csv.split('\r\n').filter((l) => l !== '')
        expect(lines[0]!.split(',')[0]).toBe('Ημερομηνία')
        expect(lines.slice(1).map((l) => Number(l.split(',')[2]))).toEqual(
          expected.map((d) => d.booked),
        )
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )

  // At 360 px nothing widens the page: the scope's fieldset shrinks with its selects (a
  // fieldset is as wide as its content by default), the wide tables scroll in their own region.
  it(
    'R3.5 an AUDITOR reads the statistics on a phone (360 px): no sideways scroll, axe clean',
    { timeout: 180_000 },
    async () => {
      const session = await adminSession(browser, baseUrl, 'auditor', 'phone')
      const { page } = session
      try {
        await openStatistics(session)
        await page.getByRole('region', { name: 'Οι πιο πολυσύχναστες ημέρες και ώρες' }).waitFor()
        await expectNoHorizontalScroll(page, 'statistics on a phone')
        await expectNoAxeViolations(page, 'statistics on a phone')
        // a chart shown as its table: six columns of a day, still no sideways scroll
        const days = page.getByRole('region', { name: 'Κρατήσεις και ραντεβού ανά ημέρα' })
        await days.getByRole('button', { name: 'Εμφάνιση ως πίνακα' }).click()
        await days.getByRole('table').waitFor()
        await expectNoHorizontalScroll(page, 'the daily table on a phone')
        await expectNoAxeViolations(page, 'the daily table on a phone')
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )
})
