import { useEffect, type ReactNode } from 'react'
import { useT } from './i18n/i18n'
import { LanguageSwitch } from './language-switch'

export interface PageHeaderProps {
  /** What this app is for, shown beside the service name, e.g. "Υπάλληλοι ΚΕΠ". */
  appName: string
  /** The app's home, e.g. "/staff/". */
  homeHref: string
}

export function PageHeader({ appName, homeHref }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div className="container page-header__inner">
        <a className="page-header__brand" href={homeHref}>
          <span className="page-header__service">myKEPlive</span>
          <span className="page-header__app">{appName}</span>
        </a>
        <LanguageSwitch />
      </div>
    </header>
  )
}

export interface LayoutProps extends PageHeaderProps {
  /** The browser tab's title, in the current language. */
  documentTitle: string
  children: ReactNode
}

/** Skip link, header, the one `<main>` landmark and the footer, in that order. */
export function Layout({ appName, homeHref, documentTitle, children }: LayoutProps) {
  const t = useT()

  useEffect(() => {
    document.title = documentTitle
  }, [documentTitle])

  return (
    <>
      <a className="skip-link" href="#main">
        {t('ui.skipLink')}
      </a>
      <PageHeader appName={appName} homeHref={homeHref} />
      {/* tabIndex lets the skip link move keyboard focus, not only the scroll position */}
      <main id="main" className="container page-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="page-footer">
        <div className="container">
          <p>{t('ui.footer.about')}</p>
          <p>{t('ui.footer.license')}</p>
        </div>
      </footer>
    </>
  )
}
