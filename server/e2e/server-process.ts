import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The product's server as `pnpm start` runs it, in a child process, for the browser tests and
// the call benchmark: a free port, an embedded database in a folder of the test's own.

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** The server's environment: always a fresh embedded database in `dataDir`, quiet logs. */
export function serverEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' }
  env.DATA_DIR = dataDir
  env.LOG_LEVEL = 'warn'
  // behind one proxy hop, as in production: a test's browser may then come from an address of
  // its own (X-Forwarded-For), so that the many administrators' logins of the admin tests do not
  // share the one per-address login limit with every other test (60 per 10 minutes)
  env.TRUST_PROXY = '1'
  delete env.DATABASE_URL
  delete env.NODE_ENV
  delete env.PUBLIC_URL
  return env
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

export interface ServerProcess {
  baseUrl: string
  /** SIGTERM, then waits until the process has exited. */
  stop(): Promise<void>
}

/** Starts the server and resolves once it answers /readyz; a failed start rejects with its log. */
export async function startServerProcess(
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', '--import', '@swc-node/register/esm-register', 'src/main.ts'],
    { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  child.stdout!.on('data', (d) => (log = (log + String(d)).slice(-4000)))
  child.stderr!.on('data', (d) => (log = (log + String(d)).slice(-4000)))
  // a failed spawn or a broken pipe ends up in the log the failed start reports, not as an
  // unhandled 'error' that would stop the whole test run
  const noteError = (err: Error) => (log = `${log}\n${String(err)}`.slice(-4000))
  child.on('error', noteError)
  child.stdout!.on('error', noteError)
  child.stderr!.on('error', noteError)
  const baseUrl = `http://localhost:${port}`
  await waitUntilReady(baseUrl, child, () => log)
  return {
    baseUrl,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    },
  }
}
