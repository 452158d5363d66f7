import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Router } from 'express'
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql'
import { serverRoot } from '../../platform/config.js'
import { developersCss, developersPage, developersPaths } from './developers.page.js'

/**
 * The public developer page (issue 17 item 5): /developers (Greek), /developers/en, the schema
 * at /developers/schema.graphql — the contract the server runs, the same text as the committed
 * schema/schema.graphql — and the GOV.GR stylesheet the page is drawn with. Anyone may read it.
 */
export function developersRouter(deps: { schema: GraphQLSchema; publicUrl: () => string }) {
  const router = Router()
  const sdl = `${printSchema(lexicographicSortSchema(deps.schema))}\n`
  // The design system's CSS, whole (the apps' builds keep only the rules they use), from the
  // package the apps take it from.
  const govgrCss = readFileSync(
    createRequire(path.resolve(serverRoot, '..', 'packages', 'ui', 'package.json')).resolve(
      '@digigov/css/dist/digigov.css',
    ),
    'utf8',
  )
  const pages = new Map<string, string>()
  const page = (locale: 'el' | 'en') => {
    const publicUrl = deps.publicUrl()
    const key = `${locale} ${publicUrl}`
    let html = pages.get(key)
    if (!html) pages.set(key, (html = developersPage(locale, publicUrl)))
    return html
  }

  router.get(developersPaths.el, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.type('html').send(page('el'))
  })
  router.get(developersPaths.en, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.type('html').send(page('en'))
  })
  router.get(developersPaths.schema, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.setHeader('Content-Disposition', 'attachment; filename="schema.graphql"')
    res.type('text/plain; charset=utf-8').send(sdl)
  })
  router.get(developersPaths.govgrCss, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600')
    res.type('text/css; charset=utf-8').send(govgrCss)
  })
  router.get(developersPaths.ownCss, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600')
    res.type('text/css; charset=utf-8').send(developersCss)
  })
  return router
}
