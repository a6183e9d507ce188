/**
 * npm run handout — the students' handout: one A4 page per slide, the slide at its final click state at the top and
 * the lecturer's speaker notes below it, with the slide number and chapter on the page.
 *
 *   1. `slidev export` without clicks prints each slide once, fully revealed (dist-pdf/.handout-slides.pdf);
 *      `--slides <pdf>` reuses a PDF made that way instead.
 *   2. The notes come from Slidev's own parser (slides.md and the slides/*.md it imports).
 *   3. pdf-lib places each exported page (vector: its text stays text) and sets the notes in Noto Sans SC, of which
 *      only the characters used are embedded (subset-font). The slide's links are copied onto the new page.
 *
 * Writes dist-pdf/cs2916-transparency-openness-handout.pdf; `--copy <dir>` also copies it there (the build uses
 * this to put it beside the slides' PDF in dist/).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import fontkit from '@pdf-lib/fontkit'
import { load } from '@slidev/parser/fs'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, rgb } from 'pdf-lib'
import type { PDFFont, PDFPage, PDFRef } from 'pdf-lib'
import subsetFont from 'subset-font'
import { breakLines, handoutSlides } from '../lib/handout/notes'

const root = resolve(import.meta.dirname, '..')
export const HANDOUT_NAME = 'cs2916-transparency-openness-handout.pdf'
const args = process.argv.slice(2)
const arg = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const t0 = performance.now()
const outDir = join(root, 'dist-pdf')
mkdirSync(outDir, { recursive: true })

// 1. The slides, each once at its last click.
let slidesPdf = arg('--slides')
if (!slidesPdf) {
  slidesPdf = join(outDir, '.handout-slides.pdf')
  const { NODE_ENV: _, ...env } = process.env
  // Slidev's one-piece export can print the slides before their components have loaded (on a first run, while Vite
  // is still bundling the dependencies): pages that say "Loading slide..." or show nothing but the slide number.
  // Such an export is made again, at most twice more; a handout with a slide missing is never written.
  for (let attempt = 1; ; attempt++) {
    execFileSync('npx', ['slidev', 'export', '--no-with-clicks', '--timeout', '180000', '--executable-path', '/usr/bin/chromium',
      '--output', slidesPdf], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env })
    const unloaded = execFileSync('pdftotext', [slidesPdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\f').slice(0, -1).filter(page => page.includes('Loading slide') || page.replace(/[\d/\s]/g, '') === '').length
    if (unloaded === 0)
      break
    if (attempt === 3)
      throw new Error(`handout: ${unloaded} slides were still loading when Slidev exported them, three times; see ${slidesPdf}`)
    console.warn(`handout: ${unloaded} slides were still loading when exported; exporting again`)
  }
}
const tExport = performance.now()

// 2. Notes, numbers and chapters.
const data = await load(root, join(root, 'slides.md'))
const slides = handoutSlides(data.slides)
const src = await PDFDocument.load(readFileSync(slidesPdf))
if (src.getPageCount() !== slides.length)
  throw new Error(`handout: ${slidesPdf} has ${src.getPageCount()} pages, slides.md has ${slides.length} slides shown`)

// 3. Fonts: the first of the shipped Noto Sans SC files that has a glyph sets each character.
const fontDir = join(root, 'node_modules/@fontsource/noto-sans-sc/files')
const COURSE = 'CS2916 大语言模型发展中的重要问题讨论 · 讲义'
const total = slides.length
const header = (s: (typeof slides)[number]) => s.chapter || '引言'
const slideLabel = (no: number) => `幻灯片 ${no} / ${total}`
const texts = {
  400: [COURSE, '本页没有讲解。', ...slides.flatMap(s => s.paragraphs)].join(''),
  700: ['讲解', ...slides.flatMap(s => [header(s), slideLabel(s.no), s.title])].join('') + '0123456789 /',
}
// Latin letters, digits and punctuation below U+2000 come from the Latin files first (the Chinese file's digits are
// set wide); everything else, “”（）included, from the Chinese file first.
const files = (weight: number, latin: boolean) => [...(latin ? ['latin', 'latin-ext'] : []), 'chinese-simplified', 'latin',
  'latin-ext', 'cyrillic', 'vietnamese', ...Array.from({ length: 120 }, (_, i) => String(i))]
  .map(n => join(fontDir, `noto-sans-sc-${n}-${weight}-normal.woff2`))

const out = await PDFDocument.create()
out.registerFontkit(fontkit)
out.setTitle('大语言模型发展中的重要问题讨论 — 讲义（幻灯片与讲解）')
out.setLanguage('zh-CN')
out.setAuthor('CS2916')

interface Face { font: PDFFont, has: (cp: number) => boolean }
async function faces(weight: 400 | 700): Promise<Face[]> {
  const all = [...new Set([...texts[weight]].filter(c => c.trim()))]
  const latin = await facesFor(weight, all.filter(c => c.codePointAt(0)! < 0x2000), files(weight, true))
  return [...latin, ...await facesFor(weight, all.filter(c => c.codePointAt(0)! >= 0x2000), files(weight, false))]
}
async function facesFor(weight: number, chars: string[], candidates: string[]): Promise<Face[]> {
  const need = new Set(chars)
  const result: Face[] = []
  for (const file of candidates) {
    if (!need.size)
      break
    let buf: Buffer
    try {
      buf = readFileSync(file)
    }
    catch {
      continue
    }
    const fk = fontkit.create(buf)
    const found = [...need].filter(c => fk.hasGlyphForCodePoint(c.codePointAt(0)!))
    if (!found.length)
      continue
    found.forEach(c => need.delete(c))
    const ttf = await subsetFont(buf, found.join('') + ' ', { targetFormat: 'truetype' })
    const font = await out.embedFont(ttf, { subset: true })
    const set = new Set(found.map(c => c.codePointAt(0)!))
    set.add(32)
    result.push({ font, has: cp => set.has(cp) })
  }
  if (need.size)
    throw new Error(`handout: no shipped Noto Sans SC ${weight} file has ${[...need].join(' ')}`)
  return result
}
const regular = await faces(400)
const bold = await faces(700)

/** Text split into runs, each set in the first face that has its characters. */
const runs = (text: string, fs: Face[]) => {
  const rs: { face: Face, text: string }[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    const face = fs.find(f => f.has(cp)) ?? fs[0]!
    const last = rs[rs.length - 1]
    if (last && (last.face === face || cp === 32))
      last.text += ch
    else rs.push({ face, text: ch })
  }
  return rs
}
const widthOf = (text: string, size: number, fs: Face[]) =>
  runs(text, fs).reduce((w, r) => w + r.face.font.widthOfTextAtSize(r.text, size), 0)
const draw = (page: PDFPage, text: string, x: number, y: number, size: number, fs: Face[], color = rgb(0.1, 0.1, 0.12)) => {
  for (const r of runs(text, fs)) {
    page.drawText(r.text, { x, y, size, font: r.face.font, color })
    x += r.face.font.widthOfTextAtSize(r.text, size)
  }
}

// Page geometry, A4 portrait in points.
const W = 595.28
const H = 841.89
const M = 42
const slideW = W - 2 * M
const [srcW, srcH] = [src.getPage(0).getWidth(), src.getPage(0).getHeight()]
const slideH = slideW * srcH / srcW
const gray = rgb(0.33, 0.35, 0.4)

const embedded = await out.embedPdf(src, src.getPageIndices())
const pageRefs: PDFRef[] = []
for (const [i, s] of slides.entries()) {
  const page = out.addPage([W, H])
  pageRefs.push(page.ref)
  // Header: chapter left, slide number right.
  const headY = H - M + 4
  draw(page, header(s), M, headY, 10, bold, gray)
  const label = slideLabel(s.no)
  draw(page, label, W - M - widthOf(label, 10, bold), headY, 10, bold, gray)
  // The slide.
  const top = headY - 12
  const slideY = top - slideH
  page.drawPage(embedded[i]!, { x: M, y: slideY, width: slideW, height: slideH })
  page.drawRectangle({ x: M, y: slideY, width: slideW, height: slideH, borderColor: rgb(0.75, 0.77, 0.8), borderWidth: 0.75 })
  copyLinks(src.getPage(i), page, M, slideY, slideW / srcW)
  // The notes: the largest size from 12 pt down at which they fit above the footer.
  let y = slideY - 30
  draw(page, '讲解', M, y, 11, bold, gray)
  y -= 22
  const bottom = M + 24
  const paragraphs = s.paragraphs.length ? s.paragraphs : ['本页没有讲解。']
  let size = 12
  let laid: string[][] = []
  for (; size >= 8; size -= 0.5) {
    laid = paragraphs.map(p => breakLines(p, slideW, t => widthOf(t, size, regular)))
    const height = laid.reduce((h, ls) => h + ls.length * size * 1.75 + size * 0.6, 0)
    if (y - height >= bottom)
      break
  }
  if (size < 8)
    throw new Error(`handout: the notes of slide ${s.no} do not fit on one page even at 8 pt`)
  for (const ls of laid) {
    for (const l of ls) {
      y -= size * 1.2
      draw(page, l, M, y, size, regular)
      y -= size * 0.55
    }
    y -= size * 0.6
  }
  // Footer: course, slide number again.
  draw(page, COURSE, M, M - 8, 8.5, regular, gray)
  const no = String(s.no)
  draw(page, no, W - M - widthOf(no, 8.5, bold), M - 8, 8.5, bold, gray)
}

/** The exported slide's link annotations, moved and scaled onto the handout page (URI links; internal ones are
 *  pointed at the handout's page for that slide). */
function copyLinks(from: PDFPage, to: PDFPage, x0: number, y0: number, k: number) {
  const annots = from.node.Annots()
  if (!annots)
    return
  for (const ref of annots.asArray()) {
    const a = src.context.lookup(ref, PDFDict)
    if (a.get(PDFName.of('Subtype'))?.toString() !== '/Link')
      continue
    const [x1, y1, x2, y2] = a.lookup(PDFName.of('Rect'), PDFArray).asArray().map(n => Number(n.toString()))
    const rect = [x0 + x1! * k, y0 + y1! * k, x0 + x2! * k, y0 + y2! * k]
    const action = a.lookupMaybe(PDFName.of('A'), PDFDict)
    const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText()
    if (!uri)
      continue
    const m = /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\/(?:#|.*?\/)?(\d+)$/.exec(uri)
    const link = out.context.obj(m && pageRefs[Number(m[1]) - 1]
      ? { Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], Dest: [pageRefs[Number(m[1]) - 1]!, 'Fit'] }
      : { Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) } })
    to.node.addAnnot(out.context.register(link))
  }
}

const bytes = await out.save()
const target = join(outDir, HANDOUT_NAME)
writeFileSync(target, bytes)
const copyTo = arg('--copy')
if (copyTo) {
  mkdirSync(resolve(root, copyTo), { recursive: true })
  copyFileSync(target, resolve(root, copyTo, HANDOUT_NAME))
}
const t1 = performance.now()
console.log(`handout: ${slides.length} pages, ${(bytes.length / 1024).toFixed(0)} KiB → ${target}`
  + ` (export ${((tExport - t0) / 1000).toFixed(1)} s, composing ${((t1 - tExport) / 1000).toFixed(1)} s)`)
