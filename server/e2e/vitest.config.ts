import { defineConfig } from 'vitest/config'

// Browser tests: the real product as the README starts it (apps built, server on a free port,
// a fresh embedded database), driven by Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./global-setup.ts'],
    env: { TZ: 'UTC' },
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
})
