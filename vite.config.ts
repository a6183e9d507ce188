import { defineConfig } from 'vite'
import { readFileSync } from 'node:fs'
import { plainDescription, plainMetaDescription } from './lib/build/plain-meta'
import { validateData } from './lib/data/vite-plugin'
import { deckFonts } from './scripts/deck-fonts-plugin'
import { katexWithSlides } from './scripts/katex-with-slides'
import { searchIndex } from './scripts/search-index-plugin'

// The deck's title and info from slides.md's headmatter (simple `key: value` / `key: |` lines).
function headmatter(key: string): string | undefined {
  const lines = (readFileSync(new URL('./slides.md', import.meta.url), 'utf8').split(/^---$/m)[1] ?? '').split('\n')
  const i = lines.findIndex(l => l.startsWith(`${key}:`))
  if (i < 0)
    return undefined
  const rest = lines[i]!.slice(key.length + 1).trim()
  if (!rest.startsWith('|') && !rest.startsWith('>'))
    return rest.replace(/^['"]|['"]$/g, '')
  const block: string[] = []
  for (const l of lines.slice(i + 1)) {
    if (!/^\s/.test(l) && l.trim() !== '')
      break
    block.push(l.trim())
  }
  return block.join('\n')
}

// Slidev merges this with its own config; don't add its plugins (Vue, UnoCSS) here.
export default defineConfig({
  plugins: [validateData(import.meta.dirname), deckFonts(import.meta.dirname), katexWithSlides(), searchIndex(import.meta.dirname),
    plainMetaDescription(plainDescription(headmatter('title'), headmatter('info')))],
  build: {
    // The font pieces of the few characters outside the main subset (arrows, ✓) stay files, fetched only by a slide
    // that shows one, instead of riding inline in the stylesheet every page loads.
    assetsInlineLimit: (file: string) => file.includes('/styles/generated/') ? false : undefined,
  },
  // The dev server keeps the charts' shared views beside Slidev's navigation state and syncs them to every page
  // (composables/useSharedChartState.ts, setup/root.ts).
  slidev: {
    serverRef: { state: { charts: {} } },
  },
  // Pre-bundled up front, so a first `slidev` or `slidev export` run doesn't reload the page mid-way.
  optimizeDeps: {
    include: ['d3-color', 'd3-dsv', 'd3-scale', 'd3-scale-chromatic', 'd3-shape', 'minisearch', 'modern-screenshot', 'qrcode'],
  },
})
