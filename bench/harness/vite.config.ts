import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { validateData } from '../../lib/data/vite-plugin'

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue(), validateData(resolve(import.meta.dirname, '../..'))],
  build: { outDir: '../../node_modules/.bench-harness', emptyOutDir: true },
  logLevel: 'warn',
})
