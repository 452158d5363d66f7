import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, devContacts, loadConfig, serverRoot } from './config.js'

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

describe('identity and security settings (issue 4)', () => {
  const productionEnv = {
    NODE_ENV: 'production',
    GSIS_CLIENT_ID: 'mykeplive',
    GSIS_CLIENT_SECRET: 'a-real-secret',
    GSIS_AUTHORIZE_URL: 'https://www1.gsis.gr/oauth2server/oauth/authorize',
    GSIS_TOKEN_URL: 'https://www1.gsis.gr/oauth2server/oauth/token',
    GSIS_USERINFO_URL: 'https://www1.gsis.gr/oauth2server/userinfo?format=xml',
    GSIS_GOV_CLIENT_ID: 'mykeplive-gov',
    GSIS_GOV_CLIENT_SECRET: 'another-real-secret',
    GSIS_GOV_AUTHORIZE_URL: 'https://www1.gsis.gr/oauth2servergov/oauth/authorize',
    GSIS_GOV_TOKEN_URL: 'https://www1.gsis.gr/oauth2servergov/oauth/token',
    GSIS_GOV_USERINFO_URL: 'https://www1.gsis.gr/oauth2servergov/userinfo?format=xml',
    AUDIT_KEY: 'x'.repeat(40),
    COOKIE_SECRET: 'y'.repeat(40),
    DOCUMENTS_KEY: Buffer.alloc(32, 7).toString('base64'),
    KED_URL: 'https://ked.gov.gr/identity-documents',
    KED_CLIENT_ID: 'mykeplive',
    KED_CLIENT_SECRET: 'a-ked-secret',
  }

  it('R2.1 serves the GSIS stand-in by default outside production, with 30/15-minute idle and 8-hour sessions', () => {
    const config = loadConfig({})
    expect(config.gsis.standIn).toBe(true)
    expect(config.gsis.citizen.authorizeUrl).toBeUndefined()
    expect(config.session).toEqual({
      citizenIdleSeconds: 1800,
      staffIdleSeconds: 900,
      absoluteSeconds: 8 * 3600,
    })
  })

  it('starts in production with real GSIS endpoints and its own secrets, stand-in off', () => {
    const config = loadConfig(productionEnv)
    expect(config.gsis.standIn).toBe(false)
    expect(config.gsis.government.tokenUrl).toBe('https://www1.gsis.gr/oauth2servergov/oauth/token')
  })

  it('refuses production without secrets, with the stand-in, or with http GSIS endpoints', () => {
    const { AUDIT_KEY: _a, COOKIE_SECRET: _c, ...withoutSecrets } = productionEnv
    expect(problemsOf(withoutSecrets)).toEqual([
      expect.stringMatching(/^AUDIT_KEY: required in production/),
      expect.stringMatching(/^COOKIE_SECRET: required in production/),
    ])
    expect(problemsOf({ ...productionEnv, GSIS_STANDIN: 'on' })).toEqual([
      expect.stringMatching(/^GSIS_STANDIN="on": the GSIS stand-in must be off in production/),
    ])
    expect(problemsOf({ ...productionEnv, GSIS_TOKEN_URL: 'http://gsis.example/token' })).toEqual([
      expect.stringMatching(/^GSIS_TOKEN_URL=.*https:\/\//),
      expect.stringMatching(/all three required when GSIS_STANDIN=off/),
    ])
  })

  it.each([
    [{ GSIS_STANDIN: 'maybe' }, /^GSIS_STANDIN="maybe": expected on or off/],
    [
      { SESSION_IDLE_MINUTES_CITIZEN: '0' },
      /^SESSION_IDLE_MINUTES_CITIZEN="0": expected a positive/,
    ],
    [{ SESSION_ABSOLUTE_HOURS: 'long' }, /^SESSION_ABSOLUTE_HOURS="long"/],
    [{ AUDIT_KEY: 'short' }, /^AUDIT_KEY: expected at least 32 characters/],
    [{ GSIS_TIMEOUT_MS: '-1' }, /^GSIS_TIMEOUT_MS="-1"/],
    [{ TRUST_PROXY: 'yes' }, /^TRUST_PROXY="yes"/],
    [{ GSIS_STANDIN: 'off' }, /all three required when GSIS_STANDIN=off/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(problemsOf(env)).toContainEqual(expect.stringMatching(message))
  })
})

describe('the call: KED and ICE servers (issue 7)', () => {
  const production = {
    NODE_ENV: 'production',
    GSIS_STANDIN: 'on',
  }

  it('R7.1 serves the KED stand-in outside production and needs KED_URL with it off', () => {
    expect(loadConfig({}).ked).toMatchObject({ standIn: true, url: undefined })
    expect(problemsOf({ KED_STANDIN: 'off' })).toEqual([
      expect.stringMatching(/^KED_URL: required when KED_STANDIN=off/),
    ])
    expect(loadConfig({ KED_STANDIN: 'off', KED_URL: 'https://ked.example/api/' }).ked.url).toBe(
      'https://ked.example/api',
    )
  })

  it('R7.1 refuses the KED stand-in in production', () => {
    expect(problemsOf({ ...production, KED_STANDIN: 'on' })).toContainEqual(
      expect.stringMatching(/^KED_STANDIN="on": the KED stand-in must be off in production/),
    )
  })

  it('reads STUN and TURN servers, and refuses TURN without its secret', () => {
    expect(loadConfig({}).ice).toEqual({ stunUrls: [], turnUrls: [], turnSecret: undefined })
    const config = loadConfig({
      STUN_URLS: 'stun:stun.example.gr:3478, stun:stun2.example.gr',
      TURN_URLS: 'turns:turn.example.gr:5349',
      TURN_SECRET: 's'.repeat(24),
    })
    expect(config.ice.stunUrls).toEqual(['stun:stun.example.gr:3478', 'stun:stun2.example.gr'])
    expect(problemsOf({ TURN_URLS: 'turn:turn.example.gr' })).toEqual([
      expect.stringMatching(/^TURN_SECRET: required with TURN_URLS/),
    ])
    expect(problemsOf({ STUN_URLS: 'https://stun.example.gr' })).toEqual([
      expect.stringMatching(/^STUN_URLS=.*expected stun:/),
    ])
  })
})

describe('the notices’ contacts (issue 19 item 4)', () => {
  it('issue 19 item 4: takes the controller, the DPO, the contact and the security contact from the environment, placeholders otherwise', () => {
    expect(loadConfig({}).contacts).toEqual(devContacts)
    const contacts = loadConfig({
      CONTROLLER_NAME: 'Υπουργείο Εσωτερικών',
      CONTROLLER_ADDRESS: 'Σταδίου 27, 10183 Αθήνα',
      DPO_EMAIL: 'dpo@ypes.gr',
      CONTACT_EMAIL: 'kep@ypes.gr',
      SECURITY_CONTACT: 'https://ypes.gr/security',
    }).contacts
    expect(contacts).toEqual({
      controllerName: 'Υπουργείο Εσωτερικών',
      controllerAddress: 'Σταδίου 27, 10183 Αθήνα',
      dpoEmail: 'dpo@ypes.gr',
      contactEmail: 'kep@ypes.gr',
      securityContact: 'https://ypes.gr/security',
    })
  })

  it.each([
    [{ DPO_EMAIL: 'dpo' }, /^DPO_EMAIL="dpo": expected an email address/],
    [{ CONTACT_EMAIL: 'a@b' }, /^CONTACT_EMAIL="a@b"/],
    [{ SECURITY_CONTACT: 'security@ypes.gr' }, /^SECURITY_CONTACT=.*mailto: or https:\/\//],
  ])('issue 19 item 4: refuses %o', (env, message) => {
    expect(problemsOf(env)).toEqual([expect.stringMatching(message)])
  })
})
