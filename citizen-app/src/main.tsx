import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { storedLanguage } from '@keplive/ui'
import '@keplive/ui/styles.css'
import { App } from './app/app'
import { loadLanguage } from './i18n'

const root = document.getElementById('root')!
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)

// The home page and the manual arrive rendered in Greek (issue 16 item 8): the script takes that
// markup over as it is. A visitor who chose English gets the page rendered anew in English, once
// the English texts (not in the first download) have arrived, or in Greek if they cannot.
const language = storedLanguage()
if (root.firstElementChild && language === 'el') {
  hydrateRoot(root, app)
} else {
  void loadLanguage(language)
    .catch(() => {
      try {
        localStorage.removeItem('keplive.language') // the I18nProvider then starts in Greek
      } catch {
        // storedLanguage() found English in it: it is readable
      }
    })
    .finally(() => createRoot(root).render(app))
}
