import type { CodegenConfig } from '@graphql-codegen/cli'

// Typed operations from the API's committed schema: `graphql(\`query …\`)` in src returns a
// TypedDocumentNode, so no response type is ever written by hand. `pnpm codegen` rewrites
// src/gql; CI fails when the committed output differs.
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
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

export default config
