import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  formatLocalDate,
  PageHeading,
  RequestStatus,
  TextField,
  useLanguage,
  useLocalized,
  usePageTitle,
} from '@keplive/ui'
import { useMemo, useState } from 'react'
import { Link } from 'wouter'
import { foldForSearch, latinOf } from '../../features/municipality-search/fold-for-search'
import { graphql } from '../../gql'
import type { MunicipalityListQuery } from '../../gql/graphql'
import { municipalityList as el } from '../../i18n/el/municipality-list'
import { municipalityList as en } from '../../i18n/en/municipality-list'

type ListKey = keyof typeof el

// The list's catalogs load with this page only (a lazy route), not with the home page.
function useListT(): (key: ListKey, values?: Record<string, string | number>) => string {
  const { language } = useLanguage()
  const messages = language === 'en' ? en : el
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (all, name: string) => String(values?.[name] ?? all))
}

const municipalityListQuery = graphql(`
  query MunicipalityList {
    municipalities(participating: true) {
      id
      joinedOn
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
        phone
      }
      procedures {
        id
        title {
          el
          en
        }
      }
    }
  }
`)

type Municipality = MunicipalityListQuery['municipalities'][number]

function searchTextOf(municipality: Municipality): string {
  const texts = [municipality.name, municipality.region, ...municipality.keps.map((k) => k.city)]
  const greek = foldForSearch(texts.map((text) => text.el).join(' | '))
  const english = foldForSearch(texts.map((text) => text.en).join(' | '))
  return `${greek} | ${latinOf(greek)} | ${english}`
}

/**
 * The public list of participating municipalities (R5.3): each with its region, the date it
 * joined, its KEPs and its municipal services, filtered as the visitor types. The same data is
 * the public API's `municipalities(participating: true)`.
 */
export function MunicipalitiesPage() {
  const t = useListT()
  const localized = useLocalized()
  const { language } = useLanguage()
  usePageTitle(t('municipalityList.title'))
  const [search, setSearch] = useState('')
  const { data, loading, error } = useQuery(municipalityListQuery)
  const indexed = useMemo(() => {
    const collator = new Intl.Collator(language)
    return (data?.municipalities ?? [])
      .map((municipality) => ({ municipality, searchText: searchTextOf(municipality) }))
      .sort((a, b) =>
        collator.compare(a.municipality.name[language], b.municipality.name[language]),
      )
  }, [data, language])
  const folded = foldForSearch(search)
  const shown = folded ? indexed.filter((entry) => entry.searchText.includes(folded)) : indexed

  return (
    <>
      <PageHeading>{t('municipalityList.title')}</PageHeading>
      <p className="govgr-body-l">{t('municipalityList.lead')}</p>
      <TextField
        label={t('municipalityList.filter')}
        hint={t('municipalityList.filter.hint')}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <RequestStatus loading={loading} error={apiErrorOf(error)} />
      {data ? (
        <>
          <p className="govgr-body" role="status" aria-live="polite">
            {!folded
              ? t('municipalityList.count', { count: indexed.length })
              : shown.length > 0
                ? t('municipalityList.found', { count: shown.length })
                : t('municipalityList.none')}
          </p>
          <ul className="keplive-municipalities" data-testid="municipality-list">
            {shown.map(({ municipality }) => (
              <li key={municipality.id} className="keplive-municipalities__item">
                <section aria-labelledby={`municipality-${municipality.id}`}>
                  <h2 className="govgr-heading-m" id={`municipality-${municipality.id}`}>
                    {localized(municipality.name)}
                  </h2>
                  <dl className="govgr-summary-list">
                    <div className="govgr-summary-list__row">
                      <dt className="govgr-summary-list__key">{t('municipalityList.region')}</dt>
                      <dd className="govgr-summary-list__value">
                        {localized(municipality.region)}
                      </dd>
                    </div>
                    <div className="govgr-summary-list__row">
                      <dt className="govgr-summary-list__key">{t('municipalityList.joined')}</dt>
                      <dd className="govgr-summary-list__value">
                        {municipality.joinedOn
                          ? formatLocalDate(municipality.joinedOn, language)
                          : t('municipalityList.joined.unknown')}
                      </dd>
                    </div>
                  </dl>
                  <h3 className="govgr-heading-s">{t('municipalityList.keps')}</h3>
                  <ul className="govgr-list keplive-kep-list">
                    {municipality.keps.map((kep) => (
                      <li key={kep.id}>
                        <strong>{localized(kep.name)}</strong>
                        <br />
                        {localized(kep.address)}, {kep.postalCode} {localized(kep.city)}
                        {kep.phone ? <>, {kep.phone}</> : null}
                      </li>
                    ))}
                  </ul>
                  <h3 className="govgr-heading-s">{t('municipalityList.services')}</h3>
                  {municipality.procedures.length === 0 ? (
                    <p className="govgr-body">{t('municipalityList.services.none')}</p>
                  ) : (
                    <ul className="govgr-list govgr-list--bullet">
                      {municipality.procedures.map((procedure) => (
                        <li key={procedure.id}>{localized(procedure.title)}</li>
                      ))}
                    </ul>
                  )}
                </section>
              </li>
            ))}
          </ul>
          <p className="govgr-body">
            <Link className="govgr-btn govgr-btn-primary" href="/book">
              {t('municipalityList.book')}
            </Link>
          </p>
          <p className="govgr-body">{t('municipalityList.forThirdParties')}</p>
        </>
      ) : null}
    </>
  )
}
