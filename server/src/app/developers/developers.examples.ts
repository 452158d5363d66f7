// The example queries of the developer page (issue 17 item 5). The page shows them with
// placeholders; developers.test.ts runs each one, as curl and as fetch, against a real server
// with a real API key, so an example that stops working fails the build.

/** The values an example needs that the reader first learns from another example. */
export interface ExampleValues {
  municipalityId: string
  procedureId: string
  from: string
  to: string
}

export interface ApiExample {
  id: string
  title: { el: string; en: string }
  explanation: { el: string; en: string }
  /** The scope a key needs for it. */
  scope: 'catalog:read' | 'availability:read'
  query: string
  variables(values: ExampleValues): Record<string, unknown>
}

/** What the page shows where a real value goes. */
export const placeholders: ExampleValues = {
  municipalityId: 'MUNICIPALITY_ID',
  procedureId: 'PROCEDURE_ID',
  from: '2027-01-18',
  to: '2027-01-22',
}

export const apiExamples: readonly ApiExample[] = [
  {
    id: 'municipalities',
    title: { el: 'Οι συμμετέχοντες δήμοι', en: 'The participating municipalities' },
    explanation: {
      el: 'Οι δήμοι που συμμετέχουν στο myKEPlive (R5.3), με τα ονόματά τους στα ελληνικά και στα αγγλικά.',
      en: 'The municipalities taking part in myKEPlive (R5.3), with their names in Greek and English.',
    },
    scope: 'catalog:read',
    query: `query Municipalities {
  municipalities(participating: true) {
    id
    code
    name { el en }
    region { el en }
  }
}`,
    variables: () => ({}),
  },
  {
    id: 'keps',
    title: { el: 'Τα ΚΕΠ ενός δήμου', en: 'The KEPs of a municipality' },
    explanation: {
      el: 'Τα ΚΕΠ ενός δήμου, με διεύθυνση, τηλέφωνο και ωράριο. Χωρίς municipalityId, όλα τα ΚΕΠ.',
      en: 'The KEPs of one municipality, with address, phone and opening hours. Without municipalityId, every KEP.',
    },
    scope: 'catalog:read',
    query: `query KepsOfMunicipality($municipalityId: ID) {
  keps(municipalityId: $municipalityId) {
    id
    code
    name { el en }
    address { el en }
    phone
    openingHours { weekday opensAt closesAt }
  }
}`,
    variables: (v) => ({ municipalityId: v.municipalityId }),
  },
  {
    id: 'procedures',
    title: { el: 'Οι διαδικασίες μιας θεματικής ενότητας', en: 'The procedures of a field' },
    explanation: {
      el: 'Οι διαδικασίες μιας από τις τέσσερις θεματικές ενότητες (INFORMATION, BUSINESS, DISABILITY, MUNICIPAL).',
      en: 'The procedures of one of the four fields (INFORMATION, BUSINESS, DISABILITY, MUNICIPAL).',
    },
    scope: 'catalog:read',
    query: `query Procedures($category: ServiceCategoryCode) {
  procedures(category: $category) {
    id
    code
    title { el en }
    category { code callMinutes }
  }
}`,
    variables: () => ({ category: 'INFORMATION' }),
  },
  {
    id: 'availability',
    title: { el: 'Η διαθεσιμότητα για μια διαδικασία', en: 'Availability for a procedure' },
    explanation: {
      el: 'Οι ώρες που κλείνονται για μια διαδικασία, ημέρα προς ημέρα (έως 62 ημέρες), και πόσοι υπάλληλοι είναι ελεύθεροι σε καθεμία (ποτέ ποιοι).',
      en: 'The times that can be booked for a procedure, day by day (up to 62 days), and how many employees are free for each (never who).',
    },
    scope: 'availability:read',
    query: `query Availability($input: AvailabilityInput!) {
  availability(input: $input) {
    timeZone
    callMinutes
    days {
      date
      closed
      slots { startsAt localTime freeEmployees }
    }
  }
}`,
    variables: (v) => ({
      input: { category: 'INFORMATION', procedureId: v.procedureId, from: v.from, to: v.to },
    }),
  },
]

/** The request body of an example, as JSON. */
export function requestBody(example: ApiExample, values: ExampleValues): string {
  return JSON.stringify({ query: example.query, variables: example.variables(values) })
}

/** Quotes text for a POSIX shell (single quotes; a quote inside as '\''). */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/** The example as a curl command; the key is read from $KEPLIVE_API_KEY. */
export function curlCommand(example: ApiExample, endpoint: string, values: ExampleValues): string {
  return [
    `curl -sS ${shellQuote(endpoint)}`,
    `  -H 'Content-Type: application/json'`,
    `  -H "Authorization: Bearer $KEPLIVE_API_KEY"`,
    `  --data ${shellQuote(requestBody(example, values))}`,
  ].join(' \\\n')
}

/** The example with fetch (Node 18+ or a browser): no library needed. */
export function fetchSnippet(example: ApiExample, endpoint: string, values: ExampleValues): string {
  return `const response = await fetch(${JSON.stringify(endpoint)}, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: \`Bearer \${process.env.KEPLIVE_API_KEY}\`,
  },
  body: JSON.stringify({
    query: \`${example.query.replace(/\n/g, '\n    ')}\`,
    variables: ${JSON.stringify(example.variables(values))},
  }),
})
const { data, errors } = await response.json()`
}

/** The example with graphql-request, a small GraphQL client. */
export function graphqlRequestSnippet(
  example: ApiExample,
  endpoint: string,
  values: ExampleValues,
): string {
  return `import { GraphQLClient, gql } from 'graphql-request'

const client = new GraphQLClient(${JSON.stringify(endpoint)}, {
  headers: { Authorization: \`Bearer \${process.env.KEPLIVE_API_KEY}\` },
})
const data = await client.request(
  gql\`
    ${example.query.replace(/\n/g, '\n    ')}
  \`,
  ${JSON.stringify(example.variables(values))},
)`
}
