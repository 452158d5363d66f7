import { useLanguage } from '@keplive/ui'
import { useT } from '../../i18n'

/** R6.1: what to have at hand for the call — the identity document, and the procedure's own. */
export function RequiredDocuments({ documents }: { documents: { el: string[]; en: string[] } }) {
  const t = useT()
  const { language } = useLanguage()
  return (
    <section aria-labelledby="at-hand-title">
      <h2 id="at-hand-title" className="govgr-heading-m">
        {t('call.atHand.title')}
      </h2>
      <ul className="govgr-list govgr-list--bullet">
        <li>{t('call.atHand.identity')}</li>
        {documents[language].map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  )
}
