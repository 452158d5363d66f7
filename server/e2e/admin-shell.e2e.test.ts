import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { adminSession, demoAdministrators, graphqlAs, hasFocus, type AdminRole } from './admin.js'
import { launchChromium, watchProblems } from './browser.js'
import { validAfm } from './booking-flow.js'
import { loggedIn } from './call-fixture.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, mainMenu, viewports } from './pages.js'

// Issue 13: the admin app's shell — the login gate, the menu by role (Art. 3.5), accessible and
// usable at 360 px.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the admin app shell', () => {
  it('Art. 3.5 shows an anonymous visitor the login page and no content', async () => {
    const context = await browser.newContext({ locale: 'el-GR', viewport: viewports.phone })
    const page = await context.newPage()
    const problems = watchProblems(page)
    try {
      await page.goto(`${baseUrl}/admin/administrators`)
      await page.getByRole('heading', { level: 1, name: 'Διαχείριση του myKEPlive' }).waitFor()
      const login = page.getByRole('button', { name: 'Σύνδεση', exact: true })
      // the login returns to the page asked for
      expect(await login.getAttribute('href')).toBe(
        `/auth/login?role=admin&returnTo=${encodeURIComponent('/admin/administrators')}`,
      )
      expect(await page.getByRole('navigation', { name: 'Κύριο μενού' }).count()).toBe(0)
      expect(await page.getByRole('table').count()).toBe(0)
      await expectNoAxeViolations(page, 'admin login page')
      await expectNoHorizontalScroll(page, 'admin login page at 360 px')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('Art. 3.5 refuses a KEP employee: the app is for the ministry’s administrators', async () => {
    const { context, page } = await loggedIn(
      browser,
      baseUrl,
      { role: 'staff', user: 'emp0001b' },
      { watch: false },
    )
    try {
      await page.goto(`${baseUrl}/admin/`)
      await page
        .getByRole('heading', { level: 1, name: 'Η εφαρμογή είναι μόνο για τους διαχειριστές' })
        .waitFor({ timeout: 15_000 })
      expect(await page.getByRole('navigation', { name: 'Κύριο μενού' }).count()).toBe(0)
      expect(await page.getByText('Ο κατάλογος σε αριθμούς').count()).toBe(0)
      await expectNoAxeViolations(page, 'admin app refusing an employee')
    } finally {
      await context.close()
    }
  })

  const roles: { role: AdminRole; label: string }[] = [
    { role: 'administrator', label: 'Διαχειριστής' },
    { role: 'operator', label: 'Χειριστής' },
    { role: 'auditor', label: 'Ελεγκτής' },
  ]

  it.each(roles)(
    'Art. 3.5 shows the $role the home page with the menu of the role',
    async ({ role, label }) => {
      const session = await adminSession(browser, baseUrl, role, 'phone')
      const { page } = session
      try {
        await expect
          .poll(() => page.getByTestId('session-user').textContent(), { timeout: 15_000 })
          .toContain(demoAdministrators[role].name)
        await page.getByRole('heading', { level: 1, name: 'myKEPlive — Διαχείριση' }).waitFor()
        await page.getByText(`Συνδεθήκατε με τον ρόλο «${label}»`).waitFor()
        await page.getByRole('heading', { name: 'Ο κατάλογος σε αριθμούς' }).waitFor()
        await page.getByRole('table').first().waitFor({ timeout: 15_000 })
        const menu = await mainMenu(page, 'Κύριο μενού')
        const current = menu.getByRole('link', { name: 'Αρχική' })
        expect(await current.getAttribute('aria-current')).toBe('page')
        // every administrator's role reads the administrators' list
        expect(await menu.getByRole('link', { name: 'Διαχειριστές' }).count()).toBe(1)
        await expectNoAxeViolations(page, `admin home as ${role}`)
        await expectNoHorizontalScroll(page, `admin home as ${role} at 360 px`)
        expect(session.problems).toEqual([])
      } finally {
        await session.context.close()
      }
    },
  )

  it('answers an unknown address inside the app with its not-found page', async () => {
    const session = await adminSession(browser, baseUrl, 'operator')
    try {
      await session.page.goto(`${baseUrl}/admin/no-such-page`)
      await session.page.getByRole('heading', { level: 1, name: 'Η σελίδα δεν βρέθηκε' }).waitFor()
      await session.page.getByRole('link', { name: 'Στην αρχική της διαχείρισης' }).click()
      await session.page.waitForURL(/\/admin\/?$/)
    } finally {
      await session.context.close()
    }
  })
})

describe('the administrators page (Art. 3.5)', () => {
  it('Art. 3.5 lists the administrators at 360 px, axe clean, with the controls of an ADMINISTRATOR', async () => {
    const session = await adminSession(browser, baseUrl, 'administrator', 'phone')
    const { page } = session
    try {
      await (
        await mainMenu(page, 'Κύριο μενού')
      )
        .getByRole('link', { name: 'Διαχειριστές' })
        .click()
      await page.getByRole('heading', { level: 1, name: 'Διαχειριστές και ρόλοι' }).waitFor()
      const table = page.getByRole('table', { name: /Οι διαχειριστές/ })
      await table.getByRole('rowheader', { name: /Σοφία Καραγιάννη/ }).waitFor({ timeout: 15_000 })
      // no change of oneself is offered
      await table.getByRole('rowheader', { name: /Αικατερίνη Σταματοπούλου \(εσείς\)/ }).waitFor()
      expect(
        await page.getByRole('button', { name: 'Αλλαγή ρόλου: Αικατερίνη Σταματοπούλου' }).count(),
      ).toBe(0)
      expect(
        await page.getByRole('button', { name: 'Αλλαγή ρόλου: Σοφία Καραγιάννη' }).count(),
      ).toBe(1)
      await page.getByRole('heading', { name: 'Προσθήκη διαχειριστή' }).waitFor()
      await expectNoAxeViolations(page, 'administrators page')
      await expectNoHorizontalScroll(page, 'administrators page at 360 px')

      // the confirmation step of a deactivation, cancelled: focus returns, nothing changes
      const opener = page.getByRole('button', { name: 'Απενεργοποίηση: Δημήτριος Κωστόπουλος' })
      await opener.click()
      const question = page.getByRole('heading', {
        name: 'Να απενεργοποιηθεί ο/η Δημήτριος Κωστόπουλος;',
      })
      await question.waitFor()
      await expect.poll(() => hasFocus(question)).toBe(true)
      await expectNoAxeViolations(page, 'administrators page, deactivation confirmation')
      await expectNoHorizontalScroll(page, 'deactivation confirmation at 360 px')
      await page.getByRole('button', { name: 'Ακύρωση' }).click()
      await expect.poll(() => hasFocus(opener)).toBe(true)
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })

  it('Art. 3.5 shows an AUDITOR the list without controls, and the server refuses the change', async () => {
    const session = await adminSession(browser, baseUrl, 'auditor')
    const { page } = session
    try {
      await page.goto(`${baseUrl}/admin/administrators`)
      await page
        .getByRole('rowheader', { name: /Παναγιώτης Λαμπρόπουλος/ })
        .waitFor({ timeout: 15_000 })
      await page
        .getByText('Μόνο ένας διαχειριστής με ρόλο «Διαχειριστής» αλλάζει αυτή τη λίστα.')
        .waitFor()
      expect(
        await page.getByRole('button', { name: /Αλλαγή ρόλου|Απενεργοποίηση|Προσθήκη/ }).count(),
      ).toBe(0)
      expect(await page.getByRole('textbox').count()).toBe(0)
      await expectNoAxeViolations(page, 'administrators page as an auditor')
      const list = await graphqlAs(session, '{ administrators { id fullName } }')
      const operator = (list.data!.administrators as { id: string; fullName: string }[]).find(
        (a) => a.fullName === 'Παναγιώτης Λαμπρόπουλος',
      )!
      const refused = await graphqlAs(
        session,
        'mutation ($input: SetAdministratorRoleInput!) { setAdministratorRole(input: $input) { administrator { id } } }',
        { input: { administratorId: operator.id, role: 'ADMINISTRATOR' } },
      )
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    } finally {
      await session.context.close()
    }
  })

  it('Art. 3.5 adds an OPERATOR by keyboard alone, after the error summary of a wrong tax number', async () => {
    const session = await adminSession(browser, baseUrl, 'administrator')
    const { page } = session
    try {
      await page.goto(`${baseUrl}/admin/administrators`)
      await page.getByRole('heading', { name: 'Προσθήκη διαχειριστή' }).waitFor()
      const taxId = page.getByRole('textbox', { name: /ΑΦΜ/ })
      // from the top of the page, Tab until the tax number's field has focus
      for (let presses = 0; presses < 80; presses++) {
        if (await hasFocus(taxId)) break
        await page.keyboard.press('Tab')
      }
      expect(await hasFocus(taxId)).toBe(true)
      await page.keyboard.type('123456789')
      await page.keyboard.press('Tab')
      await page.keyboard.type('Ευάγγελος Πετρίδης')
      await page.keyboard.press('Tab')
      await page.keyboard.type('e.petridis@mindigital.example.gr')
      await page.keyboard.press('Tab') // the first role
      await page.keyboard.press('ArrowDown') // Χειριστής
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')

      // the server refuses the check digit: the summary takes focus, its link leads to the field
      const summary = page.getByRole('alert').filter({ hasText: 'Υπάρχει πρόβλημα' })
      await summary.waitFor({ timeout: 15_000 })
      await expect.poll(() => hasFocus(summary)).toBe(true)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await expect.poll(() => hasFocus(taxId)).toBe(true)
      await expectNoAxeViolations(page, 'administrators page with a refused tax number')

      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.type(validAfm('31415926'))
      // the rest is kept: on to the button and submit
      for (let presses = 0; presses < 10; presses++) {
        await page.keyboard.press('Tab')
        const onButton = await page.evaluate<boolean>(
          "document.activeElement?.textContent === 'Προσθήκη'",
        )
        if (onButton) break
      }
      await page.keyboard.press('Enter')
      await page
        .getByText('Ο/Η Ευάγγελος Πετρίδης προστέθηκε με ρόλο «Χειριστής».')
        .waitFor({ timeout: 15_000 })
      const row = page.getByRole('row', { name: /Ευάγγελος Πετρίδης/ })
      await row.getByRole('cell', { name: 'Χειριστής', exact: true }).waitFor()
      await row.getByRole('cell', { name: 'Ενεργός, δεν έχει συνδεθεί ακόμη' }).waitFor()
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })

  it('Art. 3.5 changes another administrator’s role after the confirmation step, with the audit trail line', async () => {
    const session = await adminSession(browser, baseUrl, 'administrator')
    const { page } = session
    try {
      await page.goto(`${baseUrl}/admin/administrators`)
      await page.getByRole('button', { name: 'Αλλαγή ρόλου: Μαρία Ανδρεάδου' }).click()
      const question = page.getByRole('heading', { name: 'Νέος ρόλος για Μαρία Ανδρεάδου' })
      await question.waitFor()
      await expect.poll(() => hasFocus(question)).toBe(true)
      await page.getByText('Σημερινός ρόλος: Διαχειριστής').waitFor()
      await page.getByText('Δεν έχει καταγραφεί αλλαγή.').waitFor()
      const step = page.getByRole('region', { name: 'Νέος ρόλος για Μαρία Ανδρεάδου' })
      await step.getByRole('radio', { name: 'Ελεγκτής' }).check()
      await step.getByRole('button', { name: 'Αλλαγή ρόλου', exact: true }).click()
      await page
        .getByText('Ο ρόλος του/της Μαρία Ανδρεάδου είναι πλέον «Ελεγκτής».')
        .waitFor({ timeout: 15_000 })
      const row = page.getByRole('row', { name: /Μαρία Ανδρεάδου/ })
      await row.getByRole('cell', { name: 'Ελεγκτής', exact: true }).waitFor()

      // the next look at her shows who changed her role
      await page.getByRole('button', { name: 'Αλλαγή ρόλου: Μαρία Ανδρεάδου' }).click()
      await page
        .getByText(/^Τελευταία αλλαγή από Αικατερίνη Σταματοπούλου στις /)
        .waitFor({ timeout: 15_000 })
      await expectNoAxeViolations(page, 'administrators page, role change step')
      await page.getByRole('button', { name: 'Ακύρωση' }).click()
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })
})
