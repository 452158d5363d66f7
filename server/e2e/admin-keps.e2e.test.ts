import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { addDays, holidayOn, weekdayOf } from '../src/modules/scheduling/calendar.js'
import { adminSession } from './admin.js'
import { launchChromium } from './browser.js'
import {
  athensDate,
  graphqlAt,
  loginFromFlow,
  openSession,
  validAfm,
  waitForMail,
} from './booking-flow.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  focused,
  screenshot,
  tabTo,
  viewports,
} from './pages.js'

// Issue 13 item 1 in the browser: an ADMINISTRATOR creates a KEP by keyboard alone and finds it
// in the list; suspends a KEP holding an appointment, moves it to another KEP of the
// municipality, and the citizen's email arrives. Axe and 360 px on the list, the form and the
// KEP's page.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** The demo ADMINISTRATOR logged in, at a viewport. */
async function administratorPage(viewport: keyof typeof viewports = 'desktop') {
  const session = await adminSession(browser, baseUrl, 'administrator', viewport)
  return { ...session, close: () => session.context.close() }
}

async function checkPage(page: Page, where: string, viewport: keyof typeof viewports) {
  await expectNoAxeViolations(page, `${where} (${viewport})`)
  await expectNoHorizontalScroll(page, `${where} (${viewport})`)
  await screenshot(page, 'admin-keps', where, viewport)
}

/** A working day (Monday to Friday, no holiday) about three weeks ahead, whatever today is. */
function workingDayAhead(): string {
  let date = addDays(athensDate(new Date()), 20)
  while (weekdayOf(date) > 5 || holidayOn(date) !== undefined) date = addDays(date, 1)
  return date
}

describe('KEPs in the admin app', () => {
  it(
    'issue 13 item 1: an ADMINISTRATOR creates a KEP by keyboard alone and finds it in the list; axe and 360 px on the list, the form and its page',
    { timeout: 240_000 },
    async () => {
      const admin = await administratorPage('desktop')
      const { page } = admin
      const code = `KEP-E2E-${randomBytes(3).toString('hex').toUpperCase()}`
      try {
        await page.goto(`${baseUrl}/admin/keps`)
        await page.getByRole('heading', { level: 1, name: 'ΚΕΠ' }).waitFor()
        await page.getByRole('table').waitFor()
        await checkPage(page, '01-list', 'desktop')

        // keyboard only from here: Tab to each control, type, Space/Enter
        await tabTo(page, /^A\|\|\|Νέο ΚΕΠ$/)
        await page.keyboard.press('Enter')
        await page.getByRole('heading', { level: 1, name: 'Νέο ΚΕΠ' }).waitFor()
        await checkPage(page, '02-create', 'desktop')
        const type = async (label: RegExp, text: string) => {
          await tabTo(page, label)
          await page.keyboard.type(text)
        }
        await type(/^INPUT\|text\|kep-code\|/, code)
        await type(/^INPUT\|text\|kep-nameEl\|/, `ΚΕΠ Δοκιμής ${code}`)
        await type(/^INPUT\|text\|kep-nameEn\|/, `Test KEP ${code}`)
        await tabTo(page, /^SELECT\|\|kep-municipalityId\|/)
        // the arrow keys move through a closed select's options
        for (let i = 0; i < 120; i++) {
          const chosen = await page.locator('#kep-municipalityId option:checked').textContent()
          if (chosen?.startsWith('Δήμος Αθηναίων')) break
          await page.keyboard.press('ArrowDown')
        }
        expect(await focused(page)).toMatch(/^SELECT\|\|kep-municipalityId\|/)
        await type(/^INPUT\|text\|kep-addressEl\|/, 'Σταδίου 10')
        await type(/^INPUT\|text\|kep-addressEn\|/, '10 Stadiou Street')
        await type(/^INPUT\|text\|kep-postalCode\|/, '10564')
        await type(/^INPUT\|text\|kep-cityEl\|/, 'Αθήνα')
        await type(/^INPUT\|text\|kep-cityEn\|/, 'Athens')
        await type(/^INPUT\|tel\|kep-phone\|/, '2101234567')
        await type(/^INPUT\|email\|kep-email\|/, 'e2e-kep@example.gr')
        await type(/^INPUT\|text\|kep-workstation-0\|/, 'Θέση 1')
        await tabTo(page, /^BUTTON\|button\|\|Προσθήκη θέσης εργασίας$/)
        await page.keyboard.press('Enter')
        await type(/^INPUT\|text\|kep-workstation-1\|/, 'Θέση 2')
        await tabTo(page, /^BUTTON\|submit\|\|Δημιουργία ΚΕΠ$/)
        await page.keyboard.press('Enter')

        await page.getByRole('heading', { level: 1, name: `ΚΕΠ Δοκιμής ${code}` }).waitFor()
        await page.getByText('Το ΚΕΠ δημιουργήθηκε.').waitFor()
        await expect.poll(() => page.getByRole('row').count()).toBeGreaterThanOrEqual(3)
        await checkPage(page, '03-kep', 'desktop')

        // back to the list: found by its code, without accents or case mattering
        await tabTo(page, /^BUTTON\|button\|\|.*Όλα τα ΚΕΠ$/)
        await page.keyboard.press('Enter')
        await tabTo(page, /^INPUT\|search\|keps-search\|/)
        await page.keyboard.type(code.toLowerCase())
        await page.keyboard.press('Enter')
        const row = page.getByRole('row', { name: new RegExp(code) })
        await row.waitFor()
        await expect(row.textContent()).resolves.toContain('Σε λειτουργία')

        // the same three pages at 360 px
        const phone = await administratorPage('phone')
        try {
          await phone.page.goto(`${baseUrl}/admin/keps`)
          await phone.page.getByRole('table').waitFor()
          await checkPage(phone.page, '01-list', 'phone')
          await phone.page.goto(`${baseUrl}/admin/keps/new`)
          await phone.page.getByRole('heading', { level: 1, name: 'Νέο ΚΕΠ' }).waitFor()
          await checkPage(phone.page, '02-create', 'phone')
          await phone.page.goto(`${baseUrl}/admin/keps`)
          await phone.page.getByLabel('Αναζήτηση').fill(code)
          await phone.page.getByRole('button', { name: 'Εφαρμογή φίλτρων' }).click()
          await phone.page.getByRole('link', { name: `ΚΕΠ Δοκιμής ${code}` }).click()
          await phone.page.getByRole('heading', { level: 1, name: `ΚΕΠ Δοκιμής ${code}` }).waitFor()
          await checkPage(phone.page, '03-kep', 'phone')
          expect(phone.problems).toEqual([])
        } finally {
          await phone.close()
        }
        expect(admin.problems).toEqual([])
      } finally {
        await admin.close()
      }
    },
  )

  it(
    'issue 13 item 1: suspending a KEP previews its appointment, MOVE takes it to another KEP of the municipality, and the citizen is emailed',
    { timeout: 240_000 },
    async () => {
      const admin = await administratorPage('desktop')
      const session = await openSession(browser, 'desktop')
      const date = workingDayAhead()
      const email = `e2e-keps-${randomBytes(3).toString('hex')}@example.gr`
      let kepId: string | undefined
      try {
        // a citizen's appointment at Pangrati (KEP-0004), on the day to suspend
        await session.page.goto(`${baseUrl}/book?new=1`)
        await loginFromFlow(session.page, {
          userId: 'e2e-keps-suspend',
          afm: validAfm('27182818'),
          firstName: 'Νίκος',
          lastName: 'Γεωργίου',
        })
        const { data } = await graphqlAt<{
          municipalities: { keps: { id: string; code: string }[] }[]
          procedures: { id: string }[]
        }>(
          session.page,
          baseUrl,
          '{ municipalities(participating: true, search: "Αθηναίων") { keps { id code } } procedures(category: INFORMATION) { id } }',
        )
        kepId = data!.municipalities[0]!.keps.find((k) => k.code === 'KEP-0004')!.id
        const procedureId = data!.procedures[0]!.id
        const free = await graphqlAt<{
          availability: { days: { slots: { startsAt: string }[] }[] }
        }>(
          session.page,
          baseUrl,
          `query ($input: AvailabilityInput!) {
            availability(input: $input) { days { slots { startsAt } } } }`,
          { input: { category: 'INFORMATION', procedureId, kepId, from: date, to: date } },
        )
        const startsAt = free.data!.availability.days[0]!.slots[0]!.startsAt
        const booked = await graphqlAt<{ bookAppointment: { booking: { reference: string } } }>(
          session.page,
          baseUrl,
          `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { reference } } }`,
          {
            input: {
              category: 'INFORMATION',
              procedureId,
              kepId,
              startsAt,
              fullName: 'Νίκος Γεωργίου',
              email,
              phone: '6941234567',
              postalAddress: 'Υμηττού 1, 11634 Αθήνα',
              deliveryMethod: 'EMAIL',
            },
          },
        )
        expect(booked.errors).toBeUndefined()
        const reference = booked.data!.bookAppointment.booking.reference

        // the administrator suspends Pangrati that day, previews, chooses MOVE, confirms
        const { page } = admin
        await page.goto(`${baseUrl}/admin/keps/${kepId}`)
        await page.getByRole('heading', { level: 1, name: /Παγκρατίου/ }).waitFor()
        await page.getByRole('button', { name: 'Αναστολή λειτουργίας' }).click()
        await page.getByLabel('Από (ημερομηνία)').fill(date)
        await page.getByLabel(/^Έως/).fill(date)
        await page.getByLabel('Λόγος (ελληνικά)').fill('Εργασίες συντήρησης')
        await page.getByLabel('Λόγος (αγγλικά)').fill('Maintenance works')
        await page.getByRole('radio', { name: /Να μεταφερθούν σε άλλο ΚΕΠ/ }).check()
        await page.getByRole('button', { name: 'Προεπισκόπηση επιπτώσεων' }).click()
        const preview = page.getByRole('row', { name: new RegExp(reference) })
        await preview.waitFor()
        await expect(preview.textContent()).resolves.toContain('Σε άλλο ΚΕΠ')
        await checkPage(page, '04-suspend-preview', 'desktop')
        await page.getByRole('button', { name: 'Αναστολή του ΚΕΠ' }).click()
        await page.getByText('Το ΚΕΠ τέθηκε σε αναστολή.').waitFor()

        // the one email of the move (the booking's own came before it)
        const mail = await waitForMail(baseUrl, email, new RegExp(`${reference} άλλαξε`))
        expect(mail.text).toContain('Εργασίες συντήρησης')
        expect(admin.problems).toEqual([])
      } finally {
        if (kepId) {
          await graphqlAt(
            admin.page,
            baseUrl,
            'mutation ($id: ID!) { resumeKep(kepId: $id) { kep { id } } }',
            {
              id: kepId,
            },
          )
        }
        await admin.close()
        await session.context.close()
      }
    },
  )
})
