import { useQuery } from '@apollo/client/react'
import { RequestStatus, useLanguage, useLocalized } from '@keplive/ui'
import { apiErrorOf } from '@keplive/api'
import { graphql } from '../../gql'
import { useT } from '../../i18n'

// keps without a municipality lists the active KEPs of every participating municipality;
// a field's procedures are the national ones, municipal ones hang off their municipality.
const catalogCountsQuery = graphql(`
  query CatalogCounts {
    municipalities(participating: true) {
      id
      procedures {
        id
      }
    }
    keps {
      id
    }
    serviceCategories {
      code
      municipal
      name {
        el
        en
      }
      procedures {
        id
      }
    }
  }
`)

/** How many municipalities, KEPs and procedures the service offers. */
export function CatalogCounts() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const { data, error, loading } = useQuery(catalogCountsQuery)
  const failure = apiErrorOf(error)
  const number = new Intl.NumberFormat(language)

  const municipalProcedures =
    data?.municipalities.reduce((sum, m) => sum + m.procedures.length, 0) ?? 0
  const perCategory = (data?.serviceCategories ?? []).map((category) => ({
    category,
    count: category.municipal ? municipalProcedures : category.procedures.length,
  }))
  const total = perCategory.reduce((sum, row) => sum + row.count, 0)

  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title">{t('counts.title')}</h2>
      <RequestStatus
        loading={loading}
        error={failure && { kind: failure.kind, code: failure.code, messages: failure.messages }}
      />
      {data ? (
        <>
          <dl className="stats">
            <div className="stats__item">
              <dt>{t('counts.municipalities')}</dt>
              <dd className="stats__value">{number.format(data.municipalities.length)}</dd>
            </div>
            <div className="stats__item">
              <dt>{t('counts.keps')}</dt>
              <dd className="stats__value">{number.format(data.keps.length)}</dd>
            </div>
          </dl>
          <table className="data-table">
            <caption>{t('counts.procedures.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('counts.procedures.category')}</th>
                <th scope="col" className="number">
                  {t('counts.procedures.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {perCategory.map(({ category, count }) => (
                <tr key={category.code}>
                  <th scope="row">{localized(category.name)}</th>
                  <td className="number">{number.format(count)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('counts.procedures.total')}</th>
                <td className="number">{number.format(total)}</td>
              </tr>
            </tfoot>
          </table>
          <p className="secondary">{t('counts.procedures.municipalNote')}</p>
        </>
      ) : null}
    </section>
  )
}
