import { randomInt } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { withAfmCheckDigit } from '../src/platform/afm.js'
import { adminSession, graphqlAs } from './admin.js'
import { launchChromium } from './browser.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, focused, tabTo } from './pages.js'

// Issue 13 item 4: an OPERATOR adds an employee by tax number (ΑΦΜ) by keyboard alone — a
// wrong check digit first (the error summary, then the field), then a good one — and checks a
// CSV file whose wrong row is named before anything is written; plans a move for a later date and
// cancels it.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const freshAfm = () => withAfmCheckDigit(String(randomInt(10_000_000, 99_999_999)))
/** The same first eight digits with a wrong check digit. */
const wrongCheckDigit = (afm: string) => `${afm.slice(0, 8)}${(Number(afm[8]) + 1) % 10}`

describe('the employees’ pages of the admin app', () => {
  it(
    'issue 13 item 4: an OPERATOR adds an employee by keyboard alone; a wrong ΑΦΜ check digit is named in the error summary and leads to the field',
    { timeout: 180_000 },
    async () => {
      const session = await adminSession(browser, baseUrl, 'operator')
      const { page } = session
      try {
        await page.goto(`${baseUrl}/admin/employees/new`)
        await page.getByRole('heading', { level: 1, name: 'Προσθήκη υπαλλήλου' }).waitFor()
        await expectNoAxeViolations(page, 'add employee form')

        // the KEP: arrows in the closed select until KEP-0001
        await tabTo(page, /^SELECT\|\|employee-kep\|/)
        for (let i = 0; i < 60; i++) {
          const chosen = await page.locator('#employee-kep option:checked').textContent()
          if (chosen?.includes('KEP-0001')) break
          await page.keyboard.press('ArrowDown')
        }
        expect(await page.locator('#employee-kep option:checked').textContent()).toContain(
          'KEP-0001',
        )
        const afm = freshAfm()
        await tabTo(page, /^INPUT\|\|employee-tax-id\|/)
        await page.keyboard.type(wrongCheckDigit(afm))
        await tabTo(page, /^INPUT\|\|employee-full-name\|/)
        await page.keyboard.type('Ευαγγελία Δημητρίου')
        await tabTo(page, /^INPUT\|email\|employee-email\|/)
        await page.keyboard.type('e.dimitriou@kep.example.gr')
        await tabTo(page, /^BUTTON\|submit\|\|Προσθήκη$/)
        await page.keyboard.press('Enter')

        // the summary takes the focus and names the field; its link leads to it
        const summary = page.getByRole('alert').filter({ hasText: 'ΑΦΜ' })
        await summary.waitFor()
        await expect.poll(() => focused(page)).toMatch(/^DIV\|/)
        await expect
          .poll(() => page.locator('#employee-tax-id').getAttribute('aria-invalid'))
          .toBe('true')
        await tabTo(page, /^A\|\|\|.*ΑΦΜ/)
        await page.keyboard.press('Enter')
        await expect.poll(() => focused(page)).toMatch(/^INPUT\|\|employee-tax-id\|/)
        await expectNoAxeViolations(page, 'add employee form with errors')

        // corrected: select the digits, type the right ones, submit with Enter in the field
        await page.keyboard.press('Control+A')
        await page.keyboard.type(afm)
        await page.keyboard.press('Enter')
        await page.getByRole('heading', { level: 1, name: 'Ευαγγελία Δημητρίου' }).waitFor()
        expect(page.url()).toMatch(/\/admin\/employees\/[0-9a-f-]{36}/)
        await page.getByText('Ο υπάλληλος προστέθηκε.').waitFor()
        await page.getByText(afm, { exact: true }).waitFor()
        await expectNoAxeViolations(page, 'employee page')
        await expectNoHorizontalScroll(page, 'employee page')
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )

  it('issue 13 item 4: a CSV preview lists each row, names the wrong one, and offers no import until it is fixed', async () => {
    const session = await adminSession(browser, baseUrl, 'operator', 'phone')
    const { page } = session
    try {
      await page.goto(`${baseUrl}/admin/employees/import`)
      await page
        .getByRole('heading', { level: 1, name: 'Εισαγωγή υπαλλήλων από αρχείο CSV' })
        .waitFor()
      await expectNoAxeViolations(page, 'CSV import page')
      const good = freshAfm()
      const bad = wrongCheckDigit(freshAfm())
      await page
        .getByLabel('ή επικολλήστε το περιεχόμενο')
        .fill(
          [
            'afm;full_name;email;kep_code;role',
            `${good};Νίκος Αλεξίου;n.alexiou@kep.example.gr;KEP-0001;STAFF`,
            `${bad};Άννα Βλάχου;a.vlachou@kep.example.gr;KEP-0001;MANAGER`,
          ].join('\n'),
        )
      await page.getByRole('button', { name: 'Προεπισκόπηση' }).click()
      await page.getByRole('heading', { name: '1 γραμμές χωρίς λάθη, 1 με λάθη.' }).waitFor()
      const table = page.getByRole('table', { name: 'Οι γραμμές του αρχείου' })
      await expect.poll(() => table.getByRole('row').count()).toBe(3)
      const wrong = table.getByRole('row').filter({ hasText: bad })
      await wrong.getByText('Λάθος').waitFor()
      await wrong.getByText(/^afm: Ο ΑΦΜ δεν είναι έγκυρος/).waitFor()
      await table.getByRole('row').filter({ hasText: good }).getByText('Θα προστεθεί').waitFor()
      expect(await page.getByRole('button', { name: 'Προσθήκη όλων' }).count()).toBe(0)
      await expectNoAxeViolations(page, 'CSV preview with an error row')
      await expectNoHorizontalScroll(page, 'CSV preview at 360 px')
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })

  it('issue 13 item 4: an OPERATOR plans a move from a later date, sees it on the employee, and cancels it', async () => {
    const session = await adminSession(browser, baseUrl, 'operator')
    const { page } = session
    try {
      const keps = (await graphqlAs(session, '{ keps { id code } }')).data!.keps as {
        id: string
        code: string
      }[]
      const [from, to] = keps
      const added = await graphqlAs(
        session,
        'mutation($input: AddEmployeeInput!) { addEmployee(input: $input) { id } }',
        {
          input: {
            kepId: from!.id,
            taxId: freshAfm(),
            fullName: 'Σταυρούλα Μετακινούμενη',
            email: 's.metakinoumeni@kep.example.gr',
            role: 'STAFF',
          },
        },
      )
      const { id } = added.data!.addEmployee as { id: string }
      // thirty days on, in Athens
      const later = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(
        new Date(Date.now() + 30 * 86_400_000),
      )
      await page.goto(`${baseUrl}/admin/employees/${id}`)
      await page.getByRole('heading', { level: 1, name: 'Σταυρούλα Μετακινούμενη' }).waitFor()
      await page.locator('#move-to').selectOption(to!.id)
      await page.locator('#move-from').fill(later)
      await page.getByRole('button', { name: 'Προεπισκόπηση μετακίνησης' }).click()
      await page.getByRole('button', { name: 'Επιβεβαίωση' }).click()
      await page.getByText('Η μετακίνηση προγραμματίστηκε.', { exact: false }).waitFor()
      const pending = page.getByText(/^Μετακινείται στο .* από /)
      await pending.waitFor()
      expect(await pending.textContent()).toContain(to!.code)
      await expectNoAxeViolations(page, 'employee page with a pending move')

      await page.getByRole('button', { name: 'Ακύρωση της μετακίνησης' }).click()
      await page.getByRole('button', { name: 'Επιβεβαίωση' }).click()
      await page.getByText('Η μετακίνηση ακυρώθηκε.', { exact: false }).waitFor()
      expect(await page.getByText(/^Μετακινείται στο /).count()).toBe(0)
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })

  it('issue 13 item 4: the list pages by KEP and is clean for axe', async () => {
    const session = await adminSession(browser, baseUrl, 'auditor')
    const { page } = session
    try {
      await page.goto(`${baseUrl}/admin/employees`)
      await page.getByRole('heading', { level: 1, name: 'Υπάλληλοι ΚΕΠ' }).waitFor()
      await page.getByRole('table', { name: /Υπάλληλοι/ }).waitFor()
      // an AUDITOR reads and is offered no change
      expect(await page.getByRole('link', { name: 'Προσθήκη υπαλλήλου' }).count()).toBe(0)
      await expectNoAxeViolations(page, 'employees list')
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })
})
