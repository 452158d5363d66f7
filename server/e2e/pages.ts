import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** The two screens every page is tested on: a 360 px phone and a desktop. */
export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const

export type ViewportName = keyof typeof viewports

/** Where the test run writes its screenshots (the README points here); not committed. */
export const screenshotDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  'screenshots',
)

/**
 * Runs axe with the WCAG 2.1 A and AA rules on the page as it is now and fails with the rules
 * broken, their help text and the offending elements.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  )
  expect(report, `axe on ${where}`).toEqual([])
}

/** Saves a full-page screenshot as `<flow>/<NN-step>-<viewport>.png` under screenshotDir. */
export async function screenshot(
  page: Page,
  flow: string,
  step: string,
  viewport: ViewportName,
): Promise<void> {
  const dir = path.join(screenshotDir, flow)
  await mkdir(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${step}-${viewport}.png`), fullPage: true })
}

/** True when the page needs no sideways scrolling: the layout fits the screen's width. */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  // a string runs in the page: the server's type check has no DOM library
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  )
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0)
}

/**
 * Waits until a condition on the page holds, e.g. where the focus is:
 * `await waitForCondition(page, "document.activeElement?.tagName === 'H1'")`. Evaluated through
 * the browser's devtools protocol, which the apps' CSP allows; `page.waitForFunction` with a
 * string polls with eval inside the page, which `script-src 'self'` refuses when the first check
 * fails (a flaky test under load).
 */
export async function waitForCondition(page: Page, expression: string): Promise<void> {
  await expect
    .poll(() => page.evaluate<boolean>(`Boolean(${expression})`), { timeout: 15_000 })
    .toBe(true)
}

/**
 * An app's main menu by its name (e.g. "Κύριο μενού"), ready to use: on a phone it waits behind
 * the header's menu button (issue 16 item 6), which this opens first; on a desktop it is shown.
 */
export async function mainMenu(page: Page, name: string): Promise<Locator> {
  const button = page.getByRole('button', { name: /^(Μενού|Menu)$/ })
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') {
    await button.click()
  }
  return page.getByRole('navigation', { name })
}

/** What has the focus: the control's tag, type, id and accessible text, as a person would hear it. */
export function focused(page: Page): Promise<string> {
  // a string runs in the page: the server's type check has no DOM library
  return page.evaluate<string>(`(() => {
    const el = document.activeElement
    if (!el) return ''
    const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || ''
    return [el.tagName, el.getAttribute('type') || '', el.id, label.replace(/\\s+/g, ' ').trim()].join('|')
  })()`)
}

/** Presses Tab (or Shift+Tab) until the focused control matches, as a keyboard user would. */
export async function tabTo(
  page: Page,
  target: RegExp,
  { back = false, max = 150 }: { back?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    if (target.test(await focused(page))) return
  }
  throw new Error(`Tab never reached ${String(target)}; last focus: ${await focused(page)}`)
}
