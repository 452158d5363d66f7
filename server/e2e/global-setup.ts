import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the product under test answers, e.g. http://localhost:41234. */
    baseUrl: string
  }
}

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const workspace = path.resolve(serverDir, '..')

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}):\n${output()}`)
    try {
      if ((await fetch(`${url}/readyz`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`the server did not become ready:\n${output()}`)
}

/**
 * The browser tests need Chromium. Where it is missing on a Debian machine we run as root on
 * (a fresh developer machine, CI), install Debian's package, as .ci/run does; elsewhere say how.
 */
function ensureChromium() {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(executable)) return
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (canInstall) {
    const apt = (args: string[]) =>
      spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      })
    apt(['update'])
    apt(['install', '-y', 'chromium'])
  }
  if (!existsSync(executable)) {
    throw new Error(
      `The browser tests need Chromium at ${executable}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
  }
}

/** Builds the apps if needed, then starts the server as `pnpm start` does, on a free port. */
export default async function setup(project: TestProject) {
  ensureChromium()
  const built = ['citizen-app', 'staff-app', 'admin-app'].every((app) =>
    existsSync(path.join(workspace, app, 'dist', 'index.html')),
  )
  if (!built) {
    const build = spawnSync('pnpm', ['build'], { cwd: workspace, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('pnpm build failed')
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'keplive-e2e-'))
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' }
  env.DATA_DIR = dataDir
  env.LOG_LEVEL = 'warn'
  // Always the embedded database in a fresh folder: the browser tests seed the demo data.
  delete env.DATABASE_URL
  delete env.NODE_ENV
  delete env.PUBLIC_URL
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', '--import', '@swc-node/register/esm-register', 'src/main.ts'],
    { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  child.stdout!.on('data', (d) => (log = (log + String(d)).slice(-4000)))
  child.stderr!.on('data', (d) => (log = (log + String(d)).slice(-4000)))
  const baseUrl = `http://localhost:${port}`
  await waitUntilReady(baseUrl, child, () => log)
  project.provide('baseUrl', baseUrl)
  return async () => {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    await rm(dataDir, { recursive: true, force: true })
  }
}
