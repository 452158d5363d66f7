import { CatalogCounts } from '../../features/catalog-counts/catalog-counts'
import { useT } from '../../i18n'

export function HomePage() {
  const t = useT()
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <CatalogCounts />
    </>
  )
}
