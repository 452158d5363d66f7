import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { RequestStatus, useLocalized } from '@keplive/ui'
import { Link } from 'wouter'
import { graphql } from '../../gql'
import { useT } from '../../i18n'

const HomeCategoriesQuery = graphql(`
  query HomeCategories {
    serviceCategories {
      id
      code
      name {
        el
        en
      }
      description {
        el
        en
      }
      callMinutes
    }
  }
`)

/**
 * The four thematic fields (R4.1–R4.4), each with its call length and a link that starts the
 * booking flow with the field already chosen.
 */
export function ServiceCategoryList() {
  const t = useT()
  const localized = useLocalized()
  const { data, error, loading } = useQuery(HomeCategoriesQuery)
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title" className="govgr-heading-m">
        {t('categories.title')}
      </h2>
      <p className="govgr-body">{t('categories.intro')}</p>
      <RequestStatus loading={loading} error={apiErrorOf(error)} />
      {data ? (
        <ul className="keplive-card-grid" data-testid="service-categories">
          {data.serviceCategories.map((category) => (
            <li key={category.id} className="govgr-card govgr-card--border keplive-card">
              <h3 className="govgr-card__heading">{localized(category.name)}</h3>
              <p className="govgr-body">{localized(category.description)}</p>
              <p className="govgr-body keplive-secondary">
                {t('categories.callMinutes', { minutes: category.callMinutes })}
              </p>
              <Link
                className="govgr-link keplive-card__action"
                href={`/book?category=${encodeURIComponent(category.code)}`}
              >
                {t('categories.book', { name: localized(category.name) })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
