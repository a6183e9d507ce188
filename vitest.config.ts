import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { validateData } from './lib/data/vite-plugin'

// Kept apart from vite.config.ts: Slidev adds its own Vue plugin there and refuses to see it twice.
export default defineConfig({
  plugins: [vue(), validateData(import.meta.dirname)],
  // Slidev's client source, which the step tests mount charts in, reads its build flag.
  define: { __DEV__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
  },
})
