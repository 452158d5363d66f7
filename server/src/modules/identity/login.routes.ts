import { createHash, timingSafeEqual } from 'node:crypto'
import express, { type Request, type Response, type Router } from 'express'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import type { Logger } from '../../platform/logger.js'
import type { RateLimits } from '../../platform/security/rate-limit.js'
import { recordAudit } from '../audit/index.js'
import { cookiePolicy, randomToken, readCookie, seal, unseal } from './cookies.js'
import { exchangeCode, fetchUserinfo, GsisError } from './gsis.client.js'
import { escapeHtml, page, pageCss, pageCssPath } from './html.js'
import type { IdentitySettings, ProviderName } from './identity.settings.js'
import { completeLogin, recordFailedLogin } from './login.service.js'
import { revokeSessionByToken } from './session.service.js'

/** Which app a login is for: citizens use TaxisNet; staff and administrators its public-administration variant. */
export type LoginRole = 'citizen' | 'staff' | 'admin'

const defaultReturn: Record<LoginRole, string> = {
  citizen: '/',
  staff: '/staff/',
  admin: '/admin/',
}
const providerOf = (role: LoginRole): ProviderName =>
  role === 'citizen' ? 'citizen' : 'government'

/** The login in flight, sealed in a short-lived cookie: nothing is stored before GSIS answers. */
interface LoginTransaction {
  state: string
  verifier: string
  role: LoginRole
  returnTo: string
  /** Whether returnTo was asked for, or is the role's default. */
  explicit: boolean
  expiresAt: number
}

const loginTtlSeconds = 600
const sealPurpose = 'login-transaction'

/**
 * A path on our own origin to return to after login, or undefined. Only relative paths: no
 * scheme, no `//host`, no backslashes or control characters — so no open redirect (R2.1 deep
 * links such as `/book?category=…&procedure=…` pass unchanged).
 */
export function safeReturnTo(raw: unknown, publicUrl: string): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return undefined
  const hasControl = [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\') || hasControl) {
    return undefined
  }
  const base = new URL(publicUrl)
  const url = new URL(raw, base)
  if (url.origin !== base.origin) return undefined
  return `${url.pathname}${url.search}${url.hash}`
}

function sameString(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest()
  const y = createHash('sha256').update(b).digest()
  return timingSafeEqual(x, y)
}

type Failure =
  | 'no_login_in_progress'
  | 'state_mismatch'
  | 'cancelled'
  | 'not_registered'
  | 'rate_limited'
  | GsisError['reason']

const failureText: Record<Failure, { el: string; en: string; status: number }> = {
  no_login_in_progress: {
    status: 400,
    el: 'Η σύνδεση δεν ολοκληρώθηκε: είτε άργησε πάνω από 10 λεπτά, είτε ο σύνδεσμος χρησιμοποιήθηκε ήδη, είτε άνοιξε σε άλλο πρόγραμμα περιήγησης. Ξεκινήστε τη σύνδεση ξανά.',
    en: 'The login did not complete: it took more than 10 minutes, the link was already used, or it was opened in another browser. Please start the login again.',
  },
  state_mismatch: {
    status: 400,
    el: 'Η απάντηση σύνδεσης δεν αντιστοιχεί σε σύνδεση που ξεκινήσατε εσείς, γι’ αυτό την απορρίψαμε για την ασφάλειά σας. Ξεκινήστε τη σύνδεση ξανά από αυτή τη σελίδα.',
    en: 'The login answer does not match a login you started, so we refused it for your safety. Please start the login again from this page.',
  },
  cancelled: {
    status: 400,
    el: 'Ακυρώσατε τη σύνδεση. Μπορείτε να συνδεθείτε ξανά όποτε θέλετε.',
    en: 'You cancelled the login. You can log in again whenever you like.',
  },
  not_registered: {
    status: 403,
    el: 'Ο λογαριασμός σας δεν είναι καταχωρισμένος ως υπαλλήλου ΚΕΠ ή διαχειριστή. Αν πρέπει να έχετε πρόσβαση, ζητήστε από τον προϊστάμενο του ΚΕΠ σας να σας καταχωρίσει. Αν είστε πολίτης, συνδεθείτε από την αρχική σελίδα.',
    en: 'Your account is not registered as a KEP employee or administrator. If you should have access, ask your KEP manager to register you. If you are a citizen, log in from the home page.',
  },
  rate_limited: {
    status: 429,
    el: 'Πάρα πολλές προσπάθειες σύνδεσης από αυτή τη διεύθυνση. Περιμένετε λίγα λεπτά και δοκιμάστε ξανά.',
    en: 'Too many login attempts from this address. Please wait a few minutes and try again.',
  },
  provider_error: {
    status: 502,
    el: 'Η υπηρεσία ταυτοποίησης της ΓΓΠΣ (TaxisNet) δεν απάντησε σωστά. Δοκιμάστε ξανά σε λίγα λεπτά.',
    en: 'The GSIS (TaxisNet) login service did not answer properly. Please try again in a few minutes.',
  },
  timeout: {
    status: 504,
    el: 'Η υπηρεσία ταυτοποίησης της ΓΓΠΣ (TaxisNet) άργησε να απαντήσει. Δοκιμάστε ξανά σε λίγα λεπτά.',
    en: 'The GSIS (TaxisNet) login service took too long to answer. Please try again in a few minutes.',
  },
  token_rejected: {
    status: 400,
    el: 'Η ΓΓΠΣ δεν επιβεβαίωσε τη σύνδεση (ο κωδικός σύνδεσης έχει ήδη χρησιμοποιηθεί ή έληξε). Ξεκινήστε τη σύνδεση ξανά.',
    en: 'GSIS did not confirm the login (the login code was already used or has expired). Please start the login again.',
  },
  userinfo_malformed: {
    status: 502,
    el: 'Η ΓΓΠΣ έστειλε στοιχεία που δεν μπορούμε να διαβάσουμε. Δοκιμάστε ξανά σε λίγα λεπτά· αν επαναληφθεί, επικοινωνήστε με το ΚΕΠ.',
    en: 'GSIS sent details we cannot read. Please try again in a few minutes; if it happens again, contact a KEP.',
  },
  userinfo_incomplete: {
    status: 502,
    el: 'Η ΓΓΠΣ δεν έστειλε όλα τα στοιχεία που χρειάζονται (π.χ. ΑΦΜ). Ελέγξτε τον λογαριασμό σας στο TaxisNet ή επικοινωνήστε με το ΚΕΠ.',
    en: 'GSIS did not send all the details we need (e.g. the tax number). Check your TaxisNet account or contact a KEP.',
  },
}

function failurePage(failure: Failure, retryHref: string): string {
  const t = failureText[failure]
  return page({
    title: 'Η σύνδεση δεν ολοκληρώθηκε — myKEPlive',
    body: `<header><p>myKEPlive</p></header>
<main>
<h1>Η σύνδεση δεν ολοκληρώθηκε</h1>
<p>${escapeHtml(t.el)}</p>
<p><a class="button" href="${escapeHtml(retryHref)}">Σύνδεση ξανά</a> <a href="/">Αρχική σελίδα</a></p>
<section lang="en">
<h2>The login did not complete</h2>
<p>${escapeHtml(t.en)}</p>
<p><a href="${escapeHtml(retryHref)}">Log in again</a> · <a href="/">Home page</a></p>
</section>
</main>`,
  })
}

export interface AuthRoutesDeps {
  db: Db
  clock: Clock
  logger: Logger
  settings: () => IdentitySettings
  rateLimits: RateLimits
}

/** /auth/login, /auth/callback, /auth/logout: the server is the OAuth client (backend-for-frontend). */
export function authRouter(deps: AuthRoutesDeps): Router {
  const { db, clock, logger } = deps
  const router = express.Router()

  router.get(pageCssPath, (_req, res) => {
    res.type('text/css').setHeader('Cache-Control', 'public, max-age=3600').send(pageCss)
  })

  const noStore = (res: Response) => res.setHeader('Cache-Control', 'no-store')

  const loginLimited = async (req: Request) => {
    try {
      await deps.rateLimits.consume('login', { ip: req.ip })
      return false
    } catch (err) {
      if (err instanceof DomainError) return true
      throw err
    }
  }

  router.get('/auth/login', async (req, res) => {
    const settings = deps.settings()
    const cookies = cookiePolicy(settings.publicUrl)
    noStore(res)
    const role: LoginRole =
      (['citizen', 'staff', 'admin'] as const).find((r) => r === req.query.role) ?? 'citizen'
    const asked = safeReturnTo(req.query.returnTo, settings.publicUrl)
    if (await loginLimited(req)) {
      res.status(429).type('html').send(failurePage('rate_limited', req.originalUrl))
      return
    }
    const provider = settings.gsis[providerOf(role)]
    const transaction: LoginTransaction = {
      state: randomToken(),
      verifier: randomToken(48),
      role,
      returnTo: asked ?? defaultReturn[role],
      explicit: asked !== undefined,
      expiresAt: clock.now().getTime() + loginTtlSeconds * 1000,
    }
    const authorize = new URL(provider.authorizeUrl)
    authorize.searchParams.set('response_type', 'code')
    authorize.searchParams.set('client_id', provider.clientId)
    authorize.searchParams.set('redirect_uri', `${settings.publicUrl}/auth/callback`)
    authorize.searchParams.set('scope', 'read')
    authorize.searchParams.set('state', transaction.state)
    authorize.searchParams.set(
      'code_challenge',
      createHash('sha256').update(transaction.verifier).digest('base64url'),
    )
    authorize.searchParams.set('code_challenge_method', 'S256')
    res.setHeader(
      'Set-Cookie',
      cookies.set(
        cookies.login,
        seal(settings.cookieSecret, sealPurpose, transaction),
        loginTtlSeconds,
      ),
    )
    res.redirect(302, authorize.toString())
  })

  router.get('/auth/callback', async (req, res) => {
    const settings = deps.settings()
    const cookies = cookiePolicy(settings.publicUrl)
    noStore(res)
    // The transaction is single-use: cleared whatever happens, so a replayed callback fails.
    res.setHeader('Set-Cookie', cookies.clear(cookies.login))
    const sealed = readCookie(req.headers, cookies.login)
    const transaction = sealed
      ? unseal<LoginTransaction>(settings.cookieSecret, sealPurpose, sealed)
      : undefined
    const live =
      transaction && transaction.expiresAt > clock.now().getTime() ? transaction : undefined
    const role = live?.role ?? 'citizen'
    const retry = `/auth/login?role=${role}${live?.explicit ? `&returnTo=${encodeURIComponent(live.returnTo)}` : ''}`
    const fail = async (failure: Failure) => {
      // A flood of refused requests must not become a flood of audit rows (the trail's lock).
      if (failure !== 'rate_limited') await recordFailure(failure)
      res.status(failureText[failure].status).type('html').send(failurePage(failure, retry))
    }
    const recordFailure = async (failure: Failure) => {
      try {
        await recordFailedLogin(db, clock, failure, {
          ip: req.ip,
          provider: live ? providerOf(live.role) : undefined,
        })
      } catch (err) {
        logger.error({ err }, 'could not record a failed login in the audit trail')
      }
    }

    if (await loginLimited(req)) return fail('rate_limited')
    const { state, code, error } = req.query
    if (!live) return fail('no_login_in_progress')
    if (typeof state !== 'string' || !sameString(state, live.state)) return fail('state_mismatch')
    if (typeof error === 'string') return fail('cancelled')
    if (typeof code !== 'string' || code.length === 0 || code.length > 512) {
      return fail('provider_error')
    }

    const providerName = providerOf(live.role)
    const provider = settings.gsis[providerName]
    try {
      const accessToken = await exchangeCode(
        provider,
        { code, redirectUri: `${settings.publicUrl}/auth/callback`, codeVerifier: live.verifier },
        settings.gsis.timeoutMs,
      )
      const user = await fetchUserinfo(provider, accessToken, settings.gsis.timeoutMs)
      const result = await completeLogin(db, clock, settings, providerName, user, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        // issue 18: someone with no role may start a municipality's application in the admin app
        officials: live.role === 'admin',
      })
      if (!result.ok) return fail(result.reason)
      // The session that was in this browser before (if any) ends: a new id at every login.
      const previous = readCookie(req.headers, cookies.session)
      if (previous) await revokeSessionByToken(db, clock, previous)
      const returnTo =
        !live.explicit && (result.actor.kind === 'administrator' || result.actor.kind === 'officer')
          ? defaultReturn.admin
          : live.returnTo
      res.setHeader('Set-Cookie', [
        cookies.clear(cookies.login),
        cookies.set(cookies.session, result.token),
      ])
      res.redirect(303, returnTo)
    } catch (err) {
      if (err instanceof GsisError) return fail(err.reason)
      throw err
    }
  })

  router.post(
    '/auth/logout',
    express.urlencoded({ extended: false, limit: '4kb' }),
    async (req: Request, res: Response) => {
      const settings = deps.settings()
      const cookies = cookiePolicy(settings.publicUrl)
      noStore(res)
      // CSRF: a cross-site form could log people out; only our own pages may.
      const origin = req.headers.origin
      const sameOrigin = origin
        ? origin === settings.publicUrl
        : req.headers['sec-fetch-site'] === 'same-origin'
      if (!sameOrigin) {
        res.status(403).type('text/plain').send('Cross-site logout refused.')
        return
      }
      const token = readCookie(req.headers, cookies.session)
      if (token) {
        const session = await revokeSessionByToken(db, clock, token)
        if (session) {
          await recordAudit(db, {
            actor: actorFromRow(session),
            action: 'logout',
            entity: 'session',
            entityId: session.id,
            ip: req.ip,
            at: clock.now(),
          })
        }
      }
      res.setHeader('Set-Cookie', cookies.clear(cookies.session))
      const body = (req.body ?? {}) as { returnTo?: string }
      res.redirect(303, safeReturnTo(body.returnTo, settings.publicUrl) ?? '/')
    },
  )

  return router
}

function actorFromRow(s: { principalKind: string; principalId: string; id: string }) {
  switch (s.principalKind) {
    case 'citizen':
      return { kind: 'citizen', citizenId: s.principalId, sessionId: s.id } as const
    case 'employee':
      // kepId and role are not needed to name the actor in the trail.
      return {
        kind: 'employee',
        employeeId: s.principalId,
        kepId: '',
        role: 'staff',
        sessionId: s.id,
      } as const
    default:
      // the role is not needed to name the actor in the trail either
      return {
        kind: 'administrator',
        administratorId: s.principalId,
        role: 'auditor',
        sessionId: s.id,
      } as const
  }
}
