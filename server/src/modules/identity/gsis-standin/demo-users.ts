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

export { isValidAfm, withAfmCheckDigit } from '../../../platform/afm.js'
