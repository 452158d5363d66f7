import { Button, TextField } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { useLocation } from 'wouter'
import { useT } from '../../i18n'

export const searchFieldId = 'booking-search'

/** The search of the KEP's bookings (GOV.GR search pattern): the answer is the search page. */
export function SearchForm({ initial = '', error }: { initial?: string; error?: string }) {
  const t = useT()
  const [, navigate] = useLocation()
  const [query, setQuery] = useState(initial)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate(`/search?${new URLSearchParams({ q: query }).toString()}`)
  }
  return (
    <form role="search" onSubmit={submit} noValidate className="keplive-toolbar">
      <TextField
        id={searchFieldId}
        label={t('search.label')}
        hint={t('search.hint')}
        error={error}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      <Button type="submit" variant="secondary">
        {t('search.submit')}
      </Button>
    </form>
  )
}
