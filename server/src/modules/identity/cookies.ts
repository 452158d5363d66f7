import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** Reads one cookie from a Cookie header; undefined when absent or malformed. */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  const header = headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() !== name) continue
    const value = part.slice(eq + 1).trim()
    return /^[A-Za-z0-9_\-.~]{1,4096}$/.test(value) ? value : undefined
  }
  return undefined
}

/**
 * Every cookie the product sets (issue 19 item 4): all strictly necessary, so no consent banner.
 * The cookie statement renders this list and a test checks every Set-Cookie against it, so a
 * new cookie must be added here — and described — before it can be set.
 */
export const productCookies = [
  {
    name: 'keplive_session',
    purpose: {
      el: 'Σας κρατά συνδεδεμένους μετά τη σύνδεση με TaxisNet: ένα τυχαίο αναγνωριστικό της σύνδεσης (η σύνδεση φυλάσσεται στον διακομιστή).',
      en: 'Keeps you logged in after logging in with TaxisNet: a random identifier of the session (the session itself is kept on the server).',
    },
    lifetime: {
      el: 'Μέχρι να κλείσει ο φυλλομετρητής ή να αποσυνδεθείτε· η σύνδεση λήγει μετά από 30 λεπτά αδράνειας (15 για τους υπαλλήλους) και το πολύ 8 ώρες.',
      en: 'Until the browser closes or you log out; the session ends after 30 minutes idle (15 for employees) and 8 hours at most.',
    },
  },
  {
    name: 'keplive_login',
    purpose: {
      el: 'Προστατεύει τη σύνδεση σε εξέλιξη (OAuth2 state και PKCE): κρυπτογραφημένο, διαβάζεται μόνο από τον διακομιστή μας.',
      en: 'Protects the login in progress (OAuth2 state and PKCE): encrypted, read only by our server.',
    },
    lifetime: {
      el: '10 λεπτά· σβήνεται μόλις ολοκληρωθεί η σύνδεση.',
      en: '10 minutes; deleted as soon as the login completes.',
    },
  },
] as const

/** A cookie's name without the `__Host-` prefix the secure variant adds. */
export const cookieBaseName = (name: string) => name.replace(/^__Host-/, '')

/**
 * Cookie names and attributes for the public address. `__Host-` requires Secure, Path=/ and no
 * Domain; browsers accept Secure cookies on http://localhost, so only other plain-http
 * addresses (a LAN demo) fall back to an unprefixed, non-Secure cookie.
 */
export function cookiePolicy(publicUrl: string) {
  const url = new URL(publicUrl)
  const secure =
    url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  const prefix = secure ? '__Host-' : ''
  const attributes = (maxAgeSeconds?: number) =>
    [
      'Path=/',
      'HttpOnly',
      ...(secure ? ['Secure'] : []),
      'SameSite=Lax',
      ...(maxAgeSeconds !== undefined ? [`Max-Age=${maxAgeSeconds}`] : []),
    ].join('; ')
  return {
    session: `${prefix}${productCookies[0].name}`,
    login: `${prefix}${productCookies[1].name}`,
    set: (name: string, value: string, maxAgeSeconds?: number) =>
      `${name}=${value}; ${attributes(maxAgeSeconds)}`,
    clear: (name: string) => `${name}=; ${attributes(0)}`,
  }
}

const keyFrom = (secret: string, purpose: string) =>
  createHash('sha256').update(`${purpose}\0${secret}`).digest()

/** Seals a value into a cookie: AES-256-GCM, so it is both secret and tamper-evident. */
export function seal(secret: string, purpose: string, value: unknown): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret, purpose), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** Opens a sealed cookie; undefined when it was forged, changed or sealed for another purpose. */
export function unseal<T>(secret: string, purpose: string, sealed: string): T | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64url')
    if (raw.length < 29) return undefined
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret, purpose), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString()
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex')

/** A random opaque token, 256 bits, URL- and cookie-safe. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url')
