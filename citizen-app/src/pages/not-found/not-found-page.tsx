import { PageHeading, usePageTitle } from '@keplive/ui'
import { Link } from 'wouter'
import { useT } from '../../i18n'

export function NotFoundPage() {
  const t = useT()
  usePageTitle(t('common.notFound.title'))
  return (
    <>
      <PageHeading>{t('common.notFound.title')}</PageHeading>
      <p className="govgr-body">{t('common.notFound.body')}</p>
      <Link className="govgr-link" href="/">
        {t('common.notFound.home')}
      </Link>
    </>
  )
}
