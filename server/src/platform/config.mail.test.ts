import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('mail configuration (R2.3)', () => {
  it('takes an smtp:// or smtps:// SMTP_URL and a MAIL_FROM', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://user:secret@mail.example.gr:465',
      MAIL_FROM: 'myKEPlive <no-reply@kep.gov.gr>',
    })
    expect(config.smtpUrl).toBe('smtps://user:secret@mail.example.gr:465')
    expect(config.mailFrom).toBe('myKEPlive <no-reply@kep.gov.gr>')
    expect(loadConfig({}).smtpUrl).toBeUndefined()
  })

  it('refuses a bad SMTP_URL without echoing it (it may hold a password) and a bad MAIL_FROM', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env)
        return []
      } catch (err) {
        return (err as ConfigError).problems
      }
    }
    const bad = problems({ SMTP_URL: 'http://user:secret@mail.example.gr' })
    expect(bad).toEqual([expect.stringContaining('SMTP_URL')])
    expect(bad.join()).not.toContain('secret')
    expect(problems({ MAIL_FROM: 'not an address' })).toEqual([
      expect.stringContaining('MAIL_FROM'),
    ])
  })
})
