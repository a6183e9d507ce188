import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Kept apart from vite.config.ts: Slidev adds its own Vue plugin there and refuses to see it twice.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
  },
})
