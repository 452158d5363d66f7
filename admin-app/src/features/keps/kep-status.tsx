import { formatLocalDate, useLanguage } from '@keplive/ui'
import type { KepStatus } from '../../gql/graphql'
import { useT } from '../../i18n'

/** "Suspended from 5 Jan to 8 Jan", "Closed since 1 Feb", "Open". */
export function KepStatusText({
  status,
  from,
  until,
}: {
  status: KepStatus
  from?: string | null
  until?: string | null
}) {
  const t = useT()
  const { language } = useLanguage()
  const name = t(`keps.status.${status}`)
  if (!from) return <>{name}</>
  const since = formatLocalDate(from, language)
  return (
    <>
      {until
        ? t('keps.status.range', {
            status: name,
            from: since,
            until: formatLocalDate(until, language),
          })
        : t('keps.status.since', { status: name, from: since })}
    </>
  )
}
