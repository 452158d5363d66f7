import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Express, NextFunction, Request, Response } from 'express'
import { adminRoutePaths } from '../../../admin-app/src/app/route-paths.js'
import { citizenRoutePaths } from '../../../citizen-app/src/app/route-paths.js'
import { staffRoutePaths } from '../../../staff-app/src/app/route-paths.js'
import { serverRoot } from '../platform/config.js'
import { notFoundPage } from './notices/notices.page.js'

/**
 * The three SPAs, where the server mounts their built output and their routes (the lists their
 * routers are typed by). Order matters: `/` is last.
 */
export const apps = [
  { name: 'staff-app', mount: '/staff', routes: staffRoutePaths },
  { name: 'admin-app', mount: '/admin', routes: adminRoutePaths },
  { name: 'citizen-app', mount: '/', routes: citizenRoutePaths },
] as const

/** A wouter pattern as a regular expression: `:name` is one segment, a trailing `/` optional. */
export function routePattern(route: string): RegExp {
  const escaped = route
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${escaped === '/' ? '' : escaped}/?$`, 'i')
}

/**
 * What the server answers for an address under an app (issue 19 item 5): `route` when it is one
 * of the app's routes (200), `app` when it is not but lies within the app's own paths, so the
 * app renders its not-found page (404), and `none` when it is nobody's (404, our own page). All
 * of /staff and /admin is their app's; of the citizen app's `/`, only its routes' first segments;
 * an address ending in a file's extension is nobody's.
 */
export function routeKinds(
  routes: readonly string[],
  ownsEverything: boolean,
): (route: string) => 'route' | 'app' | 'none' {
  // made once per app at mount, not on every page load
  const patterns = routes.map(routePattern)
  const prefixes = new Set(routes.map((r) => r.split('/')[1]?.toLowerCase()).filter(Boolean))
  return (route) => {
    if (patterns.some((pattern) => pattern.test(route))) return 'route'
    // a missing file (a script, an image, /wp-login.php) is nobody's route
    if (/\.[a-z0-9]+$/i.test(route)) return 'none'
    if (ownsEverything) return 'app'
    const first = route.split('/')[1]?.toLowerCase()
    return first && prefixes.has(first) ? 'app' : 'none'
  }
}

/** One address's kind, as `routeKinds` tells it. */
export function routeKind(
  routes: readonly string[],
  route: string,
  ownsEverything: boolean,
): 'route' | 'app' | 'none' {
  return routeKinds(routes, ownsEverything)(route)
}

/** The server's own not-found page, for an address that is no app's route. */
export function sendNotFound(res: Response): void {
  res.status(404).setHeader('Cache-Control', 'no-cache')
  res.type('html').send(notFoundPage())
}

const workspaceRoot = path.resolve(serverRoot, '..')

// The build writes a brotli (.br) and a gzip (.gz) copy beside each of these (scripts/precompress.mjs);
// a phone on a slow line then gets a script or stylesheet at a fraction of its size (issue 16
// item 8), without compressing on every request.
const compressible = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/

const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

type Encoding = (typeof encodings)[number]

/**
 * The encodings the client accepts, best first: brotli before gzip whatever their weights (it is
 * smaller for the same text), none that it refuses with q=0; `*` counts for an unnamed one.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const weights = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';')
    if (!token) continue
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    weights.set(token, q === undefined ? 1 : Number(q))
  }
  return encodings.filter(({ name }) => (weights.get(name) ?? weights.get('*') ?? 0) > 0)
}

const immutable = 'public, max-age=31536000, immutable'

/**
 * Sends `relative` (a URL path, still percent-encoded) from `root` in the best precompressed form
 * the client accepts, else as it is. `send` decodes the path and refuses one that climbs out of
 * `root`; the Content-Type is the plain file's. Calls `notFound` when not even the plain file exists.
 */
function sendBest(
  req: Request,
  res: Response,
  root: string,
  relative: string,
  cacheControl: string | undefined,
  notFound: (err?: unknown) => void,
): void {
  const typed = compressible.test(relative)
  if (typed) res.vary('Accept-Encoding')
  const candidates = typed ? acceptedEncodings(req.headers['accept-encoding']) : []
  const attempt = (index: number) => {
    const encoding = candidates[index]
    const headers: Record<string, string> = {}
    if (cacheControl) headers['Cache-Control'] = cacheControl
    if (encoding) {
      headers['Content-Encoding'] = encoding.name
      res.type(path.extname(relative))
    }
    res.sendFile(
      encoding ? `${relative}${encoding.suffix}` : relative,
      { root, headers, index: false, dotfiles: 'ignore', cacheControl: !cacheControl },
      (err?: NodeJS.ErrnoException & { status?: number }) => {
        if (!err || res.headersSent) return
        res.removeHeader('Content-Type')
        res.removeHeader('Content-Encoding')
        // not there, a folder, or a path `send` refuses (e.g. one climbing out of root)
        const missing =
          (err.status ?? 500) < 500 || ['ENOENT', 'EISDIR', 'ENAMETOOLONG'].includes(err.code ?? '')
        if (!missing) notFound(err)
        else if (encoding)
          attempt(index + 1) // this copy was not made (it would not have been smaller)
        else notFound()
      },
    )
  }
  attempt(0)
}

// Client routes whose content the build rendered into HTML (the home page, the manual): a page of
// lower-case words, one file per route under dist/prerendered/, e.g. /manual → manual/index.html.
const prerenderableRoute = /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/

function prerenderedFile(dist: string, route: string): string | undefined {
  if (!prerenderableRoute.test(route)) return undefined
  const relative = path.posix.join('prerendered', route, 'index.html')
  return existsSync(path.join(dist, relative)) ? `/${relative}` : undefined
}

/**
 * Serves each app's dist/ folder; any other path under the mount gets the app's index.html so
 * client-side routes (e.g. /book?category=…) survive a reload, or the route's prerendered HTML
 * when the build made one. Hashed assets are cached for good; the HTML is revalidated each time.
 */
export function mountApps(app: Express, root = workspaceRoot): void {
  for (const { name, mount, routes } of apps) {
    const dist = path.join(root, name, 'dist')
    const index = path.join(dist, 'index.html')
    const kindOf = routeKinds(routes, mount !== '/')
    const sendIndex = (req: Request, res: Response, next: NextFunction) => {
      const route = mount === '/' ? req.path : req.path.slice(mount.length) || '/'
      const kind = kindOf(route)
      if (kind === 'none') return sendNotFound(res)
      if (!existsSync(index)) {
        res
          .status(503)
          .type('text/plain; charset=utf-8')
          .send(`${name} is not built yet: run "pnpm build" (or "pnpm start", which builds it).`)
        return
      }
      // the app renders its not-found page; the status tells robots and scripts the same
      if (kind === 'app') res.status(404)
      const html = (kind === 'route' && prerenderedFile(dist, route)) || '/index.html'
      sendBest(req, res, dist, html, 'no-cache', (err) => next(err))
    }
    const serveFile = (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.endsWith('/')) {
        next()
        return
      }
      const cacheControl = req.path.startsWith('/assets/') ? immutable : undefined
      sendBest(req, res, dist, req.path, cacheControl, (err) => next(err))
    }
    app.use(mount, serveFile)
    if (mount === '/') {
      app.get(/^\/(?!graphql|healthz|readyz).*/, sendIndex)
    } else {
      app.get(new RegExp(`^${mount}(/.*)?$`), sendIndex)
    }
  }
}
