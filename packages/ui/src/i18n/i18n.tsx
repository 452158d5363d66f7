import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { el as uiEl, type UiMessageKey } from './el'

export type Language = 'el' | 'en'

/** A text the API gives in both languages. */
export interface LocalizedText {
  el: string
  en: string
}

/**
 * An app's messages: the English catalog must have exactly the Greek catalog's keys, and take in
 * the shared pieces' English (`uiEnglish` of '@keplive/ui/i18n/en'). Greek, the first language,
 * is built in here; English comes with the app's English, so a first download in Greek need not
 * carry it (the citizen app loads English apart, issue 16 item 8).
 */
export interface Catalogs<K extends string> {
  el: Record<K, string>
  en: Record<K, string>
}

/** Values for `{name}` placeholders in a message. */
export type MessageValues = Record<string, string | number>

export type Translate<K extends string> = (key: K | UiMessageKey, values?: MessageValues) => string

interface I18nValue {
  language: Language
  setLanguage: (language: Language) => void
  t: Translate<string>
}

const I18nContext = createContext<I18nValue | null>(null)

const storageKey = 'keplive.language'

// Greek first (the service is Greek); English only when the user chose it on this device.
// The citizen app's prerendered pages are Greek: its main.tsx hydrates them only for Greek.
export function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'el'
  } catch {
    return 'el' // storage can be disabled (private mode, blocked cookies)
  }
}

function format(message: string, values?: MessageValues): string {
  if (!values) return message
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  )
}

export function I18nProvider<K extends string>({
  catalogs,
  loadLanguage,
  children,
}: {
  /**
   * The app's messages. Read at each translation, not copied: an app may add a part to them
   * later (the citizen app adds its booking's texts when a booking page loads, issue 16 item 8).
   */
  catalogs: Catalogs<K>
  /** Brings a language's messages into `catalogs` before the app switches to it, if they load apart. */
  loadLanguage?: (language: Language) => Promise<void>
  children: ReactNode
}) {
  const [language, setLanguageState] = useState<Language>(storedLanguage)

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  const setLanguage = useCallback(
    (next: Language) => {
      const switchTo = () => {
        setLanguageState(next)
        try {
          localStorage.setItem(storageKey, next)
        } catch {
          // the choice then lasts for this page only
        }
      }
      if (!loadLanguage) switchTo()
      // not loaded (the network failed): the page stays in the language it is readable in
      else loadLanguage(next).then(switchTo, () => undefined)
    },
    [loadLanguage],
  )

  const value = useMemo<I18nValue>(() => {
    const own: Record<string, string | undefined> = catalogs[language]
    const shared: Record<string, string | undefined> = language === 'en' ? {} : uiEl
    return {
      language,
      setLanguage,
      t: (key, values) => format(own[key] ?? shared[key] ?? key, values),
    }
  }, [language, setLanguage, catalogs])

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useT() and useLanguage() need an <I18nProvider> above them.')
  return value
}

/**
 * The translate function for the current language. Apps pin their own keys once, in their
 * i18n/index.ts: `export const useT = () => useUiT<MessageKey>()`.
 */
export function useT<K extends string = UiMessageKey>(): Translate<K> {
  return useI18n().t
}

export function useLanguage(): Pick<I18nValue, 'language' | 'setLanguage'> {
  const { language, setLanguage } = useI18n()
  return { language, setLanguage }
}

/** Picks the current language's side of a text from the API. */
export function useLocalized(): (text: LocalizedText) => string {
  const { language } = useI18n()
  return useCallback((text: LocalizedText) => text[language], [language])
}
