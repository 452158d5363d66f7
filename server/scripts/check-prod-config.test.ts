import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { devSecrets, serverRoot } from '../src/platform/config.js'

// Issue 19 item 7: `pnpm check:prod-config` run as ops would, a child process with only the
// environment given (nothing inherited, so the machine's own variables cannot decide).

const run = promisify(execFile)

const good: Record<string, string> = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://keplive@db.internal:5432/keplive',
  PUBLIC_URL: 'https://mykeplive.gov.gr',
  TRUST_PROXY: '1',
  AUDIT_KEY: 'a'.repeat(20) + 'production-audit-key',
  COOKIE_SECRET: 'b'.repeat(20) + 'production-cookie-secret',
  DOCUMENTS_KEY: Buffer.alloc(32, 7).toString('base64'),
  GSIS_AUTHORIZE_URL: 'https://www1.gsis.gr/oauth2server/oauth/authorize',
  GSIS_TOKEN_URL: 'https://www1.gsis.gr/oauth2server/oauth/token',
  GSIS_USERINFO_URL: 'https://www1.gsis.gr/oauth2server/userinfo',
  GSIS_CLIENT_ID: 'mykeplive',
  GSIS_CLIENT_SECRET: 'real-gsis-secret',
  GSIS_GOV_AUTHORIZE_URL: 'https://gsis.example.gov.gr/gov/authorize',
  GSIS_GOV_TOKEN_URL: 'https://gsis.example.gov.gr/gov/token',
  GSIS_GOV_USERINFO_URL: 'https://gsis.example.gov.gr/gov/userinfo',
  GSIS_GOV_CLIENT_ID: 'mykeplive-gov',
  GSIS_GOV_CLIENT_SECRET: 'real-gov-secret',
  KED_URL: 'https://ked.example.gov.gr/api',
  KED_CLIENT_ID: 'mykeplive',
  KED_CLIENT_SECRET: 'real-ked-secret',
  SMTP_URL: 'smtps://mykeplive:secret@smtp.example.gov.gr:465',
  MAIL_FROM: 'myKEPlive <no-reply@mykeplive.gov.gr>',
  DPO_EMAIL: 'dpo@ypes.gr',
  CONTACT_EMAIL: 'kep@ypes.gr',
  SECURITY_CONTACT: 'mailto:security@ypes.gr',
}

async function check(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'scripts/check-prod-config.ts'],
      { cwd: serverRoot, env: { PATH: process.env.PATH ?? '', ...env } },
    )
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('pnpm check:prod-config (issue 19 item 7)', () => {
  it('issue 19 item 7: accepts a production configuration (exit 0)', async () => {
    const result = await check(good)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('OK')
  }, 60_000)

  it('issue 19 item 7: refuses development secrets, the stand-ins, the embedded database, plain http, no proxy, the dev mail sink and placeholder contacts (exit 1, each listed)', async () => {
    const bad: Record<string, string> = {
      ...good,
      AUDIT_KEY: devSecrets.auditKey,
      GSIS_CLIENT_SECRET: devSecrets.gsisClientSecret,
      GSIS_STANDIN: 'on',
      KED_STANDIN: 'on',
      PUBLIC_URL: 'http://mykeplive.gov.gr',
      TRUST_PROXY: '0',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      DPO_EMAIL: 'dpo@keplive.localhost',
    }
    delete bad.DATABASE_URL
    const result = await check(bad)
    expect(result.code).toBe(1)
    for (const name of [
      'AUDIT_KEY',
      'GSIS_CLIENT_SECRET',
      'GSIS_STANDIN',
      'KED_STANDIN',
      'DATABASE_URL',
      'PUBLIC_URL',
      'TRUST_PROXY',
      'SMTP_URL',
      'DPO_EMAIL',
    ]) {
      expect(result.stderr, name).toMatch(new RegExp(`^  - ${name}\\b`, 'm'))
    }
    expect(result.stdout).toBe('')
  }, 60_000)

  it('issue 19 item 7: refuses a development environment outright, and an empty one', async () => {
    const development = await check({ ...good, NODE_ENV: 'development' })
    expect(development.code).toBe(1)
    expect(development.stderr).toContain('NODE_ENV')
    const empty = await check({})
    expect(empty.code).toBe(1)
    for (const name of ['AUDIT_KEY', 'COOKIE_SECRET', 'DOCUMENTS_KEY', 'PUBLIC_URL', 'SMTP_URL']) {
      expect(empty.stderr, name).toContain(name)
    }
  }, 60_000)
})
