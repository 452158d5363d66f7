import type { ApolloServerPlugin } from '@apollo/server'
import {
  getArgumentValues,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql'
import type { BaseContext } from '../context.js'
import { DomainError, validationFailed, type FieldError } from '../errors.js'

/**
 * The rules every text of every operation obeys, whatever its field, checked once before any
 * resolver runs (HTTP and WebSocket alike), so no module has to remember them:
 * - no NUL or other control character but tab, newline and carriage return (PostgreSQL refuses
 *   NUL in text; the others have no business in a name, an address or a reason);
 * - no lone UTF-16 surrogate (not text at all: the drivers would store U+FFFD, jsonb refuses it);
 * - at most 10,000 characters. Each module checks its own, smaller maximum with its own words;
 *   this cap stops the 100 kB string before it reaches any of them. No field takes more today
 *   (the largest, a submission's notes, takes 2,000); a call's signal is JSON, not a string,
 *   and the calls module limits it to 16 kB.
 * Search strings are forgiving instead: their control characters are harmless and the search
 * drops them (platform/text.ts foldForSearch).
 */
export const maxTextLength = 10_000

/** Arguments that only search: their control characters are dropped by the search, not refused. */
const searchArguments = new Set(['search', 'query'])

// C0 controls but \t \n \r, DEL and the C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
// With the u flag a surrogate pair is one code point; only a lone half is in Cs.
const loneSurrogate = /\p{Cs}/u

/** Whether a text can be stored and shown as it is: no NUL, no lone surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text)
}

const invalidCharacters = (field: string): FieldError => ({
  field,
  reason: 'invalid_characters',
  message: {
    el: 'Το πεδίο περιέχει χαρακτήρες που δεν επιτρέπονται (χαρακτήρες ελέγχου ή μη έγκυρο κείμενο).',
    en: 'This field contains characters that are not allowed (control characters or invalid text).',
  },
})

const tooManyInvalidValues = (field: string): FieldError => ({
  field,
  reason: 'invalid_value',
  message: {
    el: 'Το πεδίο έχει πάρα πολλές μη έγκυρες τιμές.',
    en: 'This field has too many values that are not valid.',
  },
})

const tooLong = (field: string): FieldError => ({
  field,
  reason: 'too_long',
  message: {
    el: `Το πεδίο έχει έως ${maxTextLength.toLocaleString('el-GR')} χαρακτήρες.`,
    en: `This field has at most ${maxTextLength.toLocaleString('en-GB')} characters.`,
  },
})

function checkText(text: string, field: string, search: boolean, problems: FieldError[]): void {
  if (text.length > maxTextLength) problems.push(tooLong(field))
  else if (!search && (controlCharacter.test(text) || loneSurrogate.test(text))) {
    problems.push(invalidCharacters(field))
  }
}

/** JSON values (a signal's payload) go to jsonb: no NUL and no lone surrogate, keys included. */
function isStorableJson(value: unknown): boolean {
  if (typeof value === 'string') return isStorableText(value)
  if (Array.isArray(value)) return value.every(isStorableJson)
  if (value && typeof value === 'object') {
    return Object.entries(value).every(([key, item]) => isStorableText(key) && isStorableJson(item))
  }
  return true
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  field: string,
  search: boolean,
  problems: FieldError[],
): void {
  if (value === null || value === undefined) return
  const nullable = getNullableType(type)
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return
    value.forEach((item, i) =>
      checkValue(item, nullable.ofType, `${field}[${i}]`, search, problems),
    )
    return
  }
  if (isInputObjectType(nullable)) {
    for (const [name, inputField] of Object.entries(nullable.getFields())) {
      const child = (value as Record<string, unknown>)[name]
      checkValue(child, inputField.type, `${field}.${name}`, false, problems)
    }
    return
  }
  if (!isScalarType(nullable)) return
  if (typeof value === 'string') checkText(value, field, search, problems)
  else if (nullable.name === 'JSONObject' && !isStorableJson(value)) {
    problems.push(invalidCharacters(field))
  }
}

/**
 * The text problems of an operation's arguments, literal or from variables, field by field
 * (`input.fullName`, `input.documentIds[2]`, `search`). Variables that do not even have their
 * declared types are left to graphql-js, which answers BAD_USER_INPUT for them.
 */
export function operationTextProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): FieldError[] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  )
  if (!operation) return []
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 50, // as graphql-js's execute()
  })
  if (coerced.errors) {
    // graphql-js stops at 50 errors with one that names no variable, which Apollo would not
    // recognise as the client's and would answer as an internal error (a list of 3,000 wrong
    // values). Refuse it here, naming the first bad variable; fewer errors graphql-js reports.
    if (coerced.errors.some((e) => !e.nodes?.length)) {
      const first = coerced.errors[0]?.nodes?.[0]
      const field =
        first?.kind === Kind.VARIABLE_DEFINITION ? first.variable.name.value : 'variables'
      return [tooManyInvalidValues(field)]
    }
    return []
  }
  const problems: FieldError[] = []
  const typeInfo = new TypeInfo(schema)
  const inOperation = (def: (typeof document.definitions)[number]) =>
    def === operation || def.kind === Kind.FRAGMENT_DEFINITION
  for (const definition of document.definitions.filter(inOperation)) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const fieldDef = typeInfo.getFieldDef()
          if (!fieldDef || fieldDef.args.length === 0 || !node.arguments?.length) return
          let args: Record<string, unknown>
          try {
            args = getArgumentValues(fieldDef, node, coerced.coerced)
          } catch {
            return // a bad literal: graphql-js reports it itself
          }
          for (const arg of fieldDef.args) {
            checkValue(args[arg.name], arg.type, arg.name, searchArguments.has(arg.name), problems)
          }
        },
      }),
    )
  }
  return problems
}

/**
 * @throws VALIDATION_FAILED naming each field whose text breaks the rules above, or a variable
 * with more wrong values than graphql-js lists
 */
export function assertOperationText(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): void {
  const problems = operationTextProblems(schema, document, operationName, variables)
  if (problems.length > 0) throw validationFailed(problems)
}

/** assertOperationText as an Apollo plugin; the error keeps its code, messages and fields. */
export function inputTextPlugin<C extends BaseContext>(
  schema: GraphQLSchema,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          try {
            assertOperationText(schema, document, operationName, request.variables)
          } catch (err) {
            if (!(err instanceof DomainError)) throw err
            // A path makes formatError unwrap the original DomainError (code, messages, fields).
            throw new GraphQLError(err.message, {
              path: [],
              originalError: err,
              extensions: { code: err.code, http: { status: 200 } },
            })
          }
        },
      }
    },
  }
}
