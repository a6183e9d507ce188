/**
 * The characters the deck can put on screen or into the handout: every character of the slides (speaker notes
 * included), the data files, the components, layouts and lib/ (whose strings reach the screen), plus all printable
 * ASCII (numbers formatted at run time, Slidev's own controls). Taking whole files is a superset of what renders,
 * which is what a font subset needs: a character the deck shows is never missing from it.
 *
 * Reusable: the font subsetting of the site (scripts/deck-fonts.ts) and the PDF handout both call it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Where the deck's text lives, relative to the project root, and which files count. */
export const DECK_TEXT_SOURCES: readonly { dir: string, ext: readonly string[], deep: boolean }[] = [
  { dir: '.', ext: ['slides.md'], deep: false },
  { dir: 'slides', ext: ['.md'], deep: true },
  { dir: 'data', ext: ['.json', '.ts'], deep: false },
  { dir: 'components', ext: ['.vue', '.ts'], deep: true },
  { dir: 'layouts', ext: ['.vue'], deep: true },
  { dir: 'lib', ext: ['.ts', '.vue'], deep: true },
  { dir: 'setup', ext: ['.ts', '.vue'], deep: true },
  { dir: 'reading', ext: ['.ts', '.vue'], deep: true },
  { dir: '.', ext: ['custom-nav-controls.vue', 'slide-bottom.vue'], deep: false },
]

function listFiles(root: string, dir: string, ext: readonly string[], deep: boolean): string[] {
  const abs = join(root, dir)
  let names: string[]
  try {
    names = readdirSync(abs).sort()
  }
  catch {
    return []
  }
  return names.flatMap((name) => {
    const p = join(abs, name)
    if (statSync(p).isDirectory())
      return deep && name !== 'node_modules' ? listFiles(root, relative(root, p), ext, deep) : []
    return ext.some(e => name.endsWith(e)) ? [p] : []
  })
}

/** The files whose text is collected, absolute paths, in a stable order. */
export function deckTextFiles(root: string): string[] {
  return DECK_TEXT_SOURCES.flatMap(s => listFiles(root, s.dir, s.ext, s.deep))
}

/** Printable ASCII, U+0020–U+007E. */
export const ASCII = Array.from({ length: 0x7F - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('')

/**
 * The set of code points the deck uses, sorted: printable ASCII and every non-control character of the deck's
 * text files. Whitespace and control characters are left out (they need no glyph).
 */
export function deckCodePoints(root: string, extraText = '', files = deckTextFiles(root)): number[] {
  const seen = new Set<number>()
  for (const ch of ASCII) seen.add(ch.codePointAt(0)!)
  for (const text of [extraText, ...files.map(f => readFileSync(f, 'utf8'))]) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!
      // Controls, whitespace other than the space, variation selectors and format characters (the BOM, zero-width
      // spaces, bidi marks in quoted reports) need no glyph.
      if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || /\s/u.test(ch) && cp !== 0x20 || (cp >= 0xFE00 && cp <= 0xFE0F) || /\p{Cf}/u.test(ch))
        continue
      seen.add(cp)
    }
  }
  return [...seen].sort((a, b) => a - b)
}

/** The same set as a string, one character each, in code point order. */
export function deckCharacters(root: string, extraText = ''): string {
  return String.fromCodePoint(...deckCodePoints(root, extraText))
}
