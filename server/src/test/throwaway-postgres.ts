import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, chown, mkdir, readFile, rm } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { promisify } from 'node:util'

// A PostgreSQL cluster of a test's own, to stop, restart and kill -9 without touching the
// machine's server the other tests share. Needs PostgreSQL's binaries (initdb, pg_ctl); run as
// root, the cluster runs as the `postgres` user (the server refuses to run as root).

const run = promisify(execFile)
const binDir = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin'

export interface ThrowawayPostgres {
  port: number
  /** postgres:// URL of its `postgres` database (trust authentication, loopback only). */
  url: string
  /** pg_ctl stop -m fast: open connections are terminated (57P01), new ones refused. */
  stop(): Promise<void>
  /** pg_ctl start, waiting until it accepts connections (after crash recovery, if any). */
  start(): Promise<void>
  /** SIGKILL to the postmaster (a crash); returns once its orphaned backends are gone too. */
  killPostmaster(): Promise<void>
  /** Stops the cluster and deletes its files. */
  destroy(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
const pg = (tool: string, args: string[]) =>
  asRoot
    ? run('runuser', ['-u', 'postgres', '--', `${binDir}/${tool}`, ...args])
    : run(`${binDir}/${tool}`, args)

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether this machine can run a throwaway cluster (the binaries are there). */
export async function canRunThrowawayPostgres(): Promise<boolean> {
  try {
    await run(`${binDir}/pg_ctl`, ['--version'])
    return true
  } catch {
    return false
  }
}

/** initdb + pg_ctl start on a free port, in a directory of its own under /tmp. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  // Not mkdtemp: its 0700 directory would keep the postgres user out.
  const root = `/tmp/keplive-pg-${randomBytes(6).toString('hex')}`
  const dataDir = `${root}/data`
  await mkdir(root, { mode: 0o755 })
  await chmod(root, 0o755)
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: gid } = await run('id', ['-g', 'postgres'])
    await chown(root, Number(stdout.trim()), Number(gid.trim()))
  }
  await pg('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
  const port = await freePort()
  const options = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`
  const start = async () => {
    await pg('pg_ctl', [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      dataDir,
      '-l',
      `${root}/log`,
      '-o',
      options,
    ])
  }
  const stop = async () => {
    await pg('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', dataDir])
  }
  await start()
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async killPostmaster() {
      const pid = Number((await readFile(`${dataDir}/postmaster.pid`, 'utf8')).split('\n')[0])
      const { stdout } = await run('ps', ['-o', 'pid=', '--ppid', String(pid)]).catch(() => ({
        stdout: '',
      }))
      const children = stdout
        .split('\n')
        .map((s) => Number(s.trim()))
        .filter((n) => n > 0)
      process.kill(pid, 'SIGKILL')
      // The backends notice their postmaster died and exit; a new postmaster cannot start
      // while they hold the shared memory. Past ~10 s, they are killed as a crash would.
      for (let i = 0; i < 100 && [pid, ...children].some(alive); i++) await pause(100)
      for (const child of children.filter(alive)) process.kill(child, 'SIGKILL')
      for (let i = 0; i < 50 && children.some(alive); i++) await pause(100)
    },
    async destroy() {
      await pg('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', dataDir]).catch(() => {})
      await rm(root, { recursive: true, force: true })
    },
  }
}
