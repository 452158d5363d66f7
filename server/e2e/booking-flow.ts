import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { watchProblems } from './browser.js'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  viewports,
  type ViewportName,
} from './pages.js'

// The booking flow's steps as a citizen goes through them with a mouse or a finger; the
// keyboard-only test drives the same pages with keys alone.

export const continueButton = (page: Page) => page.getByRole('button', { name: 'Συνέχεια' })

/** A day of the calendar that has free times: its name ends ", N ελεύθερες ώρες". */
export const freeDay = /, \d+ ελεύθερ(ες ώρες|η ώρα)$/

export interface Session {
  context: BrowserContext
  page: Page
  problems: string[]
  viewport: ViewportName
}

export async function openSession(browser: Browser, viewport: ViewportName): Promise<Session> {
  const context = await browser.newContext({
    viewport: viewports[viewport],
    locale: 'el-GR',
    acceptDownloads: true,
  })
  const page = await context.newPage()
  return { context, page, problems: watchProblems(page), viewport }
}

/** A valid ΑΦΜ (mod-11 check digit) from eight digits, for a test identity of its own. */
export function validAfm(eight: string): string {
  const sum = [...eight].reduce((s, d, i) => s + Number(d) * 2 ** (8 - i), 0)
  return `${eight}${(sum % 11) % 10}`
}

/** Logs in through the GSIS stand-in from the flow's own login step, as a demo user or another identity. */
export async function loginFromFlow(
  page: Page,
  who: { demo: RegExp } | { userId: string; afm: string; firstName: string; lastName: string },
): Promise<void> {
  await page
    .getByRole('main')
    .getByRole('link', { name: 'Σύνδεση με τους κωδικούς TaxisNet' })
    .click()
  await page.waitForURL(/\/dev\/gsis\/oauth2server\/oauth\/authorize/)
  if ('demo' in who) {
    await page.getByRole('radio', { name: who.demo }).check()
  } else {
    await page.getByRole('radio', { name: /Άλλη ταυτότητα δοκιμής/ }).check()
    await page.getByLabel(/Κωδικός χρήστη ΓΓΠΣ/).fill(who.userId)
    await page.getByLabel(/^ΑΦΜ/).fill(who.afm)
    await page.getByLabel(/^Όνομα/).fill(who.firstName)
    await page.getByLabel(/^Επώνυμο/).fill(who.lastName)
  }
  await page.getByRole('button', { name: /^Σύνδεση/ }).click()
  await page.waitForURL(/\/book/)
}

/** The step's `<h1>` once it is on screen and has the focus (each step moves focus to it). */
export async function expectStep(page: Page, heading: string | RegExp): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1, name: heading })
  await h1.waitFor()
  await expect
    .poll(() => page.evaluate('document.activeElement?.tagName ?? ""'), {
      message: `focus on the heading "${String(heading)}"`,
    })
    .toBe('H1')
}

/** Axe, no sideways scrolling and a screenshot: every step and page gets all three. */
export async function check(session: Session, flow: string, step: string): Promise<void> {
  const { page, viewport } = session
  await expectNoAxeViolations(page, `${flow}/${step} (${viewport})`)
  await expectNoHorizontalScroll(page, `${flow}/${step} (${viewport})`)
  await screenshot(page, flow, step, viewport)
}

/** Picks the first day of the calendar with free times (the real clock decides which). */
export async function chooseFirstFreeDay(page: Page): Promise<string> {
  const day = page.getByRole('button', { name: freeDay }).first()
  await day.waitFor({ timeout: 20_000 })
  const name = (await day.getAttribute('aria-label'))!
  await day.click()
  await expect.poll(() => day.getAttribute('aria-pressed')).toBe('true')
  return name.replace(freeDay, '')
}

/** The choices of the time step, each named by its full date and time. */
export const slotRadios = (page: Page) =>
  page.getByRole('group', { name: /Ελεύθερες ώρες/ }).getByRole('radio')

export interface MailMessage {
  id: number
  to: string[]
  subject: string
  text: string
  html: string
  attachments: { filename: string; contentType: string; content: string }[]
}

/** Waits for the development mail sink to receive a message to `to` whose subject matches. */
export async function waitForMail(
  baseUrl: string,
  to: string,
  subject: RegExp,
): Promise<MailMessage> {
  let found: MailMessage | undefined
  await expect
    .poll(
      async () => {
        const { messages } = (await (await fetch(`${baseUrl}/dev/mail.json`)).json()) as {
          messages: MailMessage[]
        }
        found = messages.find((m) => m.to.includes(to) && subject.test(m.subject))
        return found !== undefined
      },
      { timeout: 45_000, interval: 1000, message: `an email to ${to} about ${String(subject)}` },
    )
    .toBe(true)
  return found!
}

/** A small, real PDF document (one page, "myKEPlive test"), made here. */
export function smallPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the content stream, below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  const stream = 'BT /F1 12 Tf 20 50 Td (myKEPlive test) Tj ET'
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A GraphQL request with the page's session, as the page itself would send it. */
export async function graphqlAt<T>(
  page: Page,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  })
  const body = (await response.json()) as {
    data?: T
    errors?: { extensions?: { code?: string } }[]
  }
  return body
}

export const athensDate = (value: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(value)

export interface Scope {
  municipalityId: string
  kepId: string
  procedureId: string
}

/** Athens central KEP and its first municipal procedure, from the public API. */
export async function athensScope(page: Page, baseUrl: string): Promise<Scope> {
  const { data } = await graphqlAt<{
    municipalities: { id: string; keps: { id: string; code: string }[] }[]
  }>(
    page,
    baseUrl,
    '{ municipalities(participating: true, search: "Αθηναίων") { id keps { id code } } }',
  )
  const municipality = data!.municipalities[0]!
  const kep = municipality.keps.find((k) => k.code === 'KEP-0001')!
  const procedures = await graphqlAt<{ procedures: { id: string; code: string }[] }>(
    page,
    baseUrl,
    'query ($m: ID!) { procedures(category: MUNICIPAL, municipalityId: $m) { id code } }',
    { m: municipality.id },
  )
  const procedure = procedures.data!.procedures.find((p) => p.code === 'MUN-ATH-03')!
  return { municipalityId: municipality.id, kepId: kep.id, procedureId: procedure.id }
}

/** The municipal flow up to the date step for Athens central. */
export async function toDateStep(page: Page) {
  await page.getByRole('radio', { name: 'Εξυπηρέτηση από το Δήμο σας' }).check()
  await continueButton(page).click()
  await expectStep(page, 'Ποιος είναι ο δήμος σας;')
  await page.getByLabel('Αναζήτηση δήμου').fill('αθηναιων')
  await page.getByRole('radio', { name: 'Δήμος Αθηναίων' }).check()
  await continueButton(page).click()
  await expectStep(page, 'Ποια υπηρεσία χρειάζεστε;')
  await page.getByRole('radio', { name: 'Βεβαίωση τετραγωνικών μέτρων για δημοτικά τέλη' }).check()
  await continueButton(page).click()
  await fromKepToDate(page)
}

/** The municipal flow up to the time step for Athens central, the given day chosen. */
export async function toTimeStep(page: Page, date: string) {
  await toDateStep(page)
  await fromDateToTime(page, date)
}

/** From the KEP step: Athens central, then the given day. */
export async function fromKepToTime(page: Page, date: string) {
  await fromKepToDate(page)
  await fromDateToTime(page, date)
}

async function fromKepToDate(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Ποιο ΚΕΠ θέλετε;' }).waitFor()
  await page.getByRole('radio', { name: 'ΚΕΠ Δήμου Αθηναίων — Κεντρικό' }).check()
  await continueButton(page).click()
  await expectStep(page, 'Ποια ημέρα σας βολεύει;')
}

async function fromDateToTime(page: Page, date: string) {
  const calendar = page.locator('.keplive-calendar')
  // the day may be in the month after the one shown first
  while ((await calendar.locator(`[data-date="${date}"]`).count()) === 0) {
    await page.getByRole('button', { name: 'Επόμενος μήνας' }).click()
  }
  const day = calendar.locator(`[data-date="${date}"]`)
  await expect.poll(() => day.getAttribute('aria-disabled')).toBe('false')
  await day.click()
  await continueButton(page).click()
  await expectStep(page, 'Τι ώρα σας βολεύει;')
  await slotRadios(page).first().waitFor()
}
