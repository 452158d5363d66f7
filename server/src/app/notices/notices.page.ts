import { escapeHtml } from '../../modules/identity/html.js'
import { productCookies } from '../../modules/identity/cookies.js'
import type { ContactsConfig } from '../../platform/config.js'
import { noticeHref, pageShell, type NoticeKind, type PageLocale } from '../pages/page-shell.js'
import {
  accessibilityText,
  cookiesText,
  notFoundText,
  privacyText,
  type RetentionTerms,
  termsText,
} from './notices.text.js'

// Issue 19 items 4, 5: the notices and statements, and the not-found page, as static pages of
// the server in the GOV.GR look (no script: they cost the apps' downloads nothing).

const appName = { el: 'Πληροφορίες', en: 'Information' } as const

const p = (text: string) => `<p class="govgr-body">${escapeHtml(text)}</p>`
const h2 = (text: string) => `<h2 class="govgr-heading-m">${escapeHtml(text)}</h2>`
const list = (items: readonly string[]) =>
  `<ul class="govgr-list govgr-list--bullet">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
const link = (href: string, text: string) =>
  `<a class="govgr-link" href="${escapeHtml(href)}">${escapeHtml(text)}</a>`

/** A table that scrolls inside a 360 px screen; the first column heads each row. */
function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[]) {
  const headCells = head
    .map((h) => `<th scope="col" class="govgr-table__header">${escapeHtml(h)}</th>`)
    .join('')
  const body = rows
    .map(
      ([first, ...rest]) =>
        `<tr class="govgr-table__row"><th scope="row" class="govgr-table__header">${escapeHtml(first ?? '')}</th>` +
        rest.map((cell) => `<td class="govgr-table__cell">${escapeHtml(cell)}</td>`).join('') +
        '</tr>',
    )
    .join('\n')
  return `<div class="keplive-scroll" tabindex="0" role="region" aria-label="${escapeHtml(caption)}">
<table class="govgr-table">
<caption class="govgr-table__caption">${escapeHtml(caption)}</caption>
<thead class="govgr-table__head"><tr class="govgr-table__row">${headCells}</tr></thead>
<tbody class="govgr-table__body">
${body}
</tbody>
</table>
</div>`
}

function privacyBody(locale: PageLocale, contacts: ContactsConfig, retention?: RetentionTerms) {
  const t = privacyText(contacts, retention)[locale]
  return [
    p(t.intro),
    h2(t.controllerHeading),
    p(t.controller),
    h2(t.dpoHeading),
    p(t.dpo),
    h2(t.purposesHeading),
    list(t.purposes),
    h2(t.basisHeading),
    p(t.basis),
    h2(t.recipientsHeading),
    list(t.recipients),
    h2(t.retentionHeading),
    table(t.retentionHeading, [t.datum, t.why, t.howLong], t.retention),
    `<p class="govgr-body">${link(noticeHref('cookies', locale), t.cookiesLink)}</p>`,
    h2(t.rightsHeading),
    list(t.rights),
    `<p class="govgr-body">${link('/my-data', t.myData)}</p>`,
  ].join('\n')
}

function cookiesBody(locale: PageLocale) {
  const t = cookiesText[locale]
  const rows = productCookies.map((c) => [c.name, c.purpose[locale], c.lifetime[locale]])
  return [
    p(t.intro),
    table(t.title, [t.name, t.purpose, t.lifetime], rows),
    p(t.prefixNote),
    h2(t.storageHeading),
    p(t.storage),
  ].join('\n')
}

function accessibilityBody(locale: PageLocale, contacts: ContactsConfig) {
  const t = accessibilityText(contacts)[locale]
  return [
    p(t.intro),
    h2(t.statusHeading),
    p(t.status),
    h2(t.limitsHeading),
    list(t.limits),
    h2(t.howHeading),
    p(t.how),
    h2(t.feedbackHeading),
    p(t.feedback),
    h2(t.enforcementHeading),
    p(t.enforcement),
    h2(t.preparedHeading),
    p(t.prepared),
  ].join('\n')
}

function termsBody(locale: PageLocale, contacts: ContactsConfig) {
  const t = termsText(contacts)[locale]
  return `<ol class="govgr-list govgr-list--number">${t.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ol>`
}

const titles = (contacts: ContactsConfig): Record<NoticeKind, Record<PageLocale, string>> => ({
  privacy: { el: privacyText(contacts).el.title, en: privacyText(contacts).en.title },
  cookies: { el: cookiesText.el.title, en: cookiesText.en.title },
  accessibility: {
    el: accessibilityText(contacts).el.title,
    en: accessibilityText(contacts).en.title,
  },
  terms: { el: termsText(contacts).el.title, en: termsText(contacts).en.title },
})

/** One notice or statement, whole, in one language. */
export function noticePage(
  kind: NoticeKind,
  locale: PageLocale,
  contacts: ContactsConfig,
  /** The privacy notice's retention periods: the settings in force (their defaults if left out). */
  retention?: RetentionTerms,
) {
  const body = {
    privacy: () => privacyBody(locale, contacts, retention),
    cookies: () => cookiesBody(locale),
    accessibility: () => accessibilityBody(locale, contacts),
    terms: () => termsBody(locale, contacts),
  }[kind]()
  return pageShell({
    locale,
    title: titles(contacts)[kind][locale],
    appName: appName[locale],
    otherLanguageHref: noticeHref(kind, locale === 'el' ? 'en' : 'el'),
    body,
  })
}

/**
 * The page of an address nobody serves, both languages on one page (the address says nothing
 * of the reader's language): where to go instead, and the notices in the footer.
 */
export function notFoundPage(): string {
  const section = (locale: PageLocale) => {
    const t = notFoundText[locale]
    const heading =
      locale === 'el' ? '' : `<h2 class="govgr-heading-l" lang="en">${escapeHtml(t.title)}</h2>`
    return `<div lang="${locale}">${heading}
${p(t.lead)}
<ul class="govgr-list">
<li>${link('/', t.home)}</li>
<li>${link('/staff/', t.staff)}</li>
<li>${link('/admin/', t.admin)}</li>
</ul></div>`
  }
  return pageShell({
    locale: 'el',
    title: notFoundText.el.title,
    appName: appName.el,
    body: `${section('el')}\n${section('en')}`,
  })
}
