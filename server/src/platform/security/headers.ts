import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Security headers on every response the server sends — apps, API, stand-in and error pages:
 * a CSP with no inline script or style (the built apps and our own pages need none),
 * frame-ancestors 'none', HSTS when served over HTTPS, a strict referrer policy, and camera/microphone for our own
 * origin only (the call needs them, nothing else does).
 */
export function securityHeaders(publicUrl: string): RequestHandler[] {
  const https = new URL(publicUrl).protocol === 'https:'
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'", publicUrl.replace(/^http/, 'ws')],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
          ...(https ? { 'upgrade-insecure-requests': [] } : {}),
        },
      },
      // Two years, subdomains, preload: what hstspreload.org asks for. Only over HTTPS: on a plain
      // http:// address (development, a LAN demo) the header means nothing and would mislead.
      strictTransportSecurity: https
        ? { maxAge: 63_072_000, includeSubDomains: true, preload: true }
        : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
      xFrameOptions: { action: 'deny' },
    }),
    (_req, res, next) => {
      res.setHeader(
        'Permissions-Policy',
        'camera=(self), microphone=(self), display-capture=(), geolocation=(), payment=(), usb=()',
      )
      next()
    },
  ]
}
