import { Link } from 'wouter'
import { useT } from '../../i18n'

export function NotFoundPage() {
  const t = useT()
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
