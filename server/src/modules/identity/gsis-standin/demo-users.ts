import { readFileSync } from 'node:fs'
import path from 'node:path'
import { serverRoot } from '../../../platform/config.js'

/** One identity the stand-in can log in as; fields as GSIS's userinfo names them. */
export interface DemoUser {
  userid: string
  taxid: string
  firstname: string
  lastname: string
  fathername?: string
  mothername?: string
  birthyear?: string
  label: { el: string; en: string }
  kep?: string
}

export interface DemoUsers {
  citizens: DemoUser[]
  government: DemoUser[]
}

export const demoUsersFile = path.join(serverRoot, 'seed', 'demo-users.json')

let cached: DemoUsers | undefined

/** The demo identities of server/seed/demo-users.json (documented in the README). */
export function demoUsers(): DemoUsers {
  cached ??= JSON.parse(readFileSync(demoUsersFile, 'utf8')) as DemoUsers
  return cached
}

/** Greek tax numbers (ΑΦΜ): nine digits, the last a mod-11 check digit over the first eight. */
export function isValidAfm(afm: string): boolean {
  if (!/^\d{9}$/.test(afm) || afm === '000000000') return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(afm[i]) * 2 ** (8 - i)
  return (sum % 11) % 10 === Number(afm[8])
}

/** A valid ΑΦΜ from eight digits: appends the check digit. */
export function withAfmCheckDigit(eightDigits: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(eightDigits[i]) * 2 ** (8 - i)
  return `${eightDigits}${(sum % 11) % 10}`
}
