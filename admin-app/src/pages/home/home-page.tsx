import { CatalogCounts } from '../../features/catalog-counts/catalog-counts'
import { useRole } from '../../features/common/use-role'
import { MailCounts } from '../../features/mail/mail-counts'
import { useT } from '../../i18n'

/** What the app offers the logged-in role, and the catalogue in numbers. */
export function HomePage() {
  const t = useT()
  const role = useRole()
  return (
    <>
      <h1>{t('home.title')}</h1>
      {role ? (
        <>
          <p>{t('home.intro', { role: t(`role.${role}`) })}</p>
          <p>{t(`home.offers.${role}`)}</p>
        </>
      ) : null}
      <p>{t('home.impactNote')}</p>
      <CatalogCounts />
      {role ? <MailCounts /> : null}
    </>
  )
}
