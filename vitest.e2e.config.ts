import { defineConfig } from 'vitest/config'
import { validateData } from './lib/data/vite-plugin'

// End-to-end tests: Playwright in Debian's Chromium against the built site (dist/) and the exported PDF.
export default defineConfig({
  // The tests compare the site with data/ as the deck sees it: validated by the same plugin.
  plugins: [validateData(import.meta.dirname)],
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
