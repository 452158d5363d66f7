import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminRoutePaths } from '../../../admin-app/src/app/route-paths.js'
import { citizenRoutePaths } from '../../../citizen-app/src/app/route-paths.js'
import { staffRoutePaths } from '../../../staff-app/src/app/route-paths.js'
import { serverRoot } from '../platform/config.js'
import { acceptedEncodings, mountApps, routeKind, routePattern } from './static-apps.js'

// Issue 16 item 8: the apps' files as the build leaves them (plain, .br, .gz), served over real
// HTTP by the real mount; raw node:http requests, since fetch would negotiate and decode itself.

const script = 'export const greeting = "Καλημέρα"; '.repeat(50)
const shell = '<!doctype html><title>citizen-app</title><div id="root"></div>'
const manual = '<!doctype html><title>citizen-app</title><div id="root"><h1>Manual</h1></div>'

let root: string
let server: http.Server
let base: string

async function precompressed(file: string, content: string) {
  await writeFile(file, content)
  await writeFile(`${file}.br`, brotliCompressSync(content))
  await writeFile(`${file}.gz`, gzipSync(content))
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'keplive-static-'))
  const citizen = path.join(root, 'citizen-app', 'dist')
  await mkdir(path.join(citizen, 'assets'), { recursive: true })
  await mkdir(path.join(citizen, 'prerendered', 'manual'), { recursive: true })
  await precompressed(path.join(citizen, 'index.html'), shell)
  await precompressed(path.join(citizen, 'assets', 'main-abc.js'), script)
  // a stylesheet the build did not compress (as when a copy would not have been smaller)
  await writeFile(path.join(citizen, 'assets', 'tiny-abc.css'), 'a{}')
  await writeFile(path.join(citizen, 'assets', 'logo-abc.woff2'), 'wOF2')
  await precompressed(path.join(citizen, 'prerendered', 'manual', 'index.html'), manual)
  await writeFile(path.join(root, 'secret.txt'), 'not to be served')
  for (const other of ['staff-app', 'admin-app']) {
    await mkdir(path.join(root, other, 'dist'), { recursive: true })
    await writeFile(path.join(root, other, 'dist', 'index.html'), `<title>${other}</title>`)
  }
  const app = express()
  mountApps(app, root)
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await rm(root, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

function request(pathname: string, acceptEncoding?: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = {}
    if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding
    const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the apps served precompressed (issue 16 item 8)', () => {
  it('R1.1 sends the brotli copy to a browser that accepts br, with the plain type and Vary', async () => {
    const res = await request('/assets/main-abc.js', 'gzip, deflate, br, zstd')
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['content-type']).toMatch(/^text\/javascript/)
    expect(res.headers.vary).toMatch(/Accept-Encoding/i)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 5)
    expect(brotliDecompressSync(res.body).toString()).toBe(script)
  })

  it('R1.1 sends gzip when br is not accepted (or refused with q=0), the plain file when neither is', async () => {
    for (const header of ['gzip', 'br;q=0, gzip;q=0.5']) {
      const res = await request('/assets/main-abc.js', header)
      expect(res.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(res.body).toString()).toBe(script)
      expect(res.headers.vary).toMatch(/Accept-Encoding/i)
    }
    for (const header of [undefined, 'identity', 'gzip;q=0, br;q=0']) {
      const res = await request('/assets/main-abc.js', header)
      expect(res.headers['content-encoding']).toBeUndefined()
      expect(res.body.toString()).toBe(script)
      expect(res.headers['content-type']).toMatch(/^text\/javascript/)
      expect(res.headers.vary).toMatch(/Accept-Encoding/i)
    }
  })

  it('R1.1 falls back to the plain file when the build made no compressed copy', async () => {
    const res = await request('/assets/tiny-abc.css', 'br, gzip')
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.headers['content-type']).toMatch(/^text\/css/)
    expect(res.body.toString()).toBe('a{}')
  })

  it('R1.1 sends an already compressed file (a font) as it is, without Vary', async () => {
    const res = await request('/assets/logo-abc.woff2', 'br, gzip')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.headers.vary).toBeUndefined()
    expect(res.body.toString()).toBe('wOF2')
  })

  it('R1.1 answers HEAD with the headers of the chosen copy and no body', async () => {
    const res = await request('/assets/main-abc.js', 'br', 'HEAD')
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(script).length)
    expect(res.body.length).toBe(0)
  })

  it('R1.1 R2.9 compresses the app shell of a client route and the prerendered manual, revalidated each time', async () => {
    const route = await request('/book?category=municipal', 'br')
    expect(route.headers['content-encoding']).toBe('br')
    expect(route.headers['content-type']).toMatch(/^text\/html/)
    expect(route.headers['cache-control']).toBe('no-cache')
    expect(route.headers.vary).toMatch(/Accept-Encoding/i)
    expect(brotliDecompressSync(route.body).toString()).toBe(shell)
    const page = await request('/manual', 'gzip')
    expect(page.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(page.body).toString()).toBe(manual)
    const plain = await request('/manual')
    expect(plain.body.toString()).toBe(manual)
    // a route without a prerendered page gets the shell, not another page's content
    expect((await request('/manual/other')).body.toString()).toBe(shell)
    expect((await request('/Manual')).body.toString()).toBe(shell)
  })

  it('R1.1 never sends a file from outside the app, plainly or encoded', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2f..%2fsecret.txt',
      '/..%2f..%2fsecret.txt',
    ]) {
      const res = await request(attempt, 'br, gzip')
      expect(res.body.toString()).not.toContain('not to be served')
      expect(res.status).not.toBe(500)
    }
  })

  it('R1.1 reads Accept-Encoding: brotli first, q=0 refuses, * stands for the rest', () => {
    const names = (header?: string) => acceptedEncodings(header).map((e) => e.name)
    expect(names('gzip, br')).toEqual(['br', 'gzip'])
    expect(names('br;q=0.1, gzip;q=1')).toEqual(['br', 'gzip'])
    expect(names('*')).toEqual(['br', 'gzip'])
    expect(names('*, br;q=0')).toEqual(['gzip'])
    expect(names('deflate')).toEqual([])
    expect(names(undefined)).toEqual([])
  })
})

describe('real HTTP answers (issue 19 item 5)', () => {
  it('issue 19 item 5: an address that is no app’s route answers 404 with our own page, in both languages, linking home and the notices', async () => {
    for (const address of [
      '/status',
      '/wp-login.php',
      '/privacy-policy',
      '/assets/missing-abc.js',
    ]) {
      const res = await request(address)
      expect(res.status, address).toBe(404)
      expect(res.headers['content-type'], address).toMatch(/^text\/html/)
      const html = res.body.toString()
      expect(html).toContain('Η σελίδα δεν βρέθηκε')
      expect(html).toContain('Page not found')
      expect(html).toContain('<html lang="el">')
      for (const href of ['href="/"', 'href="/privacy"', 'href="/accessibility"']) {
        expect(html).toContain(href)
      }
      expect(html).not.toMatch(/<script/i)
    }
  })

  it('issue 19 item 5: an unknown route within an app gets the app (its not-found page) with status 404', async () => {
    for (const [address, title] of [
      ['/bookings/abc/nothing/here', 'citizen-app'],
      ['/call/guest/a/b', 'citizen-app'],
      ['/staff/nothing', 'staff-app'],
      ['/staff/bookings/1/2/3', 'staff-app'],
      ['/admin/nothing', 'admin-app'],
    ] as const) {
      const res = await request(address)
      expect(res.status, address).toBe(404)
      expect(res.body.toString(), address).toContain(`<title>${title}</title>`)
    }
  })

  it('issue 19 item 5: the apps’ routes, with ids and query strings, still answer 200', async () => {
    for (const [address, title] of [
      ['/', 'citizen-app'],
      ['/book?category=municipal&step=2', 'citizen-app'],
      ['/bookings/4b3c0a3e-0000-4000-8000-000000000001', 'citizen-app'],
      ['/bookings/4b3c0a3e-0000-4000-8000-000000000001/prepare', 'citizen-app'],
      ['/join/abcDEF_-123', 'citizen-app'],
      ['/call/guest/abcDEF_-123', 'citizen-app'],
      ['/staff', 'staff-app'],
      ['/staff/', 'staff-app'],
      ['/staff/calls/42?from=agenda', 'staff-app'],
      ['/admin/keps/7', 'admin-app'],
      ['/admin/municipality/applications/3/check', 'admin-app'],
    ] as const) {
      const res = await request(address)
      expect(res.status, address).toBe(200)
      expect(res.body.toString(), address).toContain(`<title>${title}</title>`)
    }
  })

  it('issue 19 item 5: a wouter pattern matches one segment per parameter, an optional trailing slash, any case', () => {
    expect(routePattern('/bookings/:id').test('/bookings/42')).toBe(true)
    expect(routePattern('/bookings/:id').test('/bookings/42/')).toBe(true)
    expect(routePattern('/bookings/:id').test('/bookings/42/x')).toBe(false)
    expect(routePattern('/bookings/:id').test('/bookings/')).toBe(false)
    expect(routePattern('/').test('/')).toBe(true)
    expect(routePattern('/').test('/x')).toBe(false)
    expect(routePattern('/Manual').test('/manual')).toBe(true)
    expect(routeKind(citizenRoutePaths, '/status', false)).toBe('none')
    expect(routeKind(citizenRoutePaths, '/bookings/1/2/3', false)).toBe('app')
    expect(routeKind(staffRoutePaths, '/anything', true)).toBe('app')
    expect(routeKind(staffRoutePaths, '/logo.png', true)).toBe('none')
  })

  // The routers are typed by these lists (a route not in its list does not compile); here the
  // other way round: every address of a list is a route of its app's router.
  it.each([
    ['citizen-app', citizenRoutePaths],
    ['staff-app', staffRoutePaths],
    ['admin-app', adminRoutePaths],
  ] as const)(
    'issue 19 item 5: every address in %s’s route list is a route of its router',
    async (app, list) => {
      const router = await readFile(
        path.resolve(serverRoot, '..', app, 'src', 'app', 'routes.tsx'),
        'utf8',
      )
      expect(list.length).toBeGreaterThan(3)
      for (const address of list) expect(router, address).toContain(`'${address}'`)
    },
  )

  it('issue 19 item 5: each app’s page has its own <title> and lang="el" (English pages switch it)', async () => {
    const titles = new Set<string>()
    for (const app of ['citizen-app', 'staff-app', 'admin-app']) {
      const html = await readFile(path.resolve(serverRoot, '..', app, 'index.html'), 'utf8')
      expect(html, app).toMatch(/<html lang="el">/)
      titles.add(/<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '')
    }
    expect(titles.size).toBe(3)
    expect([...titles].every((t) => t.startsWith('myKEPlive — '))).toBe(true)
  })
})
