import { useQuery } from '@apollo/client/react'
import { SelectField, useLocalized } from '@keplive/ui'
import { kepChoicesQuery } from './operations'

/** A select of every KEP by name (code in brackets); `emptyLabel` is the choice of none. */
export function KepSelect({
  id,
  label,
  emptyLabel,
  value,
  onChange,
  error,
  exclude,
}: {
  id: string
  label: string
  emptyLabel: string
  value: string
  onChange: (kepId: string) => void
  error?: string
  exclude?: string
}) {
  const localized = useLocalized()
  const { data } = useQuery(kepChoicesQuery)
  const keps = [...(data?.keps ?? [])]
    .filter((kep) => kep.id !== exclude)
    .sort((a, b) => localized(a.name).localeCompare(localized(b.name)))
  return (
    <SelectField
      id={id}
      label={label}
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={[
        { value: '', label: emptyLabel },
        ...keps.map((kep) => ({ value: kep.id, label: `${localized(kep.name)} (${kep.code})` })),
      ]}
    />
  )
}
