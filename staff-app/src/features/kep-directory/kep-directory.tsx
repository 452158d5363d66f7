import { RequestStatus, useGraphQL, useLocalized, type LocalizedText } from '@keplive/ui'
import { useT } from '../../i18n'

const kepDirectoryQuery = /* GraphQL */ `
  query KepDirectory {
    municipalities(participating: true) {
      id
      name {
        el
        en
      }
      keps {
        id
        code
        name {
          el
          en
        }
        address {
          el
          en
        }
        city {
          el
          en
        }
        postalCode
        phone
      }
    }
  }
`

interface KepDirectoryData {
  municipalities: {
    id: string
    name: LocalizedText
    keps: {
      id: string
      code: string
      name: LocalizedText
      address: LocalizedText
      city: LocalizedText
      postalCode: string
      phone: string
    }[]
  }[]
}

/** Every KEP of the participating municipalities, grouped by municipality. */
export function KepDirectory() {
  const t = useT()
  const localized = useLocalized()
  const { data, error, loading } = useGraphQL<KepDirectoryData>(kepDirectoryQuery)
  const kepCount = data?.municipalities.reduce((sum, m) => sum + m.keps.length, 0) ?? 0
  return (
    <section aria-labelledby="keps-title">
      <h2 id="keps-title">{t('keps.title')}</h2>
      <RequestStatus loading={loading} error={error} />
      {data ? (
        <>
          <p>{t('keps.count', { municipalities: data.municipalities.length, keps: kepCount })}</p>
          <ul className="item-list">
            {data.municipalities.map((municipality) => (
              <li key={municipality.id} className="card">
                <h3>{localized(municipality.name)}</h3>
                <ul
                  className="item-list item-list--columns"
                  aria-label={t('keps.of', { name: localized(municipality.name) })}
                >
                  {municipality.keps.map((kep) => (
                    <li key={kep.id}>
                      <strong>{localized(kep.name)}</strong>{' '}
                      <span className="secondary nowrap">({kep.code})</span>
                      <br />
                      {localized(kep.address)}, {kep.postalCode} {localized(kep.city)}
                      <br />
                      {t('keps.phone', { phone: kep.phone })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
