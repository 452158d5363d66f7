import { chromium, type Browser, type Page } from 'playwright-core'

/** Chromium's fake camera: how many devices (a phone has a front and a back one), frames a second. */
export interface FakeCamera {
  /** Default 1. */
  devices?: number
  /** Default Chromium's 20; a real camera gives 30 (the benchmark measures with 30). */
  fps?: number
}

/** Debian's Chromium, with the flags of STACK.md. */
export function launchChromium(camera: FakeCamera = {}): Promise<Browser> {
  const fake = [
    camera.devices ? `device-count=${camera.devices}` : '',
    camera.fps ? `fps=${camera.fps}` : '',
  ].filter(Boolean)
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--use-fake-ui-for-media-stream',
      `--use-fake-device-for-media-stream${fake.length ? `=${fake.join(',')}` : ''}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  })
}

/** Collects what the page complains about: CSP violations and script errors fail a test. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) {
      problems.push(m.text())
    }
  })
  page.on('pageerror', (e) => problems.push(e.message))
  return problems
}
