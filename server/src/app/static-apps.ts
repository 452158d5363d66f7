import { existsSync } from 'node:fs'
import path from 'node:path'
import express, { type Express, type Request, type Response } from 'express'
import { serverRoot } from '../platform/config.js'

/** The three SPAs and where the server mounts their built output. Order matters: `/` is last. */
export const apps = [
  { name: 'staff-app', mount: '/staff' },
  { name: 'admin-app', mount: '/admin' },
  { name: 'citizen-app', mount: '/' },
] as const

const workspaceRoot = path.resolve(serverRoot, '..')

/**
 * Serves each app's dist/ folder; any other path under the mount gets the app's index.html so
 * client-side routes (e.g. /book?category=…) survive a reload. Hashed assets are cached for good.
 */
export function mountApps(app: Express, root = workspaceRoot): void {
  for (const { name, mount } of apps) {
    const dist = path.join(root, name, 'dist')
    const index = path.join(dist, 'index.html')
    const sendIndex = (_req: Request, res: Response) => {
      if (!existsSync(index)) {
        res
          .status(503)
          .type('text/plain; charset=utf-8')
          .send(`${name} is not built yet: run "pnpm build" (or "pnpm start", which builds it).`)
        return
      }
      res.setHeader('Cache-Control', 'no-cache')
      res.sendFile(index)
    }
    app.use(
      mount,
      express.static(dist, {
        index: false,
        setHeaders: (res, file) => {
          if (file.includes(`${path.sep}assets${path.sep}`)) {
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
          }
        },
      }),
    )
    if (mount === '/') {
      app.get(/^\/(?!graphql|healthz|readyz).*/, sendIndex)
    } else {
      app.get(new RegExp(`^${mount}(/.*)?$`), sendIndex)
    }
  }
}
