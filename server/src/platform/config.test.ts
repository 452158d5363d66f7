import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, serverRoot } from './config.js'

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env)
  } catch (err) {
    if (err instanceof ConfigError) return err.problems
    throw err
  }
  return []
}

describe('configuration', () => {
  it('starts on the embedded defaults with no environment at all', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      databaseUrl: undefined,
      dataDir: path.join(serverRoot, '.data'),
      seedOnStart: true,
      publicUrl: 'http://localhost:4000',
    })
  })

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/test'
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url)
  })

  it.each([
    [{ PORT: 'eighty' }, /^PORT="eighty": expected a whole number from 0 to 65535/],
    [{ PORT: '70000' }, /^PORT="70000"/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV="staging": expected one of development, test, production/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL=.*postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL=/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL="loud": expected one of/],
    [{ SEED: 'sometimes' }, /^SEED="sometimes": expected auto or never/],
    [{ PUBLIC_URL: 'ftp://x' }, /^PUBLIC_URL="ftp:\/\/x"/],
    [{ SHUTDOWN_TIMEOUT_MS: '-5' }, /^SHUTDOWN_TIMEOUT_MS="-5"/],
  ])('refuses %o with a message naming the variable and what it expects', (env, message) => {
    expect(problemsOf(env)).toEqual([expect.stringMatching(message)])
  })

  it('reports every bad variable at once, and never prints a database password', () => {
    const problems = problemsOf({
      PORT: 'x',
      LOG_LEVEL: 'y',
      DATABASE_URL: 'mysql://u:secret@h/db',
    })
    expect(problems).toHaveLength(3)
    expect(problems.join('\n')).not.toContain('secret')
  })
})
