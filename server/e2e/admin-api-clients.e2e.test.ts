import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { adminSession, graphqlAs, hasFocus } from './admin.js'
import { launchChromium, watchProblems } from './browser.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, mainMenu, viewports } from './pages.js'

// Issue 17 item 5: an ADMINISTRATOR creates a key for a third party, sees it once and copies it,
// finds it in the list, and revokes it; the key works until then and not after. An AUDITOR sees
// the list with no controls, and the server refuses them. The public developer page, in Greek and
// English, passes axe and fits a phone.

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** The catalog read with a key, as a third party would. */
async function withKey(key: string): Promise<number> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ municipalities { id } }' }),
  })
  return res.status
}

describe('API keys in the admin app (issue 17 item 5)', () => {
  it(
    'R7.2 an ADMINISTRATOR creates a key, sees it once and copies it, finds it listed and revokes it',
    { timeout: 300_000 },
    async () => {
      const session = await adminSession(browser, baseUrl, 'administrator')
      const { page, context } = session
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
        await (
          await mainMenu(page, 'Κύριο μενού')
        )
          .getByRole('link', { name: 'Κλειδιά API' })
          .click()
        await page.getByRole('heading', { level: 1, name: 'Κλειδιά API τρίτων' }).waitFor()
        await page.getByRole('heading', { name: 'Νέο κλειδί API' }).waitFor()
        await expectNoAxeViolations(page, 'admin API keys')

        // a name of 10,000 characters: refused field by field, nothing written
        const name = `Δήμος Δοκιμής ${Date.now()}`
        await page.getByLabel('Φορέας').fill('x'.repeat(10_000))
        await page.getByLabel('Κατάλογος: θεματικές ενότητες', { exact: false }).check()
        await page.getByRole('button', { name: 'Δημιουργία κλειδιού' }).click()
        await page.getByRole('link', { name: /έως 100 χαρακτήρες/ }).waitFor()
        await expectNoAxeViolations(page, 'admin API keys, a name too long')

        // by keyboard: the name, the two scopes, the limit, then Enter
        await page.getByLabel('Φορέας').fill(name)
        await page.getByLabel('Διαθεσιμότητα: οι ελεύθερες ώρες', { exact: false }).focus()
        await page.keyboard.press('Space')
        await page.getByLabel('Αιτήματα ανά λεπτό').fill('120')
        await page.keyboard.press('Enter')

        const shown = page.getByRole('heading', { name: `Το κλειδί του φορέα «${name}»` })
        await shown.waitFor()
        expect(await hasFocus(shown)).toBe(true)
        await page.getByText('δεν θα εμφανιστεί ξανά', { exact: false }).waitFor()
        const key = await page
          .getByRole('textbox', { name: 'Κλειδί API', exact: true })
          .inputValue()
        expect(key).toMatch(/^kep_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/)
        await page.getByRole('button', { name: 'Αντιγραφή κλειδιού' }).click()
        await page.getByText('Το κλειδί αντιγράφηκε.').waitFor()
        expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(key)
        await expectNoAxeViolations(page, 'admin API keys, the new key')
        expect(await withKey(key)).toBe(200)

        // listed with its scopes and limit; the key itself never again
        const row = page.getByRole('row').filter({ hasText: name })
        await row.getByText('Κατάλογος, Διαθεσιμότητα').waitFor()
        await row.getByText('120', { exact: true }).waitFor()
        await row.getByText('Σταματοπούλου', { exact: false }).waitFor()
        await page.reload()
        await page.getByRole('row').filter({ hasText: name }).waitFor()
        expect(await page.content()).not.toContain(key.slice(13))

        await page.getByRole('button', { name: `Ανάκληση: ${name}` }).click()
        await page.getByRole('heading', { name: `Ανάκληση του κλειδιού «${name}»;` }).waitFor()
        await expectNoAxeViolations(page, 'admin API keys, revoking')
        await page.getByRole('button', { name: 'Ανάκληση κλειδιού' }).click()
        await page.getByText(`Το κλειδί «${name}» ανακλήθηκε.`).waitFor()
        await page
          .getByRole('row')
          .filter({ hasText: name })
          .getByText(/^Ανακλήθηκε /)
          .waitFor()
        expect(await withKey(key)).toBe(401)
        expect(session.problems).toEqual([])
      } finally {
        await context.close()
      }
    },
  )

  it('Art. 3.5 an AUDITOR sees the keys without controls on a phone, and the server refuses them', async () => {
    const session = await adminSession(browser, baseUrl, 'auditor', 'phone')
    const { page } = session
    try {
      await page.goto(`${baseUrl}/admin/api-clients`)
      await page.getByRole('heading', { level: 1, name: 'Κλειδιά API τρίτων' }).waitFor()
      await page.getByText('Μόνο ένας διαχειριστής με τον ρόλο', { exact: false }).waitFor()
      await page.getByRole('table').waitFor()
      expect(await page.getByRole('button', { name: /^Ανάκληση/ }).count()).toBe(0)
      expect(await page.getByRole('heading', { name: 'Νέο κλειδί API' }).count()).toBe(0)
      await expectNoAxeViolations(page, 'admin API keys as an auditor')
      await expectNoHorizontalScroll(page, 'admin API keys at 360 px')

      const listed = await graphqlAs(session, '{ apiClients { id revokedAt } }')
      expect(listed.errors).toBeUndefined()
      const active = (listed.data!.apiClients as { id: string; revokedAt: string | null }[]).find(
        (c) => !c.revokedAt,
      )
      if (active) {
        const revoke = await graphqlAs(
          session,
          'mutation ($id: ID!) { revokeApiClient(input: { id: $id }) { client { id } } }',
          { id: active.id },
        )
        expect(revoke.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      }
      const create = await graphqlAs(
        session,
        'mutation { createApiClient(input: { name: "by an auditor", scopes: [CATALOG_READ] }) { key } }',
      )
      expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      expect(session.problems).toEqual([])
    } finally {
      await session.context.close()
    }
  })
})

describe('the developer page (issue 17 item 5)', () => {
  it('R1.1 is public, Greek first with English, axe clean and fits a phone', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const context = await browser.newContext({ viewport: viewports[viewport] })
      const page = await context.newPage()
      const problems = watchProblems(page)
      try {
        await page.goto(`${baseUrl}/developers`)
        await page
          .getByRole('heading', { level: 1, name: 'Το API του myKEPlive για τρίτους' })
          .waitFor()
        await page.getByRole('heading', { name: 'Παραδείγματα' }).waitFor()
        await expectNoAxeViolations(page, `developer page (el, ${viewport})`)
        await expectNoHorizontalScroll(page, `developer page (el, ${viewport})`)

        await page.getByRole('link', { name: 'English', exact: true }).click()
        await page
          .getByRole('heading', { level: 1, name: 'The myKEPlive API for third parties' })
          .waitFor()
        expect(await page.getAttribute('html', 'lang')).toBe('en')
        await expectNoAxeViolations(page, `developer page (en, ${viewport})`)
        await expectNoHorizontalScroll(page, `developer page (en, ${viewport})`)

        await page.getByRole('link', { name: 'Ελληνικά', exact: true }).waitFor()
        const download = page.getByRole('link', { name: 'Download schema.graphql' })
        const schema = await context.request.get(
          new URL((await download.getAttribute('href'))!, baseUrl).toString(),
        )
        expect(schema.status()).toBe(200)
        expect(await schema.text()).toContain('type Query {')
        expect(problems).toEqual([])
      } finally {
        await context.close()
      }
    }
  })
})
