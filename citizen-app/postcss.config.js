import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { trimGovgr } from '@keplive/ui/postcss-govgr'

// At build only (issue 16 item 8): the GOV.GR rules this app's pages use, not the whole stylesheet.
const app = path.dirname(fileURLToPath(import.meta.url))

export default {
  plugins:
    process.env.NODE_ENV === 'production'
      ? [
          trimGovgr({
            content: [path.join(app, 'index.html'), path.join(app, 'src', '**', '*.{ts,tsx}')],
          }),
        ]
      : [],
}
