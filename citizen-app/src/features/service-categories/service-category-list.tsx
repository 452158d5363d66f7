import { RequestStatus, useGraphQL, useLocalized, type LocalizedText } from '@keplive/ui'
import { useT } from '../../i18n'

const serviceCategoriesQuery = /* GraphQL */ `
  query ServiceCategories {
    serviceCategories {
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
`

interface ServiceCategoriesData {
  serviceCategories: {
    code: string
    name: LocalizedText
    description: LocalizedText
    callMinutes: number
  }[]
}

/** The four thematic fields a citizen can book a call for (R4.1–R4.4). */
export function ServiceCategoryList() {
  const t = useT()
  const localized = useLocalized()
  const { data, error, loading } = useGraphQL<ServiceCategoriesData>(serviceCategoriesQuery)
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t('categories.title')}</h2>
      <RequestStatus loading={loading} error={error} />
      {data ? (
        <ul className="item-list item-list--columns">
          {data.serviceCategories.map((category) => (
            <li key={category.code} className="card">
              <h3>{localized(category.name)}</h3>
              <p>{localized(category.description)}</p>
              <p className="secondary">
                {t('categories.callMinutes', { minutes: category.callMinutes })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
