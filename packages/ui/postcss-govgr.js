import path from 'node:path'
import { fileURLToPath } from 'node:url'
import purgeCss from '@fullhuman/postcss-purgecss'

// Issue 16 item 8: the GOV.GR stylesheet (@digigov/css, 178 kB) styles far more than the apps
// show. At build, an app's PostCSS keeps only its rules whose classes, elements and attributes
// occur in the app's sources, in these shared components (packages/ui, packages/call) or in
// `safelist`. Our own rules in styles.css sit between `purgecss start/end ignore` comments and
// stay as written; other stylesheets are left alone.

const packages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stylesheet = path.join(packages, 'ui', 'src', 'styles.css')

/**
 * The PostCSS plugin that trims the GOV.GR rules of @keplive/ui/styles.css for one app.
 * `content`: the app's own files (absolute globs) in which its class names are written out.
 * `safelist`: classes the app builds from parts at run time (none today: every class name is
 * written out whole, in a template string at worst).
 */
export function trimGovgr({ content, safelist = [] }) {
  const purge = purgeCss({
    content: [
      ...content,
      path.join(packages, 'ui', 'src', '**', '*.{ts,tsx}'),
      path.join(packages, 'call', 'src', '**', '*.{ts,tsx}'),
    ],
    safelist: { standard: safelist },
    // variables, keyframes and font faces are few and small: kept, so nothing the CSS itself refers to goes
    variables: false,
    keyframes: false,
    fontFace: false,
  })
  return {
    postcssPlugin: 'keplive-trim-govgr',
    OnceExit(root, helpers) {
      if (root.source?.input.file !== stylesheet) return undefined
      return purge.OnceExit(root, helpers)
    },
  }
}
trimGovgr.postcss = true
