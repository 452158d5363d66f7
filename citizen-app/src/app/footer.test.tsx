import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nProvider, Layout, type Catalogs } from '@keplive/ui'
import { uiEnglish } from '@keplive/ui/i18n/en'

// Issue 19 item 4: every app's footer links the server's notices, in the page's language. No
// DOM library here: rendered to HTML as the server would; the language comes from the storage
// the browser keeps it in, given here as the browser would (Node has none).

// the app's own texts: none; the shared pieces' Greek is built in, their English comes with the app's
const catalogs: Catalogs<never> = { el: {}, en: uiEnglish }

function render(footerLinks?: ReactNode) {
  return renderToStaticMarkup(
    <I18nProvider catalogs={catalogs}>
      <Layout appName="Δοκιμή" homeHref="/" documentTitle="Δοκιμή" footerLinks={footerLinks}>
        <h1>Σελίδα</h1>
      </Layout>
    </I18nProvider>,
  )
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage')
})

describe('the footer’s notices (issue 19 item 4)', () => {
  it('issue 19 item 4: links the privacy notice, cookies, accessibility statement and terms, in Greek', () => {
    const html = render()
    const footer = html.slice(html.indexOf('<footer'))
    for (const [href, text] of [
      ['/privacy', 'Προσωπικά δεδομένα'],
      ['/cookies', 'Cookies'],
      ['/accessibility', 'Προσβασιμότητα'],
      ['/terms', 'Όροι χρήσης'],
    ]) {
      expect(footer).toContain(`href="${href}">${text}</a>`)
    }
  })

  it('issue 19 item 4: in English, the English notices, and an app’s own links after them', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      value: { getItem: () => 'en', setItem: () => undefined },
    })
    const html = render(
      <li>
        <a href="/staff/acceptable-use">Acceptable use</a>
      </li>,
    )
    const footer = html.slice(html.indexOf('<footer'))
    for (const [href, text] of [
      ['/privacy/en', 'Privacy'],
      ['/cookies/en', 'Cookies'],
      ['/accessibility/en', 'Accessibility'],
      ['/terms/en', 'Terms of use'],
    ]) {
      expect(footer).toContain(`href="${href}">${text}</a>`)
    }
    expect(footer.indexOf('/terms/en')).toBeLessThan(footer.indexOf('/staff/acceptable-use'))
  })
})
