// One linter for the whole workspace. The folder boundaries of STYLE.md are enforced here,
// not only written down: platform/ imports no module; a module imports another only through
// its index.ts (tables may reference other modules' tables for foreign keys).
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const otherModuleFiles = {
  regex: '^\\.\\./[^./][^/]*/(?!index\\.js$)',
  message: 'Import another module only through its index.ts (see STYLE.md).',
}

// Occupancy belongs to scheduling (issue 12): who is busy when is read and written only through
// its module API (reserve, move, release, availability). No other code imports the table or names
// it in SQL. The benchmarks' fixtures are exempt: they write 200,000 reservations in one statement.
const occupancyMessage =
  'Only the scheduling module reads or writes occupancy: use its API (reserve, move, release, availability).'
const occupancyBoundary = {
  files: ['server/**/*.ts'],
  ignores: ['server/src/modules/scheduling/**', 'server/bench/**'],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: 'ImportDeclaration[source.value=/occupancy/]', message: occupancyMessage },
      { selector: 'ImportExpression[source.value=/occupancy/]', message: occupancyMessage },
      { selector: 'TemplateElement[value.raw=/\\boccupancy\\b/i]', message: occupancyMessage },
      { selector: 'Literal[value=/\\boccupancy\\b/i]', message: occupancyMessage },
    ],
  },
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      'server/drizzle/**',
      'schema/**',
      '**/test-results/**',
      '**/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'error',
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['server/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules/**', '**/app/**', '**/seed/**'],
              message: 'platform/ imports no module (see STYLE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/modules/**/*.ts'],
    ignores: ['server/src/modules/**/*.table.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            otherModuleFiles,
            { group: ['**/app/**'], message: 'Modules do not import the app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/modules/**/*.table.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              ...otherModuleFiles,
              regex: '^\\.\\./[^./][^/]*/(?!index\\.js$|[^/]*\\.table\\.js$)',
            },
          ],
        },
      ],
    },
  },
  occupancyBoundary,
  {
    files: [
      'citizen-app/**/*.{ts,tsx}',
      'staff-app/**/*.{ts,tsx}',
      'admin-app/**/*.{ts,tsx}',
      'packages/**/*.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
)
