import { ConfigError, devContacts, devSecrets, loadConfig } from './config.js'

type Env = Record<string, string | undefined>

/**
 * Issue 19 item 7: what is wrong with `env` as a production configuration — everything the
 * start refuses in production, and what it lets pass but a real deployment must not have:
 * development secrets, the embedded database, a public address that is not https, no reverse
 * proxy, mail to the development sink, the placeholder contacts. Empty when it is fit.
 */
export function productionConfigProblems(env: Env): string[] {
  const problems: string[] = []
  const nodeEnv = env.NODE_ENV?.trim()
  if (nodeEnv !== 'production') {
    problems.push(`NODE_ENV=${JSON.stringify(nodeEnv ?? '')}: must be production`)
  }
  try {
    loadConfig({ ...env, NODE_ENV: 'production' })
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    problems.push(...err.problems)
  }
  const value = (name: string) => env[name]?.trim() || undefined

  const secrets: [string, string][] = [
    ['AUDIT_KEY', devSecrets.auditKey],
    ['COOKIE_SECRET', devSecrets.cookieSecret],
    ['GSIS_CLIENT_SECRET', devSecrets.gsisClientSecret],
    ['GSIS_GOV_CLIENT_SECRET', devSecrets.gsisClientSecret],
    ['KED_CLIENT_SECRET', devSecrets.kedClientSecret],
  ]
  for (const [name, devValue] of secrets) {
    if (value(name) === devValue) problems.push(`${name}: is the development secret; set your own`)
  }
  for (const name of ['GSIS_CLIENT_ID', 'GSIS_GOV_CLIENT_ID', 'KED_CLIENT_ID']) {
    if (value(name)?.startsWith('keplive-dev')) {
      problems.push(`${name}: is the development client id; use your registration's`)
    }
  }
  if (!value('DATABASE_URL')) {
    problems.push(
      'DATABASE_URL: required in production (the embedded PGlite serves one instance, for development)',
    )
  }
  const publicUrl = value('PUBLIC_URL')
  if (!publicUrl) {
    problems.push('PUBLIC_URL: required in production (the https:// address citizens reach)')
  } else if (!/^https:\/\//i.test(publicUrl)) {
    problems.push(
      `PUBLIC_URL=${JSON.stringify(publicUrl)}: must be https:// (TLS at the reverse proxy)`,
    )
  } else if (/^https:\/\/(localhost|127\.|\[::1\])/i.test(publicUrl)) {
    problems.push(`PUBLIC_URL=${JSON.stringify(publicUrl)}: a local address, not the public one`)
  }
  const trustProxy = value('TRUST_PROXY')
  if (!trustProxy || !/^[1-9]\d*$/.test(trustProxy)) {
    problems.push(
      'TRUST_PROXY: set the number of reverse proxies in front (at least 1: the one terminating TLS)',
    )
  }
  const smtpUrl = value('SMTP_URL')
  if (!smtpUrl) {
    problems.push('SMTP_URL: required in production (without it no email leaves the outbox)')
  } else if (/^smtps?:\/\/([^@/]*@)?(localhost|127\.|\[::1\])/i.test(smtpUrl)) {
    problems.push(
      'SMTP_URL: points at this machine (the development mail sink?); use the mail provider',
    )
  }
  const mailFrom = value('MAIL_FROM')
  if (!mailFrom || /\.localhost>?$/i.test(mailFrom)) {
    problems.push('MAIL_FROM: set the service’s real sender address')
  }
  const contacts: [string, string][] = [
    ['DPO_EMAIL', devContacts.dpoEmail],
    ['CONTACT_EMAIL', devContacts.contactEmail],
    ['SECURITY_CONTACT', devContacts.securityContact],
  ]
  for (const [name, placeholder] of contacts) {
    const given = value(name)
    if (!given || given === placeholder || /\.localhost$/i.test(given)) {
      problems.push(`${name}: set the real contact (the notices and security.txt show it)`)
    }
  }
  return problems
}
