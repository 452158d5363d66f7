import { useId, useMemo, useState } from 'react'
import {
  RequestStatus,
  useGraphQL,
  useLanguage,
  useLocalized,
  type LocalizedText,
} from '@keplive/ui'
import { useT } from '../../i18n'
import { foldForSearch } from './fold-for-search'

const participatingMunicipalitiesQuery = /* GraphQL */ `
  query ParticipatingMunicipalities {
    municipalities(participating: true) {
      id
      name {
        el
        en
      }
      region {
        el
        en
      }
      keps {
        id
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
      }
    }
  }
`

interface Kep {
  id: string
  name: LocalizedText
  address: LocalizedText
  city: LocalizedText
  postalCode: string
}

interface Municipality {
  id: string
  name: LocalizedText
  region: LocalizedText
  keps: Kep[]
}

interface ParticipatingMunicipalitiesData {
  municipalities: Municipality[]
}

// Everything a citizen might type to find theirs, in both languages, folded once.
function searchTextOf(municipality: Municipality): string {
  const texts = [municipality.name, municipality.region, ...municipality.keps.map((k) => k.city)]
  return foldForSearch(texts.flatMap((text) => [text.el, text.en]).join(' | '))
}

/** The municipalities in myKEPlive and their KEPs, filtered as the citizen types. */
export function MunicipalitySearch() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const searchId = useId()
  const [search, setSearch] = useState('')
  const { data, error, loading } = useGraphQL<ParticipatingMunicipalitiesData>(
    participatingMunicipalitiesQuery,
  )

  const indexed = useMemo(() => {
    const collator = new Intl.Collator(language)
    return (data?.municipalities ?? [])
      .map((municipality) => ({ municipality, searchText: searchTextOf(municipality) }))
      .sort((a, b) =>
        collator.compare(a.municipality.name[language], b.municipality.name[language]),
      )
  }, [data, language])

  const folded = foldForSearch(search)
  const found = folded ? indexed.filter((entry) => entry.searchText.includes(folded)) : indexed

  return (
    <section aria-labelledby="municipalities-title">
      <h2 id="municipalities-title">{t('municipalities.title')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={searchId}>
          {t('municipalities.search.label')}
        </label>
        <span className="field__hint" id={`${searchId}-hint`}>
          {t('municipalities.search.hint')}
        </span>
        <input
          id={searchId}
          className="field__input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${searchId}-hint`}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <RequestStatus loading={loading} error={error} />
      {data ? (
        <>
          <p role="status" aria-live="polite">
            {found.length > 0
              ? t('municipalities.found', { count: found.length })
              : t('municipalities.none')}
          </p>
          <ul className="item-list">
            {found.map(({ municipality }) => (
              <li key={municipality.id} className="card">
                <h3>
                  {localized(municipality.name)}{' '}
                  <span className="secondary">({localized(municipality.region)})</span>
                </h3>
                <ul
                  className="item-list item-list--columns"
                  aria-label={t('municipalities.kepsOf', { name: localized(municipality.name) })}
                >
                  {municipality.keps.map((kep) => (
                    <li key={kep.id}>
                      <strong>{localized(kep.name)}</strong>
                      <br />
                      {localized(kep.address)}
                      <br />
                      {kep.postalCode} {localized(kep.city)}
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
