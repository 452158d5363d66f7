import { readFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { addDays, holidayOn, weekdayOf } from '../src/modules/scheduling/calendar.js'
import { adminSession } from './admin.js'
import { launchChromium } from './browser.js'
import { athensDate, graphqlAt, loginFromFlow, openSession, validAfm } from './booking-flow.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './pages.js'

// Issue 17 items 1 and 3 in the browser: a citizen books at a KEP of Athens; an ADMINISTRATOR
// filters the bookings by municipality and state, opens the booking's page, and exports the
// CSV of the filter (downloaded and parsed); an AUDITOR sees the list too. Axe on both pages,
// and the list at 360 px.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A working day (Monday to Friday, no holiday) about four weeks ahead, whatever today is. */
function workingDayAhead(): string {
  let date = addDays(athensDate(new Date()), 27)
  while (weekdayOf(date) > 5 || holidayOn(date) !== undefined) date = addDays(date, 1)
  return date
}

/** The rows of a CSV without quoted line ends, the BOM dropped. */
const csvRows = (text: string, separator: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(separator).map((cell) => cell.replace(/^"|"$/g, '')))

describe('bookings in the admin app', () => {
  it(
    'issue 17 items 1 and 3 (R3.5, R7.2): an ADMINISTRATOR filters bookings by municipality and state, opens one, exports the CSV; an AUDITOR sees the list; axe on both pages',
    { timeout: 240_000 },
    async () => {
      const citizen = await openSession(browser, 'desktop')
      const admin = await adminSession(browser, baseUrl, 'administrator')
      const auditor = await adminSession(browser, baseUrl, 'auditor', 'phone')
      const date = workingDayAhead()
      const email = `e2e-bookings-${randomBytes(3).toString('hex')}@example.gr`
      try {
        // a citizen's appointment at a KEP of Athens (not Pangrati, which another test suspends)
        await citizen.page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(citizen.page, {
          userId: `e2e-bookings-${randomBytes(3).toString('hex')}`,
          afm: validAfm('31415926'),
          firstName: 'Ελένη',
          lastName: 'Αθανασίου',
        })
        const { data } = await graphqlAt<{
          municipalities: { keps: { id: string; code: string }[] }[]
          procedures: { id: string }[]
        }>(
          citizen.page,
          baseUrl,
          '{ municipalities(participating: true, search: "Αθηναίων") { keps { id code } } procedures(category: INFORMATION) { id } }',
        )
        const kepId = data!.municipalities[0]!.keps.find((k) => k.code !== 'KEP-0004')!.id
        const procedureId = data!.procedures[0]!.id
        const free = await graphqlAt<{
          availability: { days: { slots: { startsAt: string }[] }[] }
        }>(
          citizen.page,
          baseUrl,
          `query ($input: AvailabilityInput!) {
            availability(input: $input) { days { slots { startsAt } } } }`,
          { input: { category: 'INFORMATION', procedureId, kepId, from: date, to: date } },
        )
        const startsAt = free.data!.availability.days[0]!.slots[0]!.startsAt
        const booked = await graphqlAt<{
          bookAppointment: { booking: { id: string; reference: string } }
        }>(
          citizen.page,
          baseUrl,
          `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id reference } } }`,
          {
            input: {
              category: 'INFORMATION',
              procedureId,
              kepId,
              startsAt,
              fullName: 'Ελένη Αθανασίου',
              email,
              phone: '6941234567',
              postalAddress: 'Πατησίων 10, 10677 Αθήνα',
              deliveryMethod: 'EMAIL',
              specialRequirements: { signLanguage: true, lipReading: false },
            },
          },
        )
        expect(booked.errors).toBeUndefined()
        const { reference } = booked.data!.bookAppointment.booking

        // and one for a business, booked while the registry was down (the stand-in's company
        // 990000026): its representation is to be checked on the call (issue 19 item 6)
        const businessProcedure = (
          await graphqlAt<{ procedures: { id: string }[] }>(
            citizen.page,
            baseUrl,
            '{ procedures(category: BUSINESS) { id } }',
          )
        ).data!.procedures[0]!.id
        const businessFree = await graphqlAt<{
          availability: { days: { slots: { startsAt: string }[] }[] }
        }>(
          citizen.page,
          baseUrl,
          `query ($input: AvailabilityInput!) {
            availability(input: $input) { days { slots { startsAt } } } }`,
          {
            input: {
              category: 'BUSINESS',
              procedureId: businessProcedure,
              kepId,
              from: date,
              to: date,
            },
          },
        )
        const businessBooked = await graphqlAt<{
          bookAppointment: { booking: { id: string; business: { representation: string } } }
        }>(
          citizen.page,
          baseUrl,
          `mutation ($input: BookAppointmentInput!) {
            bookAppointment(input: $input) { booking { id business { representation } } } }`,
          {
            input: {
              category: 'BUSINESS',
              procedureId: businessProcedure,
              kepId,
              startsAt: businessFree.data!.availability.days[0]!.slots.at(-1)!.startsAt,
              fullName: 'Ελένη Αθανασίου',
              email,
              phone: '6941234567',
              postalAddress: 'Πατησίων 10, 10677 Αθήνα',
              deliveryMethod: 'EMAIL',
              business: { taxId: '990000026', name: 'Κάτω Μητρώο Ο.Ε.' },
            },
          },
        )
        expect(businessBooked.errors).toBeUndefined()
        const businessBooking = businessBooked.data!.bookAppointment.booking
        expect(businessBooking.business.representation).toBe('TO_CHECK')

        // the administrator: Bookings from the menu, Athens, "booked", apply
        const { page } = admin
        await page
          .getByRole('navigation', { name: 'Κύριο μενού' })
          .getByRole('link', { name: 'Ραντεβού' })
          .click()
        await page.getByRole('heading', { level: 1, name: 'Ραντεβού' }).waitFor()
        await page.getByLabel('Δήμος', { exact: true }).selectOption({ label: 'Δήμος Αθηναίων' })
        await page.getByRole('checkbox', { name: 'Κλεισμένο' }).check()
        await page.getByLabel('Από ημερομηνία').fill(date)
        await page.getByLabel('Έως ημερομηνία').fill(date)
        await page.getByRole('button', { name: 'Εφαρμογή φίλτρων' }).click()
        const row = page.getByRole('row', { name: new RegExp(reference) })
        await row.waitFor()
        // the applied filter is in the address: bookmarked, shared, come back to
        const listUrl = new URL(page.url())
        expect(listUrl.pathname).toBe('/admin/bookings')
        expect(listUrl.searchParams.get('statuses')).toBe('booked')
        expect(listUrl.searchParams.get('from')).toBe(date)
        expect(listUrl.searchParams.get('municipalityId')).toBeTruthy()
        await expect(row.textContent()).resolves.toContain('Ελένη Αθανασίου')
        await expectNoAxeViolations(page, 'bookings list')
        await screenshot(page, 'admin-bookings', '01-list', 'desktop')

        // the export of the filter: downloaded, parsed, the same booking, Greek headers
        await page.getByLabel('Διαχωριστικό').selectOption('semicolon')
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Λήψη CSV' }).click(),
        ])
        const file = await download.path()
        const rows = csvRows(await readFile(file, 'utf8'), ';')
        expect(rows[0]!.slice(0, 5)).toEqual([
          'Αριθμός',
          'Έναρξη',
          'Λήξη',
          'Κατάσταση',
          'Ονοματεπώνυμο',
        ])
        const body = rows.slice(1)
        expect(body.map((r) => r[0])).toContain(reference)
        expect(body.every((r) => r[7] === 'Δήμος Αθηναίων' && r[3] === 'booked')).toBe(true)
        expect(body.find((r) => r[0] === reference)![12]).toBe('Ναι')

        // the booking's page: details, history, call, outcome
        await row.getByRole('link', { name: reference }).click()
        await page.getByRole('heading', { level: 1, name: `Ραντεβού ${reference}` }).waitFor()
        await page.getByText(email).waitFor()
        await page.getByRole('heading', { level: 2, name: 'Ιστορικό' }).waitFor()
        await page.getByRole('heading', { level: 2, name: 'Κλήση (μόνο χρόνοι)' }).waitFor()
        await page.getByText('Νοηματική γλώσσα').waitFor()
        await expectNoAxeViolations(page, 'booking page')
        await screenshot(page, 'admin-bookings', '02-booking', 'desktop')

        // back in the browser: the same filtered list, the form holding its filter
        await page.goBack()
        await row.waitFor()
        await expect(
          page.getByLabel('Δήμος', { exact: true }).locator('option:checked').textContent(),
        ).resolves.toBe('Δήμος Αθηναίων')
        await expect(page.getByRole('checkbox', { name: 'Κλεισμένο' }).isChecked()).resolves.toBe(
          true,
        )
        // and the address alone, opened afresh, lists the same
        await auditor.page.goto(listUrl.href)
        await auditor.page.getByRole('row', { name: new RegExp(reference) }).waitFor()

        // the business's booking: its tax number and the representation to check on the call
        await page.goto(`${baseUrl}/admin/bookings/${businessBooking.id}`)
        await page.getByText('Κάτω Μητρώο Ο.Ε. (ΑΦΜ 990000026)').waitFor()
        await page.getByText('Προς έλεγχο στην κλήση (το μητρώο δεν ήταν διαθέσιμο)').waitFor()
        await expectNoAxeViolations(page, 'a business booking page')
        expect(admin.problems).toEqual([])

        // the auditor, on a phone: the list too, without sideways scrolling
        await auditor.page.goto(`${baseUrl}/admin/bookings`)
        await auditor.page.getByRole('heading', { level: 1, name: 'Ραντεβού' }).waitFor()
        await auditor.page.getByRole('table').waitFor()
        await expectNoAxeViolations(auditor.page, 'bookings list (auditor, phone)')
        await expectNoHorizontalScroll(auditor.page, 'bookings list (auditor, phone)')
        expect(auditor.problems).toEqual([])
      } finally {
        await citizen.context.close()
        await admin.context.close()
        await auditor.context.close()
      }
    },
  )
})
