import path from 'node:path'
import { fileURLToPath } from 'node:url'

const schema = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'schema/schema.graphql',
)

/**
 * Typed operations from the API's committed schema, the same for every package that talks to it:
 * `graphql(\`query …\`)` in its src returns a TypedDocumentNode, so no response type is ever
 * written by hand. `pnpm codegen` rewrites each package's src/gql; CI fails when the committed
 * output differs. `alsoFrom`: other packages whose fragments this one's operations spread
 * (their sources, relative to this package). Each package's codegen.ts loads it (graphql-codegen
 * checks the configuration it reads).
 */
export function typedOperations(alsoFrom: readonly string[] = []) {
  return {
    schema,
    documents: [
      'src/**/*.{ts,tsx}',
      '!src/gql/**',
      ...alsoFrom.flatMap((dir) => [`${dir}/src/**/*.{ts,tsx}`, `!${dir}/src/gql/**`]),
    ],
    ignoreNoDocuments: true,
    generates: {
      'src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          scalars: {
            DateTime: 'string',
            LocalDate: 'string',
            JSONObject: 'Record<string, unknown>',
          },
        },
      },
    },
    hooks: { afterAllFileWrite: ['prettier --write'] },
  }
}
