import { escapeHtml } from '../../modules/identity/html.js'
import { apiScopes, scopeOperations } from '../../modules/identity/index.js'
import { graphqlLimits } from '../../platform/security/graphql-limits.js'
import { pageAssetPaths, pageShell, pageShellCss, type PageLocale } from '../pages/page-shell.js'
import {
  apiExamples,
  curlCommand,
  fetchSnippet,
  graphqlRequestSnippet,
  placeholders,
} from './developers.examples.js'

// The public developer page (issue 17 item 5): a static page of the server in the GOV.GR look,
// Greek at /developers and English at /developers/en, no script. What it says about scopes,
// limits and errors is read from the code that enforces them, so it cannot drift.

export type { PageLocale }

export const developersPaths = {
  el: '/developers',
  en: '/developers/en',
  schema: '/developers/schema.graphql',
  govgrCss: pageAssetPaths.govgrCss,
  ownCss: pageAssetPaths.css,
} as const

/** What a key's rate limit is unless the ministry sets another (identity's default). */
const defaultRateLimit = 600

const text = {
  el: {
    title: 'Το API του myKEPlive για τρίτους',
    appName: 'Για προγραμματιστές',
    intro:
      'Το myKEPlive δίνει στους φορείς (την Ενιαία Ψηφιακή Πύλη gov.gr, τους δήμους) ένα δημόσιο GraphQL API μόνο για ανάγνωση: δήμους, ΚΕΠ, διαδικασίες και διαθέσιμες ώρες. Προσωπικά δεδομένα δεν διατίθενται ποτέ.',
    endpoint: 'Διεύθυνση',
    endpointText: 'Όλα τα αιτήματα είναι POST με σώμα JSON ({"query", "variables"}) στη διεύθυνση',
    offers: 'Τι προσφέρει: τα πεδία εφαρμογής (scopes)',
    offersText:
      'Κάθε κλειδί έχει ένα ή περισσότερα πεδία εφαρμογής· κάθε πεδίο ανοίγει τις παρακάτω λειτουργίες. Οτιδήποτε άλλο απαντά FORBIDDEN.',
    scope: 'Πεδίο εφαρμογής',
    operations: 'Λειτουργίες',
    scopeNames: {
      'catalog:read': 'Ο κατάλογος: θεματικές ενότητες, διαδικασίες, δήμοι, ΚΕΠ, έκτακτο ωράριο',
      'availability:read': 'Οι διαθέσιμες ώρες ραντεβού',
    },
    getKey: 'Πώς παίρνετε κλειδί',
    getKeyItems: [
      'Ζητήστε το από τη Διεύθυνση Ενιαίων Κέντρων Εξυπηρέτησης του Υπουργείου Εσωτερικών, με επίσημο έγγραφο του φορέα σας: ποιος είστε, ποια πεδία εφαρμογής χρειάζεστε, πόσα αιτήματα το λεπτό, και ποιος είναι ο τεχνικός υπεύθυνος.',
      'Ένας διαχειριστής δημιουργεί το κλειδί και σας το παραδίδει με ασφαλή τρόπο. Το κλειδί εμφανίζεται μία μόνο φορά· εμείς κρατάμε μόνο το αποτύπωμά του (hash).',
      'Στέλνετε το κλειδί σε κάθε αίτημα: Authorization: Bearer <κλειδί> (ή X-Api-Key: <κλειδί>). Κρατήστε το στον διακομιστή σας, ποτέ σε σελίδα ή εφαρμογή κινητού.',
      'Αν διαρρεύσει, ζητήστε αμέσως την ανάκλησή του· ισχύει από το επόμενο αίτημα.',
    ],
    limits: 'Όρια',
    limitsItems: (rate: number) => [
      `Αιτήματα ανά λεπτό ανά κλειδί: όσα ορίζει το κλειδί (συνήθως ${rate}). Πάνω από αυτά: HTTP 429, κωδικός RATE_LIMITED και κεφαλίδα Retry-After σε δευτερόλεπτα.`,
      `Βάθος ερωτήματος έως ${graphqlLimits.maxDepth}, ψευδώνυμα (aliases) έως ${graphqlLimits.maxAliases}, κόστος έως ${graphqlLimits.maxCost}, έως ${graphqlLimits.maxTokens} λεκτικές μονάδες (tokens) και ${graphqlLimits.maxDirectives} οδηγίες (directives) ανά αίτημα.`,
      'Μία λειτουργία ανά αίτημα (όχι batch)· σώμα έως 1 MB.',
      'Η διαθεσιμότητα ζητείται για έως 62 ημέρες τη φορά.',
    ],
    errors: 'Σφάλματα',
    errorsText:
      'Κάθε σφάλμα έχει σταθερό κωδικό στο extensions.code και μήνυμα στα ελληνικά και στα αγγλικά στο extensions.messages (Accept-Language: en για αγγλικό message). Το VALIDATION_FAILED απαριθμεί τα πεδία στο extensions.fields.',
    code: 'Κωδικός',
    status: 'HTTP',
    meaning: 'Σημαίνει',
    errorRows: [
      ['UNAUTHENTICATED', '401', 'Το κλειδί λείπει, είναι λάθος ή έχει ανακληθεί.'],
      ['FORBIDDEN', '200', 'Η λειτουργία δεν ανήκει στα πεδία εφαρμογής του κλειδιού.'],
      ['NOT_FOUND', '200', 'Δεν υπάρχει εγγραφή με αυτό το αναγνωριστικό.'],
      ['VALIDATION_FAILED', '200', 'Κάποια τιμή δεν είναι αποδεκτή· δείτε το extensions.fields.'],
      ['BAD_USER_INPUT', '200 ή 400', 'Οι μεταβλητές δεν έχουν τον τύπο που δηλώνει το ερώτημα.'],
      ['GRAPHQL_PARSE_FAILED', '400', 'Το ερώτημα δεν είναι έγκυρο GraphQL.'],
      [
        'GRAPHQL_VALIDATION_FAILED',
        '400',
        'Άγνωστο πεδίο, ή ξεπερνά τα όρια βάθους, κόστους ή ψευδωνύμων.',
      ],
      ['RATE_LIMITED', '429', 'Πάρα πολλά αιτήματα· περιμένετε όσο λέει το Retry-After.'],
      ['PAYLOAD_TOO_LARGE', '413', 'Σώμα αιτήματος μεγαλύτερο από 1 MB.'],
      ['SERVICE_UNAVAILABLE', '503', 'Προσωρινά μη διαθέσιμο· ξαναδοκιμάστε μετά το Retry-After.'],
      ['INTERNAL_SERVER_ERROR', '200 ή 500', 'Απρόσμενο σφάλμα· καταγράφεται, δοκιμάστε ξανά.'],
    ],
    examples: 'Παραδείγματα',
    examplesText: (p: typeof placeholders) =>
      `Θέστε το κλειδί σας στη μεταβλητή περιβάλλοντος KEPLIVE_API_KEY. Στη θέση του ${p.municipalityId} και του ${p.procedureId} βάλτε ένα id από τα δύο πρώτα παραδείγματα.`,
    scopeNeeded: 'Χρειάζεται το πεδίο εφαρμογής',
    withCurl: 'Με curl',
    withFetch: 'Με fetch (JavaScript, χωρίς βιβλιοθήκη)',
    withClient: 'Με πρόγραμμα-πελάτη GraphQL (graphql-request)',
    schema: 'Το σχήμα',
    schemaText:
      'Το πλήρες σχήμα GraphQL, με περιγραφές σε κάθε πεδίο, για εργαλεία όπως το GraphQL Code Generator:',
    schemaLink: 'Λήψη του schema.graphql',
  },
  en: {
    title: 'The myKEPlive API for third parties',
    appName: 'For developers',
    intro:
      'myKEPlive gives organisations (the national portal gov.gr, municipalities) a public, read-only GraphQL API: municipalities, KEPs, procedures and available times. Personal data is never available through it.',
    endpoint: 'Endpoint',
    endpointText: 'Every request is a POST with a JSON body ({"query", "variables"}) to',
    offers: 'What it offers: the scopes',
    offersText:
      'Each key has one or more scopes; each scope opens the operations below. Anything else answers FORBIDDEN.',
    scope: 'Scope',
    operations: 'Operations',
    scopeNames: {
      'catalog:read':
        'The catalog: fields, procedures, municipalities, KEPs, special opening hours',
      'availability:read': 'The times that can be booked',
    },
    getKey: 'How to get a key',
    getKeyItems: [
      'Ask the One-Stop-Shop directorate of the Ministry of Interior with an official letter from your organisation: who you are, the scopes you need, how many requests a minute, and your technical contact.',
      'An administrator creates the key and hands it to you securely. The key is shown once only; we keep only its hash.',
      'Send the key with every request: Authorization: Bearer <key> (or X-Api-Key: <key>). Keep it on your server, never in a web page or a mobile app.',
      'If it leaks, ask for it to be revoked at once; that takes effect from the next request.',
    ],
    limits: 'Limits',
    limitsItems: (rate: number) => [
      `Requests a minute per key: as set for the key (usually ${rate}). Beyond that: HTTP 429, code RATE_LIMITED and a Retry-After header in seconds.`,
      `Query depth up to ${graphqlLimits.maxDepth}, aliases up to ${graphqlLimits.maxAliases}, cost up to ${graphqlLimits.maxCost}, up to ${graphqlLimits.maxTokens} tokens and ${graphqlLimits.maxDirectives} directives per request.`,
      'One operation per request (no batching); a body of at most 1 MB.',
      'Availability is asked for at most 62 days at a time.',
    ],
    errors: 'Errors',
    errorsText:
      'Every error has a stable code in extensions.code and its message in Greek and English in extensions.messages (send Accept-Language: en for an English message). VALIDATION_FAILED lists the fields in extensions.fields.',
    code: 'Code',
    status: 'HTTP',
    meaning: 'Meaning',
    errorRows: [
      ['UNAUTHENTICATED', '401', 'The key is missing, wrong or revoked.'],
      ['FORBIDDEN', '200', "The operation is outside the key's scopes."],
      ['NOT_FOUND', '200', 'There is no record with that id.'],
      ['VALIDATION_FAILED', '200', 'A value is not accepted; see extensions.fields.'],
      ['BAD_USER_INPUT', '200 or 400', 'The variables are not of the types the query declares.'],
      ['GRAPHQL_PARSE_FAILED', '400', 'The query is not valid GraphQL.'],
      [
        'GRAPHQL_VALIDATION_FAILED',
        '400',
        'An unknown field, or beyond the depth, cost or alias limits.',
      ],
      ['RATE_LIMITED', '429', 'Too many requests; wait as long as Retry-After says.'],
      ['PAYLOAD_TOO_LARGE', '413', 'A request body larger than 1 MB.'],
      ['SERVICE_UNAVAILABLE', '503', 'Briefly unavailable; try again after Retry-After.'],
      ['INTERNAL_SERVER_ERROR', '200 or 500', 'An unexpected error; it is logged, try again.'],
    ],
    examples: 'Examples',
    examplesText: (p: typeof placeholders) =>
      `Put your key in the environment variable KEPLIVE_API_KEY. In place of ${p.municipalityId} and ${p.procedureId} put an id from the first two examples.`,
    scopeNeeded: 'Needs the scope',
    withCurl: 'With curl',
    withFetch: 'With fetch (JavaScript, no library)',
    withClient: 'With a GraphQL client (graphql-request)',
    schema: 'The schema',
    schemaText:
      'The whole GraphQL schema, with a description on every field, for tools such as GraphQL Code Generator:',
    schemaLink: 'Download schema.graphql',
  },
} as const

// tabindex: a block wider than the screen scrolls, and a keyboard user must reach it to scroll
const code = (content: string) =>
  `<pre class="keplive-code" tabindex="0"><code>${escapeHtml(content)}</code></pre>`

/** The developer page in one language; `publicUrl` is where the API is reached. */
export function developersPage(locale: PageLocale, publicUrl: string): string {
  const t = text[locale]
  const endpoint = `${publicUrl}/graphql`
  const other: PageLocale = locale === 'el' ? 'en' : 'el'
  const scopeRows = apiScopes
    .map(
      (scope) =>
        `<tr class="govgr-table__row"><th scope="row" class="govgr-table__header"><code>${scope}</code></th>` +
        `<td class="govgr-table__cell">${escapeHtml(t.scopeNames[scope])}: ` +
        `${scopeOperations[scope].map((op) => `<code>${op}</code>`).join(', ')}</td></tr>`,
    )
    .join('\n')
  const errorRows = t.errorRows
    .map(
      ([c, status, meaning]) =>
        `<tr class="govgr-table__row"><th scope="row" class="govgr-table__header"><code>${c}</code></th>` +
        `<td class="govgr-table__cell">${escapeHtml(status)}</td><td class="govgr-table__cell">${escapeHtml(meaning)}</td></tr>`,
    )
    .join('\n')
  const examples = apiExamples
    .map(
      (example) => `
<section aria-labelledby="example-${example.id}">
<h3 class="govgr-heading-s" id="example-${example.id}">${escapeHtml(example.title[locale])}</h3>
<p class="govgr-body">${escapeHtml(example.explanation[locale])} ${t.scopeNeeded} <code>${example.scope}</code>.</p>
<h4 class="govgr-heading-xs">${t.withCurl}</h4>
${code(curlCommand(example, endpoint, placeholders))}
<h4 class="govgr-heading-xs">${t.withFetch}</h4>
${code(fetchSnippet(example, endpoint, placeholders))}
<h4 class="govgr-heading-xs">${t.withClient}</h4>
${code(graphqlRequestSnippet(example, endpoint, placeholders))}
</section>`,
    )
    .join('\n')

  const body = `
<p class="govgr-body">${escapeHtml(t.intro)}</p>
<h2 class="govgr-heading-m">${t.endpoint}</h2>
<p class="govgr-body">${escapeHtml(t.endpointText)} <code>${escapeHtml(endpoint)}</code></p>
<h2 class="govgr-heading-m">${t.offers}</h2>
<p class="govgr-body">${escapeHtml(t.offersText)}</p>
<div class="keplive-scroll" tabindex="0" role="region" aria-label="${t.offers}">
<table class="govgr-table">
<caption class="govgr-table__caption">${t.offers}</caption>
<thead class="govgr-table__head"><tr class="govgr-table__row"><th scope="col" class="govgr-table__header">${t.scope}</th><th scope="col" class="govgr-table__header">${t.operations}</th></tr></thead>
<tbody class="govgr-table__body">
${scopeRows}
</tbody>
</table>
</div>
<h2 class="govgr-heading-m">${t.getKey}</h2>
<ol class="govgr-list govgr-list--number">
${t.getKeyItems.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}
</ol>
<h2 class="govgr-heading-m">${t.limits}</h2>
<ul class="govgr-list govgr-list--bullet">
${t
  .limitsItems(defaultRateLimit)
  .map((item) => `<li>${escapeHtml(item)}</li>`)
  .join('\n')}
</ul>
<h2 class="govgr-heading-m">${t.errors}</h2>
<p class="govgr-body">${escapeHtml(t.errorsText)}</p>
<div class="keplive-scroll" tabindex="0" role="region" aria-label="${t.errors}">
<table class="govgr-table">
<caption class="govgr-table__caption">${t.errors}</caption>
<thead class="govgr-table__head"><tr class="govgr-table__row"><th scope="col" class="govgr-table__header">${t.code}</th><th scope="col" class="govgr-table__header">${t.status}</th><th scope="col" class="govgr-table__header">${t.meaning}</th></tr></thead>
<tbody class="govgr-table__body">
${errorRows}
</tbody>
</table>
</div>
<h2 class="govgr-heading-m">${t.examples}</h2>
<p class="govgr-body">${escapeHtml(t.examplesText(placeholders))}</p>
${examples}
<h2 class="govgr-heading-m">${t.schema}</h2>
<p class="govgr-body">${escapeHtml(t.schemaText)} <a class="govgr-link" href="${developersPaths.schema}" download>${t.schemaLink}</a></p>
`
  return pageShell({
    locale,
    title: t.title,
    appName: t.appName,
    otherLanguageHref: developersPaths[other],
    body,
  })
}

/** The shell's stylesheet (served under the developer page's path since issue 17). */
export const developersCss = pageShellCss
