import type { Translate } from '@keplive/ui'
import type { MessageKey } from '../../i18n'

/** How a variant of weekly hours is named on screen: all year, a date range or a season. */
export function variantLabel(
  t: Translate<MessageKey>,
  v: {
    validFrom?: string | null
    validTo?: string | null
    seasonFrom?: string | null
    seasonTo?: string | null
  },
): string {
  const parts: string[] = []
  if (v.validFrom || v.validTo) {
    parts.push(t('hours.label.range', { from: v.validFrom ?? '…', to: v.validTo ?? '…' }))
  }
  if (v.seasonFrom) {
    parts.push(t('hours.label.season', { from: v.seasonFrom, to: v.seasonTo ?? '' }))
  }
  return parts.length ? parts.join(', ') : t('hours.label.allYear')
}
