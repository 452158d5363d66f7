import { useT } from '../../i18n'

/**
 * What an anonymous visitor sees instead of any page: what the app is, and the public-administration
 * login (the server is the OAuth client; `role=admin` brings the administrator back here).
 */
export function LoginPage() {
  const t = useT()
  const here = `${window.location.pathname}${window.location.search}`
  return (
    <>
      <h1 className="govgr-heading-xl">{t('login.title')}</h1>
      <p className="govgr-body">{t('login.intro')}</p>
      <p className="govgr-body">{t('login.municipalities')}</p>
      <p className="govgr-body">{t('login.how')}</p>
      <a
        className="govgr-btn govgr-btn-primary govgr-btn-cta"
        role="button"
        href={`/auth/login?role=admin&returnTo=${encodeURIComponent(here)}`}
      >
        {t('login.button')}
      </a>
    </>
  )
}
