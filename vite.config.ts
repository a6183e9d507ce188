import { defineConfig } from 'vite'
import { validateData } from './lib/data/vite-plugin'
import { deckFonts } from './scripts/deck-fonts-plugin'
import { katexWithSlides } from './scripts/katex-with-slides'

// Slidev merges this with its own config; don't add its plugins (Vue, UnoCSS) here.
export default defineConfig({
  plugins: [validateData(import.meta.dirname), deckFonts(import.meta.dirname), katexWithSlides()],
  build: {
    // The font pieces of the few characters outside the main subset (arrows, ✓) stay files, fetched only by a slide
    // that shows one, instead of riding inline in the stylesheet every page loads.
    assetsInlineLimit: (file: string) => file.includes('/styles/generated/') ? false : undefined,
  },
  // Pre-bundled up front, so a first `slidev` or `slidev export` run doesn't reload the page mid-way.
  optimizeDeps: {
    include: ['d3-color', 'd3-scale', 'd3-scale-chromatic', 'd3-selection', 'd3-transition'],
  },
})
