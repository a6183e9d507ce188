import { defineConfig } from 'vite'
import { validateData } from './lib/data/vite-plugin'
import { deckFonts } from './scripts/deck-fonts-plugin'

// Slidev merges this with its own config; don't add its plugins (Vue, UnoCSS) here.
export default defineConfig({
  plugins: [validateData(import.meta.dirname), deckFonts(import.meta.dirname)],
  // Pre-bundled up front, so a first `slidev` or `slidev export` run doesn't reload the page mid-way.
  optimizeDeps: {
    include: ['d3-color', 'd3-scale', 'd3-scale-chromatic', 'd3-selection', 'd3-transition'],
  },
})
