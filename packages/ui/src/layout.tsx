import { useCallback, useEffect, useRef, useState, type ReactNode, type Ref } from 'react'
import { useLanguage, useT } from './i18n/i18n'
import { LanguageSwitch } from './language-switch'
import {
  chosenPageTitle,
  PageTitleContext,
  type PageTitleRank,
  type SetPageTitle,
} from './page-title'

// What the menu button shows and hides on a phone; on a wider screen both are always there.
const sessionMenuId = 'keplive-session-menu'
const siteMenuId = 'keplive-site-menu'

export interface PageHeaderProps {
  /** What this app is for, shown beside the service name, e.g. "Υπάλληλοι ΚΕΠ". */
  appName: string
  /** The app's home, e.g. "/staff/". */
  homeHref: string
  /** Controls at the header's end, e.g. the login control. */
  actions?: ReactNode
}

interface MenuButtonProps {
  open: boolean
  /** The ids of what the button shows and hides. */
  controls: string
  onToggle: () => void
  buttonRef: Ref<HTMLButtonElement>
}

/**
 * The GOV.GR header: the service's name, the app's name, the language switch, the login. On a
 * phone (the stylesheet decides, so a page rendered at build time is right before its script
 * runs) the login and the app's navigation wait behind one "Menu" button (issue 16 item 6).
 */
export function PageHeader({
  appName,
  homeHref,
  actions,
  menu,
}: PageHeaderProps & { menu?: MenuButtonProps }) {
  const t = useT()
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
          {menu ? (
            <button
              type="button"
              ref={menu.buttonRef}
              className="keplive-header-button keplive-menu-button"
              aria-expanded={menu.open}
              aria-controls={menu.controls}
              onClick={menu.onToggle}
            >
              {t('ui.menu')}
            </button>
          ) : null}
          {actions ? (
            <div id={sessionMenuId} className="keplive-header__session">
              {actions}
            </div>
          ) : null}
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
  /** The app's own footer links after the notices', as `<li>`s (the staff app's notice). */
  footerLinks?: ReactNode
  children: ReactNode
}

// Issue 19 item 4: the server's notices and statements, Greek at /x and English at /x/en.
const notices = ['privacy', 'cookies', 'accessibility', 'terms'] as const

/** Skip link, header, navigation, the one `<main>` landmark and the footer, in that order. */
export function Layout({
  appName,
  homeHref,
  documentTitle,
  actions,
  navigation,
  footerLinks,
  children,
}: LayoutProps) {
  const t = useT()
  const { language } = useLanguage()
  const [titles, setTitles] = useState<{ id: string; text: string; rank: PageTitleRank }[]>([])
  const setPageTitle = useCallback<SetPageTitle>((id, title) => {
    // the latest set goes last, so of two equally specific titles the newer one shows
    setTitles((all) => [
      ...all.filter((entry) => entry.id !== id),
      ...(title ? [{ id, ...title }] : []),
    ])
  }, [])
  const pageTitle = chosenPageTitle(titles)

  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${documentTitle}` : documentTitle
  }, [documentTitle, pageTitle])

  const menu = useMenu()
  const controls = [actions ? sessionMenuId : null, navigation ? siteMenuId : null]
    .filter(Boolean)
    .join(' ')

  return (
    <div
      className={
        menu.open
          ? 'govgr-layout-wrapper keplive-layout keplive-layout--menu-open'
          : 'govgr-layout-wrapper keplive-layout'
      }
    >
      <a className="govgr--skip-link keplive-skip-link" href="#main">
        {t('ui.skipLink')}
      </a>
      <PageHeader
        appName={appName}
        homeHref={homeHref}
        actions={actions}
        menu={controls ? { ...menu, controls } : undefined}
      />
      {navigation ? (
        <div id={siteMenuId} className="keplive-service-nav" ref={menu.siteMenuRef}>
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
                <ul className="govgr-footer__inline-list">
                  {notices.map((notice) => (
                    <li key={notice} className="govgr-footer__inline-list-item">
                      <a
                        className="govgr-footer__link"
                        href={language === 'en' ? `/${notice}/en` : `/${notice}`}
                      >
                        {t(`ui.footer.${notice}`)}
                      </a>
                    </li>
                  ))}
                  {footerLinks}
                </ul>
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

/**
 * The phone's menu disclosure: the button toggles it; Escape closes it and, from inside the
 * menu, puts the focus back on the button, so a keyboard user is where they opened it.
 */
function useMenu() {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const siteMenuRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    // following a link of the menu closes it: the new page starts with the menu out of the way
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a')) setOpen(false)
    }
    const siteMenu = siteMenuRef.current
    siteMenu?.addEventListener('click', onClick)
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      // focus comes back to the button only from the menu: a field elsewhere keeps it
      const inMenu = [buttonRef.current, document.getElementById(sessionMenuId), siteMenu].some(
        (part) => part?.contains(document.activeElement),
      )
      setOpen(false)
      if (inMenu) buttonRef.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      siteMenu?.removeEventListener('click', onClick)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])
  return { open, buttonRef, siteMenuRef, onToggle: () => setOpen((was) => !was) }
}
