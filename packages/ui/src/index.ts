export {
  I18nProvider,
  useLanguage,
  useLocalized,
  useT,
  type Catalogs,
  type Language,
  type LocalizedText,
  type MessageValues,
  type Translate,
} from './i18n/i18n'
export type { UiMessageKey } from './i18n/el'
export { useGraphQL, type GraphQLResult, type RequestError } from './graphql'
export { LanguageSwitch } from './language-switch'
export { Layout, PageHeader, type LayoutProps, type PageHeaderProps } from './layout'
export { RequestStatus, useErrorMessage } from './request-status'
export { SessionControl, type SessionControlProps } from './session-control'
export { AppShell, type AppShellProps } from './app-shell'
