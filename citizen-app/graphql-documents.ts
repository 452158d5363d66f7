import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

// One string literal of gql.ts's `documents` map, as codegen writes it: 'text': types.Name
const entry = /(['"])((?:(?!\1)[^\\]|\\.)*)\1\s*:\s*types\.(\w+)/g
const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r' }

function unescape(literal: string): string {
  return literal.replace(/\\(.)/g, (_, char: string) => escapes[char] ?? char)
}

/** The generated document's export name for each operation text, read from gql.ts. */
function documentNames(gqlFile: string): Map<string, string> {
  const source = readFileSync(gqlFile, 'utf8')
  const start = source.indexOf('const documents')
  const end = source.indexOf('\n}', start)
  const names = new Map<string, string>()
  for (const [, , text, name] of source.slice(start, end).matchAll(entry)) {
    names.set(unescape(text!), name!)
  }
  return names
}

/** The object literal of each generated document in graphql.ts, by its export name. */
function documentLiterals(graphqlFile: string): Map<string, string> {
  const source = readFileSync(graphqlFile, 'utf8')
  const literals = new Map<string, string>()
  for (const match of source.matchAll(/^export const (\w+) = \{$/gm)) {
    const start = match.index + match[0].length - 1
    const end = source.indexOf('\n} as unknown as ', start)
    if (end > start) literals.set(match[1]!, source.slice(start, end + 2))
  }
  return literals
}

/**
 * Replaces each `graphql(\`…\`)` call with its generated document, written in place. Without
 * it, `graphql()` looks every document up in one map of all the app's operations, and even a
 * named import from graphql.ts lands in the first download, since that one module serves every
 * page: the booking flow's and the call's operations rode along with the home page's.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  const directory = path.resolve(gqlDir)
  let names = new Map<string, string>()
  let literals = new Map<string, string>()
  return {
    name: 'keplive-graphql-documents',
    apply: 'build',
    buildStart() {
      names = documentNames(path.join(directory, 'gql.ts'))
      literals = documentLiterals(path.join(directory, 'graphql.ts'))
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(directory) || !code.includes('graphql(`')) return
      let replacedAny = false
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, text: string) => {
        const literal = literals.get(names.get(text) ?? '')
        if (!literal) {
          this.warn(`${id}: a graphql() call without a generated document; run pnpm codegen`)
          return call
        }
        replacedAny = true
        return `(${literal})`
      })
      return replacedAny ? { code: replaced, map: null } : undefined
    },
  }
}
