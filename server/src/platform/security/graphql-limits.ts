import { ApolloArmor } from '@escape.tech/graphql-armor'
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql'

/**
 * Limits on every operation, HTTP and WebSocket alike, checked before any resolver runs.
 * Why these numbers: the deepest query the apps send (a booking with its KEP's municipality's
 * KEPs, or the catalog tree) is 6–7 levels, so 12 leaves room and still stops recursive
 * blow-ups (municipality → keps → municipality → …). The apps never alias a field more than a
 * handful of times; 15 aliases stop "the same expensive field × 100" in one request. 2,000 tokens
 * are ~5× the largest operation in the apps and keep the parser's work bounded. A cost of 5,000
 * (armor's weights: 2 per object, 1 per scalar, ×1.5 per level) admits the apps' queries and
 * refuses wide-and-deep ones. 10 directives cover @include/@skip use.
 */
export const graphqlLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 10,
} as const

/** Apollo's settings and the validation rules, shared with the WebSocket server. */
export function graphqlProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: graphqlLimits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: graphqlLimits.maxAliases },
    costLimit: { maxCost: graphqlLimits.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: graphqlLimits.maxDirectives },
    // Parsing is limited by graphql-js itself (parseOptions.maxTokens), for both transports.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  })
  const { plugins, validationRules } = armor.protect()
  return {
    plugins,
    validationRules: validationRules as ValidationRule[],
    parseOptions: { maxTokens: graphqlLimits.maxTokens },
  }
}

/**
 * Parses and validates an operation with the same limits Apollo applies, for graphql-ws.
 * Returns the document, or the errors to send back.
 */
export function parseAndValidate(
  schema: GraphQLSchema,
  query: string,
  validationRules: readonly ValidationRule[],
): { document: DocumentNode } | { errors: GraphQLError[] } {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: graphqlLimits.maxTokens })
  } catch (err) {
    return {
      errors: [
        new GraphQLError((err as Error).message, {
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        }),
      ],
    }
  }
  const errors = validate(schema, document, [...specifiedRules, ...validationRules])
  if (errors.length > 0) {
    return {
      errors: errors.map(
        (e) =>
          new GraphQLError(e.message, {
            nodes: e.nodes,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
      ),
    }
  }
  return { document }
}

/** The root field names of the operations in a document (e.g. to rate-limit `bookAppointment`). */
export function rootFields(document: DocumentNode, operationName?: string | null): string[] {
  const names: string[] = []
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue
    if (operationName && def.name?.value !== operationName) continue
    for (const sel of def.selectionSet.selections) {
      if (sel.kind === Kind.FIELD) names.push(sel.name.value)
    }
  }
  return names
}

/** Whether a document asks the schema about itself. */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = false
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return
    const n = node as { kind?: string; name?: { value: string } }
    if (n.kind === Kind.FIELD && (n.name?.value === '__schema' || n.name?.value === '__type')) {
      found = true
      return
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object' && 'kind' in value) visit(value)
    }
  }
  visit(document)
  return found
}
