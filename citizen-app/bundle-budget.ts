import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/**
 * Prints the gzipped size of the JavaScript a first visit downloads — the entry chunk and every
 * chunk it imports statically, not the pages loaded later — and fails the build above `limitKb`.
 */
export function bundleBudget(limitKb: number): Plugin {
  return {
    name: 'keplive-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((item) =>
          item.type === 'chunk' ? [[item.fileName, item]] : [],
        ),
      )
      const initial = new Set<string>()
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return
        initial.add(fileName)
        chunks.get(fileName)?.imports.forEach(visit)
      }
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName)
      const bytes = [...initial].reduce(
        (sum, fileName) => sum + gzipSync(chunks.get(fileName)?.code ?? '', { level: 9 }).length,
        0,
      )
      const kb = bytes / 1024
      process.stdout.write(
        `initial JavaScript: ${kb.toFixed(1)} kB gzipped (${bytes} B) in ${initial.size} file(s) (budget ${limitKb} kB)\n`,
      )
      if (kb > limitKb) {
        this.error(
          `initial JavaScript is ${kb.toFixed(1)} kB gzipped, over the budget of ${limitKb} kB`,
        )
      }
    },
  }
}
