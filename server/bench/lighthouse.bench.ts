import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { launchChromium } from '../e2e/browser.js'
import { loggedIn } from '../e2e/call-fixture.js'
import { freePort, serverEnv, startServerProcess } from '../e2e/server-process.js'

// pnpm bench:lighthouse — issue 16 item 8: Lighthouse 12.2.3 with its default mobile profile
// (a mid-range phone on a slow 4G line, simulated) against the product as the README starts it:
// the apps built, the server on its embedded defaults (a fresh database it seeds) on a free port.
// Pages: the home page, the first booking step as an anonymous visitor sees it (it asks to log
// in) and as a logged-in citizen sees it (the session cookie passed to Lighthouse), the manual.
// One run per page: Lighthouse is CPU-heavy and the machine is shared.
// One JSON line on stdout: per page its scores (0–100), first and largest contentful paint, and
// the bytes on the wire (total, html, js, css, in kB); plus the citizen app's initial JavaScript
// gzipped (the entry script and the modules its HTML preloads). Targets (home, booking):
// performance ≥ 95, accessibility 100, best practices ≥ 95; initial JavaScript ≤ 130 kB.
// LIGHTHOUSE_SKIP_BUILD=1 measures the apps as last built; LIGHTHOUSE_PAGES=home,manual only those.

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const workspace = path.resolve(serverDir, '..')
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const pages = [
  { key: 'home', path: '/', session: false },
  { key: 'booking', path: '/book', session: false },
  { key: 'booking_session', path: '/book', session: true },
  { key: 'manual', path: '/manual', session: false },
] as const

interface ResourceRow {
  resourceType: string
  transferSize: number
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

/** The gzipped size of what the citizen app's HTML loads at once: its entry and preloaded modules. */
function citizenInitialJsGzipKb(): number {
  const dist = path.join(workspace, 'citizen-app', 'dist')
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const files = [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!)
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
    0,
  )
  return kb(bytes)
}

/** Logs a demo citizen in through the real login (the development GSIS) and returns the cookie. */
async function citizenCookie(baseUrl: string): Promise<string> {
  const browser = await launchChromium()
  try {
    const { context } = await loggedIn(
      browser,
      baseUrl,
      { role: 'citizen', user: 'demo-citizen-2' },
      { watch: false },
    )
    const cookies = await context.cookies(baseUrl)
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ')
  } finally {
    await browser.close()
  }
}

async function measure(url: string, cookie: string | null): Promise<Record<string, number>> {
  // a fresh browser per page: nothing cached from the page before
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    })
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
    const { categories, audits, runtimeError } = result.lhr
    // a page Lighthouse could not measure scores 0: say why on stderr, the line stays one line
    if (runtimeError) process.stderr.write(`${url}: ${runtimeError.code} ${runtimeError.message}\n`)
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    const rows = ((audits['resource-summary']?.details as { items?: ResourceRow[] })?.items ??
      []) as ResourceRow[]
    const bytes = (type: string) => rows.find((r) => r.resourceType === type)?.transferSize ?? 0
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      fcp_ms: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
      lcp_ms: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbt_ms: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
      transfer_kb: kb(bytes('total')),
      html_kb: kb(bytes('document')),
      js_kb: kb(bytes('script')),
      css_kb: kb(bytes('stylesheet')),
    }
  } finally {
    chrome.kill()
  }
}

if (process.env.LIGHTHOUSE_SKIP_BUILD !== '1') {
  const build = spawnSync('pnpm', ['build'], { cwd: workspace, stdio: ['ignore', 2, 2] })
  if (build.status !== 0) throw new Error('pnpm build failed')
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'keplive-lighthouse-'))
const port = await freePort()
const server = await startServerProcess(serverEnv(dataDir, port), port)
const line: Record<string, number> = {}
// LIGHTHOUSE_PAGES=home,manual measures only those (while working on one page)
const only = process.env.LIGHTHOUSE_PAGES?.split(',')
try {
  const cookie = await citizenCookie(server.baseUrl)
  for (const page of pages.filter((p) => !only || only.includes(p.key))) {
    const figures = await measure(`${server.baseUrl}${page.path}`, page.session ? cookie : null)
    for (const [name, value] of Object.entries(figures)) line[`${page.key}_${name}`] = value
  }
  line.citizen_initial_js_gzip_kb = citizenInitialJsGzipKb()
} finally {
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
}
process.stdout.write(JSON.stringify(line) + '\n')
