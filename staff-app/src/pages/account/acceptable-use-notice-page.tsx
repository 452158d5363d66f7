import { usePageTitle } from '@keplive/ui'
import { useT } from '../../i18n'

/**
 * Issue 19 item 4: the acceptable-use notice (Art. 7.2) to read again at any time, linked from
 * the footer; acknowledging it happens once, in front of the first page (AcceptableUsePage).
 */
export function AcceptableUseNoticePage() {
  const t = useT()
  usePageTitle(t('notice.title'))
  return (
    <>
      <h1>{t('notice.title')}</h1>
      <div className="govgr-inset-text">
        <p className="govgr-body-s">{t('notice.source')}</p>
        <p>{t('notice.purpose')}</p>
        <p>{t('notice.measures')}</p>
      </div>
    </>
  )
}
