export {
  I18nProvider,
  storedLanguage,
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
export { PageHeading, usePageTitle, type PageTitleRank } from './page-title'
export { RouteFocus } from './route-focus'
export { Navigation, type NavigationItem, type NavigationLink } from './navigation'
export { ConfirmStep, type ConfirmStepProps } from './confirm-step'
export {
  addLocalDays,
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatLongDate,
  formatTime,
  localToday,
  serviceTimeZone,
} from './format'
export { Button, type ButtonProps } from './govgr/button'
export {
  SelectField,
  TextArea,
  TextField,
  type SelectFieldProps,
  type TextAreaProps,
  type TextFieldProps,
} from './govgr/field'
export {
  Checkboxes,
  Radios,
  type CheckboxesProps,
  type Choice,
  type RadiosProps,
} from './govgr/choices'
export { ErrorSummary, type ErrorSummaryItem } from './govgr/error-summary'
export {
  BackLink,
  ConfirmationPanel,
  Loading,
  Notice,
  StepProgress,
  SummaryList,
  WarningText,
  type SummaryRow,
} from './govgr/blocks'
