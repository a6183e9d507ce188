import { defineConfig } from 'vite'
import { validateData } from './lib/data/vite-plugin'

// Slidev merges this with its own config; don't add its plugins (Vue, UnoCSS) here.
export default defineConfig({
  plugins: [validateData(import.meta.dirname)],
})
