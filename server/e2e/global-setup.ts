import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { prepareCallDatabase } from './call-fixture.js'
import { freePort, serverEnv, startServerProcess } from './server-process.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the product under test answers, e.g. http://localhost:41234. */
    baseUrl: string
    /**
     * A database seeded and opened round the clock for the call tests: each file copies it
     * (`startCallServer(inject('callDatabase'))`) instead of migrating and seeding its own.
     */
    callDatabase: string
  }
}

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const workspace = path.resolve(serverDir, '..')

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
  // Always the embedded database in a fresh folder: the browser tests seed the demo data.
  const server = await startServerProcess(serverEnv(dataDir, port), port)
  project.provide('baseUrl', server.baseUrl)
  const callDatabase = await mkdtemp(path.join(tmpdir(), 'keplive-call-template-'))
  await prepareCallDatabase(callDatabase)
  project.provide('callDatabase', callDatabase)
  return async () => {
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
    await rm(callDatabase, { recursive: true, force: true })
  }
}
