/**
 * Noto Sans SC cut down to the characters the deck uses (scripts/deck-characters.ts), with harfbuzz's subsetter
 * (subset-font, WebAssembly). Fontsource ships the font as a whole-script file (chinese-simplified, which holds
 * almost every character the deck uses) and as Google's numbered slices; a character missing from the
 * whole-script file (arrows, ✓, ≠) is taken from the slice that has it.
 *
 * `subsetNotoSansSC` is reusable (the PDF handout embeds a subset too); `writeDeckFonts` writes the site's woff2
 * files and two stylesheets of @font-face rules (the title slide's characters, then the rest) to styles/generated/
 * (git-ignored), skipping the work when the characters and sources are unchanged.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fontverter from 'fontverter'
import * as hb from 'harfbuzzjs'
import subsetFont from 'subset-font'
import { deckCodePoints } from './deck-characters'

const require = createRequire(import.meta.url)
const FONTSOURCE = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'))
const FILES = join(FONTSOURCE, 'files')
/** The weights the deck uses: body text and bold (titles, <strong>). */
export const DECK_FONT_WEIGHTS = [400, 700] as const
export const FONT_FAMILY = 'Noto Sans SC'

async function codePointsOf(woff2: Buffer): Promise<Set<number>> {
  const sfnt = await fontverter.convert(woff2, 'sfnt')
  const face = new hb.Face(new hb.Blob(sfnt))
  return new Set(face.collectUnicodes())
}

/** unicode-range of each numbered slice in Fontsource's stylesheet for a weight: file name → code points test. */
function slices(weight: number): { file: string, has: (cp: number) => boolean }[] {
  const css = readFileSync(join(FONTSOURCE, `${weight}.css`), 'utf8')
  const out: { file: string, has: (cp: number) => boolean }[] = []
  for (const m of css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
    const ranges = m[2]!.split(',').map((r) => {
      const [a, b] = r.trim().slice(2).split('-')
      return [Number.parseInt(a!, 16), Number.parseInt(b ?? a!, 16)] as const
    })
    out.push({ file: m[1]!, has: cp => ranges.some(([a, b]) => cp >= a && cp <= b) })
  }
  return out
}

export interface FontPiece {
  /** Fontsource's file the glyphs come from. */
  source: string
  weight: number
  /** The code points this piece holds (those of the request the source has). */
  codePoints: number[]
  /** The subset font. */
  data: Buffer
}

/**
 * Subsets Noto Sans SC (one weight) to the given code points. Returns one piece per source file used (the
 * whole-script file first), and the code points no file of the font has.
 */
export async function subsetNotoSansSC(codePoints: readonly number[], weight: number, format: 'woff2' | 'sfnt' = 'woff2'):
Promise<{ pieces: FontPiece[], missing: number[] }> {
  const main = `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`
  const mainHas = await codePointsOf(readFileSync(join(FILES, main)))
  const groups = new Map<string, number[]>([[main, []]])
  const missing: number[] = []
  let rest: number[] = []
  for (const cp of codePoints) (mainHas.has(cp) ? groups.get(main)! : rest).push(cp)
  for (const slice of slices(weight)) {
    if (rest.length === 0)
      break
    const wanted = rest.filter(slice.has)
    if (wanted.length === 0)
      continue
    const has = await codePointsOf(readFileSync(join(FILES, slice.file)))
    const found = wanted.filter(cp => has.has(cp))
    if (found.length > 0)
      groups.set(slice.file, found)
    rest = rest.filter(cp => !found.includes(cp))
  }
  missing.push(...rest)
  const pieces: FontPiece[] = []
  for (const [source, cps] of groups) {
    if (cps.length === 0)
      continue
    const data = await subsetFont(readFileSync(join(FILES, source)), String.fromCodePoint(...cps), { targetFormat: format })
    pieces.push({ source, weight, codePoints: cps, data })
  }
  return { pieces, missing }
}

/** CSS unicode-range for a sorted list of code points, runs merged. */
export function unicodeRange(codePoints: readonly number[]): string {
  const parts: string[] = []
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0')
  for (let i = 0; i < codePoints.length; i++) {
    const start = codePoints[i]!
    while (i + 1 < codePoints.length && codePoints[i + 1] === codePoints[i]! + 1) i++
    parts.push(codePoints[i] === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(codePoints[i]!)}`)
  }
  return parts.join(',')
}

/**
 * The text of the title slide: the course block of data/transparency.json (CourseTitle) and the deck's title.
 * Only decides which characters go into the piece loaded first; every character is in one piece or the other.
 */
export function firstSlideText(root: string): string {
  const data = JSON.parse(readFileSync(join(root, 'data/transparency.json'), 'utf8')) as { course?: Record<string, unknown> }
  const title = /^title:\s*(.*)$/m.exec(readFileSync(join(root, 'slides.md'), 'utf8'))?.[1] ?? ''
  // The slide controls (custom-nav-controls.vue) are on every slide, the first included.
  const controls = readFileSync(join(root, 'custom-nav-controls.vue'), 'utf8')
  return `${Object.values(data.course ?? {}).filter(v => typeof v === 'string').join('')}${title}${controls}`
}

export const GENERATED_DIR = 'styles/generated'
/** The faces of the title slide's characters: in the deck's stylesheet, loaded with the page. */
export const FONT_CSS = 'deck-fonts.css'
/** The faces of every other character: a stylesheet of its own, requested once the page has loaded (setup/main.ts). */
export const REST_FONT_CSS = 'deck-fonts-rest.css'

/**
 * Writes styles/generated/deck-fonts.css and its woff2 files for the deck's characters. Returns what it did;
 * does nothing when the stylesheet already records the same characters and Fontsource version.
 */
export async function writeDeckFonts(root: string, firstLoadText = firstSlideText(root)):
Promise<{ written: boolean, files: string[], missing: number[], codePoints: number[] }> {
  const codePoints = deckCodePoints(root)
  // Two pieces per weight: what the first slide shows, loaded with the page, and the rest, in a stylesheet requested
  // once the page has loaded, so that on a slow network a slide's code and data come before its typeface (the
  // browser then fetches a face only for characters in its unicode-range).
  const first = new Set(deckCodePoints(root, firstLoadText, []))
  const tiers = [codePoints.filter(cp => first.has(cp)), codePoints.filter(cp => !first.has(cp))]
  const version = JSON.parse(readFileSync(join(FONTSOURCE, 'package.json'), 'utf8')).version as string
  const key = createHash('sha256').update(`${version}\n${tiers.map(t => String.fromCodePoint(...t)).join('\n')}\n${readFileSync(import.meta.filename, 'utf8')}`).digest('hex').slice(0, 16)
  const dir = join(root, GENERATED_DIR)
  const cssPath = join(dir, FONT_CSS)
  if (existsSync(cssPath) && existsSync(join(dir, REST_FONT_CSS)) && readFileSync(cssPath, 'utf8').includes(`key: ${key}`)) {
    const files = readdirSync(dir).filter(f => f.endsWith('.woff2'))
    return { written: false, files, missing: [], codePoints }
  }
  const rules: string[][] = [[], []]
  const files: string[] = []
  const missing = new Set<number>()
  const built: { name: string, data: Buffer }[] = []
  for (const weight of DECK_FONT_WEIGHTS) {
    for (const [tier, cps] of tiers.entries()) {
      const result = await subsetNotoSansSC(cps, weight)
      result.missing.forEach(cp => missing.add(cp))
      for (const piece of result.pieces) {
        const hash = createHash('sha256').update(piece.data).digest('hex').slice(0, 8)
        const name = `${piece.source.replace(/\.woff2$/, '').replace(/[[\]]/g, '')}.${tier === 0 ? 'first' : 'rest'}.${hash}.woff2`
        built.push({ name, data: piece.data })
        files.push(name)
        rules[tier]!.push(`@font-face {
  font-family: '${FONT_FAMILY}';
  font-style: normal;
  font-display: swap;
  font-weight: ${weight};
  src: url(./${name}) format('woff2');
  unicode-range: ${unicodeRange(piece.codePoints)};
}`)
      }
    }
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const f of built) writeFileSync(join(dir, f.name), f.data)
  const head = `/* Generated by scripts/deck-fonts.ts from the deck's characters; do not edit. key: ${key} */`
  writeFileSync(join(dir, REST_FONT_CSS), `${head}\n${rules[1]!.join('\n')}\n`)
  writeFileSync(cssPath, `${head}\n${rules[0]!.join('\n')}\n`)
  return { written: true, files, missing: [...missing], codePoints }
}
