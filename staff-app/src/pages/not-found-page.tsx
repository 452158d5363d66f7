import { usePageTitle } from '@keplive/ui'
import { Link } from 'wouter'
import { useT } from '../i18n'

export function NotFoundPage() {
  const t = useT()
  usePageTitle(t('notFound.title'))
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </>
  )
}
