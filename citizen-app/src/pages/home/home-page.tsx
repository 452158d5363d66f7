import { MunicipalitySearch } from '../../features/municipality-search/municipality-search'
import { ServiceCategoryList } from '../../features/service-categories/service-category-list'
import { useT } from '../../i18n'

export function HomePage() {
  const t = useT()
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro.what')}</p>
      <p>{t('home.intro.needs')}</p>
      <ServiceCategoryList />
      <MunicipalitySearch />
    </>
  )
}
