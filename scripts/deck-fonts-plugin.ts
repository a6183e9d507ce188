import type { Plugin } from 'vite'
import { deckTextFiles } from './deck-characters'
import { writeDeckFonts } from './deck-fonts'

/**
 * Writes the deck's font subsets (styles/generated/, see deck-fonts.ts) before dev, build and export start, and
 * again in dev whenever a file with deck text changes, so a character added to the data never falls back.
 */
export function deckFonts(root: string): Plugin {
  let timer: ReturnType<typeof setTimeout> | undefined
  const report = (r: Awaited<ReturnType<typeof writeDeckFonts>>) => {
    if (r.missing.length > 0)
      console.warn(`[deck-fonts] Noto Sans SC has no glyph for ${r.missing.map(cp => `U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`).join(', ')}: a fallback font draws it`)
  }
  return {
    name: 'deck-fonts',
    async buildStart() {
      report(await writeDeckFonts(root))
    },
    configureServer(server) {
      const files = new Set(deckTextFiles(root))
      server.watcher.on('change', (file) => {
        if (!files.has(file))
          return
        clearTimeout(timer)
        timer = setTimeout(() => {
          writeDeckFonts(root).then(report, e => console.error('[deck-fonts]', e))
        }, 300)
      })
    },
  }
}
