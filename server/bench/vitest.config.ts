import { defineConfig } from 'vitest/config'
import base from '../vitest.config.js'

// The benchmarks' own tests (their fixtures, not the product): the server's test setup, these
// files only. Run from server/: npx vitest run --config bench/vitest.config.ts
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['bench/**/*.test.ts'] },
})
