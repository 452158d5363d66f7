import { AppShell } from '@keplive/ui'
import { catalogs } from '../i18n'
import { HomePage } from '../pages/home/home-page'

export function App() {
  return (
    <AppShell catalogs={catalogs} role="admin" homeHref="/admin/">
      <HomePage />
    </AppShell>
  )
}
