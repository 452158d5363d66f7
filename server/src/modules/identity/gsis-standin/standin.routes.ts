import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import express, { type Request, type Response, type Router } from 'express'
import { escapeHtml, page } from '../html.js'
import type { IdentitySettings, ProviderName } from '../identity.settings.js'
import { standInBasePath } from '../identity.settings.js'
import { demoUsers, type DemoUser } from './demo-users.js'

// A local stand-in for GSIS/TaxisNet OAuth2 (development and tests only): the same endpoints,
// parameters and XML as the real service, so our client cannot tell the difference. Codes and
// tokens live in this process's memory; it is not a production identity provider.

interface IssuedCode {
  clientId: string
  redirectUri: string
  codeChallenge: string
  user: DemoUser
  expiresAt: number
}

const codeTtlMs = 60_000
const tokenTtlMs = 5 * 60_000

const b64urlSha256 = (value: string) => createHash('sha256').update(value).digest('base64url')

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

const oauthParams = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
] as const

/** Express routes of the stand-in, under /dev/gsis/oauth2server and /dev/gsis/oauth2servergov. */
export function gsisStandInRouter(settings: () => IdentitySettings): Router {
  const router = express.Router()
  const codes = new Map<string, IssuedCode>()
  const tokens = new Map<string, { user: DemoUser; expiresAt: number }>()
  const sweep = () => {
    const now = Date.now()
    for (const [k, v] of codes) if (v.expiresAt < now) codes.delete(k)
    for (const [k, v] of tokens) if (v.expiresAt < now) tokens.delete(k)
  }

  for (const variant of ['citizen', 'government'] as const) {
    const base = standInBasePath[variant]
    const provider = () => settings().gsis[variant]
    const registeredRedirect = () => `${settings().publicUrl}/auth/callback`

    const checkRequest = (p: Record<string, unknown>): string | undefined => {
      if (p.response_type !== 'code') return 'unsupported_response_type'
      if (p.client_id !== provider().clientId) return 'unauthorized_client'
      if (p.redirect_uri !== registeredRedirect()) return 'invalid_redirect_uri'
      if (p.code_challenge_method !== 'S256' || typeof p.code_challenge !== 'string') {
        return 'invalid_request (PKCE S256 required)'
      }
      return undefined
    }

    router.get(`${base}/oauth/authorize`, (req, res) => {
      const params = req.query as Record<string, unknown>
      const problem = checkRequest(params)
      if (problem) {
        res.status(400).type('html').send(errorPage(problem))
        return
      }
      res.type('html').send(loginForm(variant, base, params))
    })

    router.post(
      `${base}/oauth/authorize`,
      express.urlencoded({ extended: false, limit: '16kb' }),
      (req: Request, res: Response) => {
        const body = (req.body ?? {}) as Record<string, string | undefined>
        const problem = checkRequest(body)
        if (problem) {
          res.status(400).type('html').send(errorPage(problem))
          return
        }
        const back = new URL(body.redirect_uri!)
        if (body.state) back.searchParams.set('state', body.state)
        if (body.action === 'cancel') {
          back.searchParams.set('error', 'access_denied')
          res.redirect(303, back.toString())
          return
        }
        const user = chosenUser(variant, body)
        if (!user) {
          res
            .status(400)
            .type('html')
            .send(loginForm(variant, base, body, true))
          return
        }
        sweep()
        const code = randomBytes(24).toString('base64url')
        codes.set(code, {
          clientId: body.client_id!,
          redirectUri: body.redirect_uri!,
          codeChallenge: body.code_challenge!,
          user,
          expiresAt: Date.now() + codeTtlMs,
        })
        back.searchParams.set('code', code)
        res.redirect(303, back.toString())
      },
    )

    router.post(
      `${base}/oauth/token`,
      express.urlencoded({ extended: false, limit: '16kb' }),
      (req: Request, res: Response) => {
        const body = (req.body ?? {}) as Record<string, string | undefined>
        const fail = (status: number, error: string) => res.status(status).json({ error })
        let clientId = body.client_id
        let clientSecret = body.client_secret
        const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')
        if (basic) {
          const [id, secret] = Buffer.from(basic[1]!, 'base64').toString().split(':')
          clientId = decodeURIComponent(id ?? '')
          clientSecret = decodeURIComponent(secret ?? '')
        }
        const p = provider()
        if (clientId !== p.clientId || !sameSecret(clientSecret ?? '', p.clientSecret)) {
          return fail(401, 'invalid_client')
        }
        if (body.grant_type !== 'authorization_code') return fail(400, 'unsupported_grant_type')
        const issued = body.code ? codes.get(body.code) : undefined
        // Single use: the first exchange consumes the code, whatever its outcome.
        if (body.code) codes.delete(body.code)
        if (!issued || issued.expiresAt < Date.now()) return fail(400, 'invalid_grant')
        if (issued.clientId !== clientId || issued.redirectUri !== body.redirect_uri) {
          return fail(400, 'invalid_grant')
        }
        if (!body.code_verifier || b64urlSha256(body.code_verifier) !== issued.codeChallenge) {
          return fail(400, 'invalid_grant')
        }
        const accessToken = randomBytes(24).toString('base64url')
        tokens.set(accessToken, { user: issued.user, expiresAt: Date.now() + tokenTtlMs })
        res.setHeader('Cache-Control', 'no-store')
        res.json({ access_token: accessToken, token_type: 'Bearer', expires_in: tokenTtlMs / 1000 })
      },
    )

    router.get(`${base}/userinfo`, (req, res) => {
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')
      const token = bearer ? tokens.get(bearer[1]!) : undefined
      if (!token || token.expiresAt < Date.now()) {
        res.status(401).type('application/xml').send('<root><error>invalid_token</error></root>')
        return
      }
      res.type('application/xml').send(userinfoXml(token.user))
    })
  }
  return router
}

/** GSIS's userinfo answer. */
export function userinfoXml(u: Partial<DemoUser>): string {
  const attr = (name: string, value: string | undefined) =>
    value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<root><userinfo` +
    attr('userid', u.userid) +
    attr('taxid', u.taxid) +
    attr('lastname', u.lastname) +
    attr('firstname', u.firstname) +
    attr('fathername', u.fathername ?? '') +
    attr('mothername', u.mothername ?? '') +
    attr('birthyear', u.birthyear ?? '') +
    `/></root>\n`
  )
}

function chosenUser(variant: ProviderName, body: Record<string, string | undefined>) {
  if (body.user && body.user !== 'custom') {
    const list = variant === 'citizen' ? demoUsers().citizens : demoUsers().government
    return list.find((u) => u.userid === body.user)
  }
  // Another test identity, typed in: tests log in as the people their factories created.
  const userid = body.custom_userid?.trim()
  const taxid = body.custom_taxid?.trim()
  const firstname = body.custom_firstname?.trim()
  const lastname = body.custom_lastname?.trim()
  if (!userid || !taxid || !firstname || !lastname) return undefined
  return {
    userid,
    taxid,
    firstname,
    lastname,
    label: { el: 'Άλλη ταυτότητα δοκιμής', en: 'Other test identity' },
  }
}

const header = `<header><p>ΑΑΔΕ · TaxisNet — <span lang="en">local stand-in for development</span></p></header>`

function errorPage(problem: string): string {
  return page({
    title: 'Σφάλμα αιτήματος σύνδεσης',
    body: `${header}<main><h1>Το αίτημα σύνδεσης δεν είναι έγκυρο</h1>
<p lang="en">The login request is not valid: <code>${escapeHtml(problem)}</code>.</p></main>`,
  })
}

function loginForm(
  variant: ProviderName,
  base: string,
  params: Record<string, unknown>,
  missingChoice = false,
): string {
  const users = variant === 'citizen' ? demoUsers().citizens : demoUsers().government
  const hidden = oauthParams
    .map((name) => {
      const value = params[name]
      return typeof value === 'string'
        ? `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`
        : ''
    })
    .join('\n')
  const options = users
    .map(
      (u, i) =>
        `<label><input type="radio" name="user" value="${escapeHtml(u.userid)}"${i === 0 ? ' checked' : ''}> ` +
        `${escapeHtml(u.firstname)} ${escapeHtml(u.lastname)} — ${escapeHtml(u.label.el)} ` +
        `<span lang="en" class="hint">(${escapeHtml(u.label.en)}; ΑΦΜ ${escapeHtml(u.taxid)}, user ${escapeHtml(u.userid)})</span></label>`,
    )
    .join('\n')
  const title =
    variant === 'citizen' ? 'Σύνδεση με κωδικούς TaxisNet' : 'Σύνδεση υπαλλήλων Δημόσιας Διοίκησης'
  return page({
    title: `${title} (stand-in)`,
    body: `${header}
<main>
<h1>${title}</h1>
<p class="hint">Τοπική προσομοίωση της ΓΓΠΣ για ανάπτυξη και δοκιμές· δεν ζητά κωδικό.
<span lang="en">A local stand-in of GSIS for development and tests; it asks for no password.</span></p>
${missingChoice ? '<p role="alert">Επιλέξτε χρήστη ή συμπληρώστε όλα τα πεδία. <span lang="en">Choose a user or fill in every field.</span></p>' : ''}
<form method="post" action="${base}/oauth/authorize">
${hidden}
<fieldset>
<legend>Χρήστες επίδειξης <span lang="en">(demo users)</span></legend>
${options}
<label><input type="radio" name="user" value="custom"> Άλλη ταυτότητα δοκιμής <span lang="en" class="hint">(other test identity, below)</span></label>
</fieldset>
<fieldset>
<legend>Άλλη ταυτότητα δοκιμής <span lang="en">(other test identity)</span></legend>
<label for="custom_userid">Κωδικός χρήστη ΓΓΠΣ <span lang="en" class="hint">(user id)</span></label>
<input type="text" id="custom_userid" name="custom_userid" autocomplete="off">
<label for="custom_taxid">ΑΦΜ <span lang="en" class="hint">(tax number, 9 digits)</span></label>
<input type="text" id="custom_taxid" name="custom_taxid" inputmode="numeric" autocomplete="off">
<label for="custom_firstname">Όνομα <span lang="en" class="hint">(first name)</span></label>
<input type="text" id="custom_firstname" name="custom_firstname" autocomplete="off">
<label for="custom_lastname">Επώνυμο <span lang="en" class="hint">(last name)</span></label>
<input type="text" id="custom_lastname" name="custom_lastname" autocomplete="off">
</fieldset>
<button type="submit" name="action" value="login">Σύνδεση <span lang="en">(Log in)</span></button>
<button type="submit" name="action" value="cancel" class="secondary">Ακύρωση <span lang="en">(Cancel)</span></button>
</form>
</main>`,
  })
}
