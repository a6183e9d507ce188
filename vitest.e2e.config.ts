import { defineConfig } from 'vitest/config'

// End-to-end tests: Playwright in Debian's Chromium against the built site (dist/) and the exported PDF.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
