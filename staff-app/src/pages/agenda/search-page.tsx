import { useQuery } from '@apollo/client/react'
import { apiErrorOf, fieldMessage } from '@keplive/api'
import { ErrorSummary, Loading, useLanguage, usePageTitle } from '@keplive/ui'
import { Link, useSearch } from 'wouter'
import { findKepBookingsQuery } from '../../features/agenda/agenda-operations'
import { AppointmentsTable } from '../../features/agenda/appointments-table'
import { SearchForm, searchFieldId } from '../../features/agenda/search-form'
import { useT } from '../../i18n'

/** The server answers at most this many (findKepBookings). */
const resultLimit = 50

/**
 * Issue 14: the KEP's bookings by reference, name or email; the words searched for are in the
 * address (?q=…), so back and reload show the same answer. Each result opens the booking's page
 * and the call's.
 */
export function SearchPage() {
  const t = useT()
  const { language } = useLanguage()
  const query = new URLSearchParams(useSearch()).get('q') ?? ''
  usePageTitle(query ? `${t('search.title')} — ${query}` : t('search.title'))
  const { data, loading, error } = useQuery(findKepBookingsQuery, {
    variables: { query },
    skip: query === '',
    fetchPolicy: 'network-only',
  })
  const problem = apiErrorOf(error)
  const fieldError = fieldMessage(problem, 'query')?.[language]
  const failure = problem && !fieldError ? problem.messages?.[language] : undefined
  const results = data?.findKepBookings ?? []
  return (
    <>
      {fieldError ? (
        <ErrorSummary
          title={t('search.errorTitle')}
          items={[{ fieldId: searchFieldId, message: fieldError }]}
        />
      ) : null}
      <h1>{t('search.title')}</h1>
      <p>
        <Link href="/" className="govgr-link">
          {t('search.back')}
        </Link>
      </p>
      <SearchForm key={query} initial={query} error={fieldError} />
      <div role="status" aria-live="polite">
        {loading ? <Loading /> : null}
        {failure ? <p className="govgr-error-message">{failure}</p> : null}
        {data && results.length === 0 ? <p>{t('search.none', { query })}</p> : null}
        {results.length >= resultLimit ? (
          <p className="govgr-hint">{t('search.limit', { count: resultLimit })}</p>
        ) : null}
      </div>
      {results.length > 0 ? (
        <AppointmentsTable
          caption={t('search.results', { query })}
          appointments={results}
          showAssigned
          showDate
        />
      ) : null}
    </>
  )
}
