import { escapeHtml } from '../../modules/identity/html.js'

// The server's own static pages in the GOV.GR look, no script: the developer page (issue 17
// item 5), the notices and statements, and the not-found page (issue 19 items 4, 5). One shell,
// so they share the header, the language link and the footer's links to the notices.

export type PageLocale = 'el' | 'en'

/** Where the shell's stylesheets are served (the developer page's router serves them). */
export const pageAssetPaths = {
  govgrCss: '/developers/assets/govgr.css',
  css: '/developers/assets/developers.css',
} as const

/** The notices every page's footer links to, Greek at the path and English at `<path>/en`. */
export const noticePaths = {
  privacy: '/privacy',
  cookies: '/cookies',
  accessibility: '/accessibility',
  terms: '/terms',
} as const

export type NoticeKind = keyof typeof noticePaths

/** A notice's address in a language: Greek is the plain path, English adds `/en`. */
export const noticeHref = (kind: NoticeKind, locale: PageLocale) =>
  locale === 'el' ? noticePaths[kind] : `${noticePaths[kind]}/en`

const shellText = {
  el: {
    skip: 'Μετάβαση στο κύριο περιεχόμενο',
    otherLanguage: 'English',
    notices: 'Σημειώσεις και δηλώσεις',
    links: {
      privacy: 'Προστασία προσωπικών δεδομένων',
      cookies: 'Cookies',
      accessibility: 'Δήλωση προσβασιμότητας',
      terms: 'Όροι χρήσης',
    },
    about: 'Υπηρεσία βιντεοκλήσης των Κέντρων Εξυπηρέτησης Πολιτών (ΚΕΠ).',
  },
  en: {
    skip: 'Skip to main content',
    otherLanguage: 'Ελληνικά',
    notices: 'Notices and statements',
    links: {
      privacy: 'Privacy notice',
      cookies: 'Cookies',
      accessibility: 'Accessibility statement',
      terms: 'Terms of use',
    },
    about: 'The video-call service of the Citizen Service Centres (KEP).',
  },
} as const

export interface PageShellOptions {
  locale: PageLocale
  /** The page's heading and the first part of its `<title>`. */
  title: string
  /** Shown beside the service's name in the header. */
  appName: string
  /** The same page in the other language; absent: no language link. */
  otherLanguageHref?: string
  /** The main content's HTML, after the `<h1>` (already escaped). */
  body: string
}

/** A whole static page: skip link, header, one `<main>`, the footer with the notices' links. */
export function pageShell({ locale, title, appName, otherLanguageHref, body }: PageShellOptions) {
  const t = shellText[locale]
  const other: PageLocale = locale === 'el' ? 'en' : 'el'
  const language = otherLanguageHref
    ? `<a class="govgr-header-link keplive-language" href="${escapeHtml(otherLanguageHref)}" lang="${other}" hreflang="${other}">${t.otherLanguage}</a>`
    : ''
  const links = (Object.keys(noticePaths) as NoticeKind[])
    .map(
      (kind) =>
        `<li class="govgr-footer__inline-list-item"><a class="govgr-footer__link" href="${noticeHref(kind, locale)}">${t.links[kind]}</a></li>`,
    )
    .join('')
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — myKEPlive</title>
<link rel="stylesheet" href="${pageAssetPaths.govgrCss}">
<link rel="stylesheet" href="${pageAssetPaths.css}">
</head>
<body>
<div class="govgr-layout-wrapper">
<a class="govgr--skip-link" href="#main">${t.skip}</a>
<header class="govgr-header">
<div class="govgr-header__container">
<div class="govgr-header__content">
<a class="govgr-header-link" href="/"><span class="govgr-header-title">myKEPlive</span></a>
<span class="keplive-brand__app">${escapeHtml(appName)}</span>
</div>
${language}
</div>
</header>
<div class="govgr-width-container">
<main id="main" class="govgr-main-wrapper" tabindex="-1">
<h1 class="govgr-heading-xl">${escapeHtml(title)}</h1>
${body}
</main>
</div>
<footer class="govgr-footer">
<div class="govgr-width-container">
<h2 class="govgr-visually-hidden">${t.notices}</h2>
<ul class="govgr-footer__inline-list keplive-footer-links">${links}</ul>
<p class="govgr-footer__licence-description">${t.about}</p>
</div>
</footer>
</div>
</body>
</html>
`
}

/** Our few rules beside GOV.GR's: code blocks and tables that scroll inside a 360 px screen. */
export const pageShellCss = `
body { margin: 0; }
.govgr-header__container { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem; }
.keplive-brand__app { color: #fff; margin-left: 0.75rem; font-weight: 600; }
.keplive-language { color: #fff; }
.keplive-code { background: #f3f4f6; color: #0b0c0c; border-left: 4px solid #003476; padding: 0.75rem 1rem; overflow-x: auto; font-size: 0.9rem; line-height: 1.4; margin: 0 0 1.5rem; }
.keplive-code:focus-visible { outline: 3px solid #ffdd00; }
.keplive-scroll { overflow-x: auto; margin-bottom: 1.5rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.govgr-main-wrapper { padding-top: 1.5rem; padding-bottom: 2rem; }
.keplive-footer-links { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; margin: 0 0 1rem; }
`
