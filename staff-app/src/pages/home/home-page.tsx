import { KepDirectory } from '../../features/kep-directory/kep-directory'
import { useT } from '../../i18n'

/** A placeholder for the employee's agenda, which needs staff sign-in first. */
export function HomePage() {
  const t = useT()
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <KepDirectory />
    </>
  )
}
