import { PageHeading, usePageTitle } from '@keplive/ui'
import { Link } from 'wouter'
import { MunicipalitySearch } from '../../features/municipality-search/municipality-search'
import { ServiceCategoryList } from '../../features/service-categories/service-category-list'
import { useT, type MessageKey } from '../../i18n'

const who: MessageKey[] = ['home.who.citizens', 'home.who.businesses']
const needs: MessageKey[] = [
  'home.needs.credentials',
  'home.needs.device',
  'home.needs.id',
  'home.needs.documents',
]
const steps: MessageKey[] = [
  'home.how.login',
  'home.how.choose',
  'home.how.slot',
  'home.how.details',
  'home.how.email',
  'home.how.call',
]

/**
 * The service's front door (R1.4, R2.9): what it is, who may use it, what is needed, how it
 * works, the four fields and the participating municipalities, and the way to the manual.
 */
export function HomePage() {
  const t = useT()
  usePageTitle(t('home.pageTitle'))
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="govgr-body-l">{t('home.lead')}</p>
      <p className="govgr-body">{t('home.recorded')}</p>
      <Link className="govgr-btn govgr-btn-primary govgr-btn-cta" href="/book">
        {t('home.cta')}
      </Link>
      <p className="govgr-body">
        <Link className="govgr-link" href="/manual">
          {t('home.manualLink')}
        </Link>
      </p>

      <section aria-labelledby="who-title">
        <h2 id="who-title" className="govgr-heading-m">
          {t('home.who.title')}
        </h2>
        <ul className="govgr-list govgr-list--bullet">
          {who.map((key) => (
            <li key={key} className="govgr-list__item">
              {t(key)}
            </li>
          ))}
        </ul>
        <p className="govgr-body">{t('home.who.help')}</p>
      </section>

      <section aria-labelledby="needs-title">
        <h2 id="needs-title" className="govgr-heading-m">
          {t('home.needs.title')}
        </h2>
        <ul className="govgr-list govgr-list--bullet">
          {needs.map((key) => (
            <li key={key} className="govgr-list__item">
              {t(key)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="govgr-heading-m">
          {t('home.how.title')}
        </h2>
        <ol className="govgr-list govgr-list--number">
          {steps.map((key) => (
            <li key={key} className="govgr-list__item">
              {t(key)}
            </li>
          ))}
        </ol>
      </section>

      <ServiceCategoryList />
      <MunicipalitySearch />
    </>
  )
}
