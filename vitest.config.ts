import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { validateData } from './lib/data/vite-plugin'

// Kept apart from vite.config.ts: Slidev adds its own Vue plugin there and refuses to see it twice.
export default defineConfig({
  plugins: [vue(), validateData(import.meta.dirname)],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
  },
})
