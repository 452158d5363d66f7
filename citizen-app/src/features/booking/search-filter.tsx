import { TextField } from '@keplive/ui'
import { useT } from '../../i18n'

/** A search box that filters a list below it as the citizen types, and says how many match. */
export function SearchFilter({
  id,
  label,
  hint,
  value,
  onChange,
  matches,
}: {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  matches: number
}) {
  const t = useT()
  return (
    <div className="keplive-search">
      <TextField
        id={id}
        label={label}
        hint={hint}
        type="search"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        // Enter filters; it must not submit the step with a half-typed search
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault()
        }}
      />
      <p className="govgr-hint" role="status">
        {value.trim()
          ? matches === 1
            ? t('booking.search.oneMatch')
            : t('booking.search.matches', { count: matches })
          : ''}
      </p>
    </div>
  )
}
