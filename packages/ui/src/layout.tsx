import { useEffect, useState, type ReactNode } from 'react'
import { useT } from './i18n/i18n'
import { LanguageSwitch } from './language-switch'
import { PageTitleContext } from './page-title'

export interface PageHeaderProps {
  /** What this app is for, shown beside the service name, e.g. "Υπάλληλοι ΚΕΠ". */
  appName: string
  /** The app's home, e.g. "/staff/". */
  homeHref: string
  /** Controls at the header's end, e.g. the login control. */
  actions?: ReactNode
}

/** The GOV.GR header: the service's name, the app's name, the language switch, the login. */
export function PageHeader({ appName, homeHref, actions }: PageHeaderProps) {
  return (
    <header className="govgr-header">
      <div className="govgr-header__container">
        <div className="govgr-header__content">
          <a className="govgr-header-link keplive-brand" href={homeHref}>
            <span className="govgr-header-title">myKEPlive</span>
            <span className="keplive-brand__app">{appName}</span>
          </a>
        </div>
        <div className="keplive-header__actions">
          <LanguageSwitch />
          {actions}
        </div>
      </div>
    </header>
  )
}

export interface LayoutProps extends PageHeaderProps {
  /** The browser tab's title, in the current language. */
  documentTitle: string
  /**
   * The app's main navigation (a `<nav>` with its links), shown under the header on every page.
   * The app renders it so its links can be its router's (no page reload).
   */
  navigation?: ReactNode
  children: ReactNode
}

/** Skip link, header, navigation, the one `<main>` landmark and the footer, in that order. */
export function Layout({
  appName,
  homeHref,
  documentTitle,
  actions,
  navigation,
  children,
}: LayoutProps) {
  const t = useT()
  const [pageTitle, setPageTitle] = useState<string | null>(null)

  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${documentTitle}` : documentTitle
  }, [documentTitle, pageTitle])

  return (
    <div className="govgr-layout-wrapper">
      <a className="govgr--skip-link keplive-skip-link" href="#main">
        {t('ui.skipLink')}
      </a>
      <PageHeader appName={appName} homeHref={homeHref} actions={actions} />
      {navigation ? (
        <div className="keplive-service-nav">
          <div className="govgr-width-container">{navigation}</div>
        </div>
      ) : null}
      <div className="govgr-width-container">
        {/* tabIndex lets the skip link move keyboard focus, not only the scroll position */}
        <main id="main" className="govgr-main-wrapper" tabIndex={-1}>
          <PageTitleContext.Provider value={setPageTitle}>{children}</PageTitleContext.Provider>
        </main>
      </div>
      <footer className="govgr-footer">
        <div className="govgr-width-container">
          <div className="govgr-footer__meta">
            <div className="govgr-footer__meta-item govgr-footer__meta-item--grow">
              <div className="govgr-footer__content">
                <p className="govgr-footer__licence-description">{t('ui.footer.about')}</p>
                <p className="govgr-footer__licence-description">{t('ui.footer.license')}</p>
              </div>
            </div>
          </div>
        </div>
      </footer>
    </div>
  )
}
