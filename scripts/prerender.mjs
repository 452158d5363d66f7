// node ../scripts/prerender.mjs <server bundle> <route>… — issue 16 item 8, run from an app's
// folder after `vite build` and `vite build --ssr`: renders each route with the app's own server
// bundle (it exports renderRoute(route)) into a copy of dist/index.html, written to
// dist/prerendered/<route>/index.html, which the server sends for that route (static-apps.ts).
// The copy keeps the shell's scripts and stylesheets; no inline script or style is added (CSP).
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [bundle, ...routes] = process.argv.slice(2)
if (!bundle || routes.length === 0) {
  process.stderr.write('usage: node scripts/prerender.mjs <server bundle> <route>…\n')
  process.exit(2)
}

const dist = path.resolve('dist')
const shell = await readFile(path.join(dist, 'index.html'), 'utf8')
const emptyRoot = '<div id="root"></div>'
if (!shell.includes(emptyRoot)) throw new Error(`dist/index.html has no ${emptyRoot}`)

const { renderRoute } = await import(pathToFileURL(path.resolve(bundle)).href)
for (const route of routes) {
  const markup = await renderRoute(route)
  // React's streaming output would need inline scripts for late content: the CSP forbids them
  if (/<script|<style|\sstyle="/i.test(markup)) {
    throw new Error(`the prerendered ${route} has an inline script or style, which the CSP forbids`)
  }
  const html = shell.replace(emptyRoot, () => `<div id="root">${markup}</div>`)
  const target = path.join(dist, 'prerendered', route, 'index.html')
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, html)
  process.stdout.write(`prerendered ${route}: ${(markup.length / 1024).toFixed(1)} kB of markup\n`)
}
