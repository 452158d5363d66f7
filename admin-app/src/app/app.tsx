import { I18nProvider, Layout, SessionControl } from '@keplive/ui'
import { catalogs, useT } from '../i18n'
import { HomePage } from '../pages/home/home-page'

function Shell() {
  const t = useT()
  return (
    <Layout appName={t('app.name')} homeHref="/admin/" documentTitle={t('app.documentTitle')}>
      <SessionControl role="admin" />
      <HomePage />
    </Layout>
  )
}

export function App() {
  return (
    <I18nProvider catalogs={catalogs}>
      <Shell />
    </I18nProvider>
  )
}
