import { usePageTitle } from '@keplive/ui'
import { Link } from 'wouter'
import { useT } from '../../i18n'

export function NotFoundPage() {
  const t = useT()
  usePageTitle(t('common.notFound.title'))
  return (
    <>
      <h1 className="govgr-heading-xl">{t('common.notFound.title')}</h1>
      <p className="govgr-body">{t('common.notFound.body')}</p>
      <Link className="govgr-link" href="/">
        {t('common.notFound.home')}
      </Link>
    </>
  )
}
