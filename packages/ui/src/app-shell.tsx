import type { ReactNode } from 'react'
import { I18nProvider, useT, type Catalogs, type Language } from './i18n/i18n'
import { Layout } from './layout'
import { SessionControl, type SessionControlProps } from './session-control'

type ShellKey = 'app.name' | 'app.documentTitle'

export interface AppShellProps<K extends string> {
  /** The app's messages; they must name the app (`app.name`) and its page title (`app.documentTitle`). */
  catalogs: Catalogs<K | ShellKey>
  /** Brings a language's messages into `catalogs` when the app loads them apart (see I18nProvider). */
  loadLanguage?: (language: Language) => Promise<void>
  /** Who logs in from this app. */
  role: SessionControlProps['role']
  /** Where the app's home is, e.g. `/` or `/staff/`. */
  homeHref: string
  /** The app's main navigation, rendered with its own router's links. */
  navigation?: ReactNode
  /** The app's own footer links after the notices', as `<li>`s. */
  footerLinks?: ReactNode
  children: ReactNode
}

function Frame({
  role,
  homeHref,
  navigation,
  footerLinks,
  children,
}: Omit<AppShellProps<string>, 'catalogs' | 'loadLanguage'>) {
  const t = useT<ShellKey>()
  return (
    <Layout
      appName={t('app.name')}
      homeHref={homeHref}
      documentTitle={t('app.documentTitle')}
      actions={<SessionControl role={role} />}
      navigation={navigation}
      footerLinks={footerLinks}
    >
      {children}
    </Layout>
  )
}

/** What every app of ours is wrapped in: translations, the page layout, the login control. */
export function AppShell<K extends string>({ catalogs, loadLanguage, ...frame }: AppShellProps<K>) {
  return (
    <I18nProvider catalogs={catalogs} loadLanguage={loadLanguage}>
      <Frame {...frame} />
    </I18nProvider>
  )
}
