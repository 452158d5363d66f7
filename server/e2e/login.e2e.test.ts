import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium, watchProblems } from './browser.js'

// Issue 4 "done when": a demo citizen, employee and administrator log in and out through the
// GSIS stand-in in a real browser (R1.4, R2.1, R3.5).

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const cases = [
  {
    who: 'a demo citizen',
    start: '/',
    linkName: /Σύνδεση με τους κωδικούς TaxisNet/,
    user: /Μαρία Παπαδοπούλου/,
    landsOn: '/',
  },
  {
    who: 'a demo KEP employee',
    start: '/staff/',
    linkName: /Σύνδεση υπαλλήλων Δημόσιας Διοίκησης/,
    user: /Ιωάννα Παππά/,
    landsOn: '/staff/',
  },
  {
    who: 'a demo administrator',
    start: '/admin/',
    linkName: /Σύνδεση υπαλλήλων Δημόσιας Διοίκησης/,
    user: /Αικατερίνη Σταματοπούλου/,
    landsOn: '/admin/',
  },
] as const

describe('login and logout in a real browser', () => {
  it.each(cases)('R2.1 $who logs in through the stand-in and out again', async (c) => {
    const context = await browser.newContext({ locale: 'el-GR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    try {
      await page.goto(`${baseUrl}${c.start}`)
      await page.getByRole('link', { name: c.linkName }).click()

      // The stand-in's form: choose the demo user by its label, submit with the keyboard.
      await page.waitForURL(/\/dev\/gsis\/oauth2server(gov)?\/oauth\/authorize/)
      expect(await page.getAttribute('html', 'lang')).toBe('el')
      const radio = page.getByRole('radio', { name: c.user })
      await radio.check()
      await radio.press('Enter')

      await page.waitForURL(`${baseUrl}${c.landsOn}`)
      const user = page.getByTestId('session-user')
      // a loaded machine may take more than poll's default second to answer the session query
      await expect.poll(() => user.textContent(), { timeout: 15_000 }).toMatch(c.user)
      const cookies = await context.cookies()
      const session = cookies.find((k) => k.name === '__Host-keplive_session')
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' })

      await page.getByRole('button', { name: /Αποσύνδεση/ }).click()
      await page.waitForURL(`${baseUrl}${c.landsOn}`)
      await expect
        .poll(() => page.getByRole('link', { name: c.linkName }).count(), { timeout: 15_000 })
        .toBe(1)
      expect((await context.cookies()).some((k) => k.name === '__Host-keplive_session')).toBe(false)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('R2.1 keeps a deep link from the national portal through the login', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      const deepLink = '/book?category=municipal&procedure=P-17'
      await page.goto(`${baseUrl}/auth/login?role=citizen&returnTo=${encodeURIComponent(deepLink)}`)
      await page.getByRole('button', { name: /Σύνδεση/ }).click()
      await page.waitForURL(`${baseUrl}${deepLink}`)
    } finally {
      await context.close()
    }
  })
})
