import { Link } from 'wouter'
import { useT } from '../../i18n'

export function NotFoundPage() {
  const t = useT()
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link className="govgr-link" href="/">
          {t('notFound.back')}
        </Link>
      </p>
    </>
  )
}
