import { useMemo, useState } from 'react'
import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { RequestStatus, TextField, useLanguage, useLocalized } from '@keplive/ui'
import { graphql } from '../../gql'
import type { ParticipatingMunicipalitiesQuery as Result } from '../../gql/graphql'
import { useT } from '../../i18n'
import { foldForSearch, latinOf } from './fold-for-search'

const ParticipatingMunicipalitiesQuery = graphql(`
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
`)

type Municipality = Result['municipalities'][number]

// Everything a citizen might type to find theirs, in both languages and in Greek written with
// Latin letters, folded once.
function searchTextOf(municipality: Municipality): string {
  const texts = [municipality.name, municipality.region, ...municipality.keps.map((k) => k.city)]
  const greek = foldForSearch(texts.map((text) => text.el).join(' | '))
  const english = foldForSearch(texts.map((text) => text.en).join(' | '))
  return `${greek} | ${latinOf(greek)} | ${english}`
}

/**
 * The municipalities in myKEPlive and their KEPs (R4.4), found as the citizen types: without
 * accents, in either language, or Greek in Latin letters. Until they type, only how many take
 * part: a list of every municipality made the home page 11,500 px tall on a phone (issue 16
 * item 6). The count of results is announced as it changes.
 */
export function MunicipalitySearch() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const [search, setSearch] = useState('')
  const { data, error, loading } = useQuery(ParticipatingMunicipalitiesQuery)

  const indexed = useMemo(() => {
    const collator = new Intl.Collator(language)
    return (data?.municipalities ?? [])
      .map((municipality) => ({ municipality, searchText: searchTextOf(municipality) }))
      .sort((a, b) =>
        collator.compare(a.municipality.name[language], b.municipality.name[language]),
      )
  }, [data, language])

  const folded = foldForSearch(search)
  const found = folded ? indexed.filter((entry) => entry.searchText.includes(folded)) : []

  return (
    <section aria-labelledby="municipalities-title">
      <h2 id="municipalities-title" className="govgr-heading-m">
        {t('municipalities.title')}
      </h2>
      <p className="govgr-body">{t('municipalities.intro')}</p>
      <TextField
        label={t('municipalities.search.label')}
        hint={t('municipalities.search.hint')}
        className="keplive-search__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <RequestStatus loading={loading} error={apiErrorOf(error)} />
      {data ? (
        <div data-testid="municipalities">
          <p className="govgr-body" role="status" aria-live="polite">
            {!folded
              ? t('municipalities.participating', { count: indexed.length })
              : found.length > 0
                ? t('municipalities.found', { count: found.length })
                : t('municipalities.none')}
          </p>
          <ul className="keplive-municipalities">
            {found.map(({ municipality }) => (
              <li key={municipality.id} className="keplive-municipalities__item">
                <details className="govgr-details">
                  <summary className="govgr-details__summary">
                    <span className="keplive-municipalities__name">
                      {localized(municipality.name)}
                    </span>{' '}
                    <span className="keplive-secondary">
                      ({localized(municipality.region)},{' '}
                      {t('municipalities.kepCount', { count: municipality.keps.length })})
                    </span>
                  </summary>
                  <ul
                    className="govgr-details__summary-text keplive-kep-list"
                    aria-label={t('municipalities.kepsOf', { name: localized(municipality.name) })}
                  >
                    {municipality.keps.map((kep) => (
                      <li key={kep.id}>
                        <strong>{localized(kep.name)}</strong>
                        <br />
                        {localized(kep.address)}, {kep.postalCode} {localized(kep.city)}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
