import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminSession } from './admin.js'
import { launchChromium } from './browser.js'
import { startCallServer, type CallServer } from './call-fixture.js'
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './pages.js'

// Issue 17 items 4 and 6 in the browser: an ADMINISTRATOR filters the audit trail, opens an
// entry's details, sees the chain's status and downloads the CSV of the filter; an AUDITOR sees
// the undelivered mail without its controls, an ADMINISTRATOR sends one again and it leaves the
// list. A server of its own, whose database has two failed emails written before it starts.

let browser: Browser
let server: CallServer
let dataDir: string

beforeAll(async () => {
  browser = await launchChromium()
  dataDir = await mkdtemp(path.join(tmpdir(), 'keplive-audit-'))
  await cp(inject('callDatabase'), dataDir, { recursive: true })
  const db = await PGlite.create(dataDir, { extensions: { btree_gist } })
  try {
    await db.exec(`
      insert into outbox (kind, recipient, payload, due_at, next_attempt_at, status, attempts,
          last_error, last_attempt_at, dedupe_key)
        values
          ('morning_summary', 'giorgos@example.gr', '{}', now(), now(), 'failed', 8,
           '550: No such user here', now(), 'e2e:one'),
          ('morning_summary', 'eleni@example.gr', '{}', now(), now(), 'failed', 8,
           '550: No such user here', now(), 'e2e:two');`)
  } finally {
    await db.close()
  }
  server = await startCallServer(dataDir)
}, 180_000)
afterAll(async () => {
  await server?.stop()
  await browser?.close()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('the audit trail and undelivered mail in the admin app (issue 17 items 4 and 6)', () => {
  it(
    'R7.2 an ADMINISTRATOR filters the trail by action, opens an entry, sees the chain intact and downloads the CSV of the filter',
    { timeout: 180_000 },
    async () => {
      const { context, page, problems } = await adminSession(
        browser,
        server.baseUrl,
        'administrator',
      )
      try {
        await page.getByRole('link', { name: 'Ημερολόγιο ελέγχου' }).first().click()
        await page.getByRole('heading', { level: 1, name: 'Ημερολόγιο ελέγχου' }).waitFor()
        await page.getByText(/Η αλυσίδα είναι ακέραιη/).waitFor({ timeout: 30_000 })
        await page.getByRole('table', { name: /Εγγραφές του ημερολογίου/ }).waitFor()
        await expectNoAxeViolations(page, 'admin-audit/01-trail')
        await screenshot(page, 'admin-audit', '01-trail', 'desktop')

        // by keyboard: the action filter, then Enter submits the form
        await page.getByLabel('Ενέργεια', { exact: true }).focus()
        await page.keyboard.type('login')
        await page.keyboard.press('Enter')
        const table = page.getByRole('table', { name: /Εγγραφές του ημερολογίου/ })
        await expect
          .poll(async () =>
            (await table.locator('tbody tr').allInnerTexts()).every((r) => r.includes('login')),
          )
          .toBe(true)
        const rows = await table.locator('tbody tr').count()
        expect(rows).toBeGreaterThan(0)

        const first = table.locator('tbody tr').first().locator('summary')
        await first.focus()
        await page.keyboard.press('Enter')
        await table.locator('tbody tr').first().locator('pre.audit-json').waitFor()
        await expect
          .poll(() => table.locator('tbody tr').first().getByText('Hash της προηγούμενης').count())
          .toBe(1)
        await expectNoAxeViolations(page, 'admin-audit/02-details')

        const link = page.getByRole('link', { name: 'Λήψη CSV με τα ίδια φίλτρα' })
        expect(await link.getAttribute('href')).toContain('action=login')
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
        const file = await download.path()
        const { readFile } = await import('node:fs/promises')
        const csv = (await readFile(file)).toString('utf8').replace(/^\uFEFF/, '')
        const lines = csv.trim().split(/\r?\n/)
        expect(lines[0]).toContain('Ενέργεια')
        expect(lines.length).toBeGreaterThan(1)
        for (const line of lines.slice(1)) expect(line).toContain('login')
        expect(problems).toEqual([])
      } finally {
        await context.close()
      }
    },
  )

  it(
    'R3.5 an AUDITOR sees undelivered mail masked and without controls; an ADMINISTRATOR sends one again and it leaves the list; 360 px',
    { timeout: 180_000 },
    async () => {
      const auditor = await adminSession(browser, server.baseUrl, 'auditor', 'phone')
      try {
        await auditor.page.goto(`${server.baseUrl}/admin/mail`)
        const list = auditor.page.getByRole('table', { name: /Email που δεν παραδόθηκαν/ })
        await list.waitFor()
        await list.getByText('g***@e***.gr').waitFor()
        expect(await auditor.page.getByText('giorgos@example.gr').count()).toBe(0)
        expect(await auditor.page.getByRole('button', { name: /Νέα αποστολή/ }).count()).toBe(0)
        expect(await auditor.page.getByRole('button', { name: /Διεκπεραιώθηκε/ }).count()).toBe(0)
        await expectNoAxeViolations(auditor.page, 'admin-audit/03-mail-auditor (phone)')
        await expectNoHorizontalScroll(auditor.page, 'admin-audit/03-mail-auditor (phone)')
        expect(auditor.problems).toEqual([])
      } finally {
        await auditor.context.close()
      }

      const admin = await adminSession(browser, server.baseUrl, 'administrator')
      try {
        const { page } = admin
        await page.getByText('Email σήμερα').waitFor()
        await page.getByRole('link', { name: /Email που δεν παραδόθηκαν: 2/ }).click()
        const list = page.getByRole('table', { name: /Email που δεν παραδόθηκαν/ })
        await list.getByText('g***@e***.gr').waitFor()
        await page.getByRole('button', { name: /Νέα αποστολή .* g\*\*\*@e\*\*\*\.gr/ }).focus()
        await page.keyboard.press('Enter')
        await page.getByText('Το email προς g***@e***.gr μπήκε ξανά στην ουρά αποστολής.').waitFor()
        await expect.poll(() => list.getByText('g***@e***.gr').count()).toBe(0)
        await list.getByText('e***@e***.gr').waitFor()
        await expectNoAxeViolations(page, 'admin-audit/04-mail-retried')
        expect(admin.problems).toEqual([])
      } finally {
        await admin.context.close()
      }
    },
  )
})
