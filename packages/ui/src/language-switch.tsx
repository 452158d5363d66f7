import { useLanguage, type Language } from './i18n/i18n'

// Each language is named in itself, so a reader of either finds theirs: not translated.
const languageNames: Record<Language, string> = { el: 'Ελληνικά', en: 'English' }

/** Switches between Greek and English; its label is the other language, in that language. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage()
  const other: Language = language === 'el' ? 'en' : 'el'
  return (
    <button
      type="button"
      className="keplive-header-button"
      lang={other}
      onClick={() => setLanguage(other)}
    >
      {languageNames[other]}
    </button>
  )
}
