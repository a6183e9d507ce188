import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { handoutSlides } from '../../lib/handout/notes'
import type { HandoutSlide } from '../../lib/handout/notes'

/** The students' handout written by `npm run handout` (slides at their last click, notes below). */
const root = resolve(import.meta.dirname, '../..')
const HANDOUT = resolve(root, 'dist-pdf/cs2916-transparency-openness-handout.pdf')
/** Compare text without the spaces and line breaks the page layout adds. */
const squash = (s: string) => s.replace(/\s+/g, '')

let slides: HandoutSlide[]
let pages: string[]
let pdf: PDFDocument
beforeAll(async () => {
  slides = handoutSlides((await load(root, resolve(root, 'slides.md'))).slides)
  pages = execFileSync('pdftotext', [HANDOUT, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1)
  pdf = await PDFDocument.load(readFileSync(HANDOUT))
})

describe('the handout (slides with the lecturer\'s notes)', () => {
  it('exists, with one page per slide', () => {
    expect(existsSync(HANDOUT)).toBe(true)
    expect(slides.length).toBeGreaterThan(30)
    expect(pdf.getPageCount()).toBe(slides.length)
    expect(pages).toHaveLength(slides.length)
  })

  it('puts every notes block of the deck on its slide\'s page, in order, with [click] markers gone', () => {
    const blocks = slides.flatMap(s => s.paragraphs.map(p => ({ no: s.no, p })))
    expect(blocks.length).toBeGreaterThan(slides.length)
    const all = squash(pages.join('\n'))
    let at = 0
    for (const { no, p } of blocks) {
      expect(squash(pages[no - 1]!), `slide ${no}: ${p.slice(0, 30)}`).toContain(squash(p))
      const found = all.indexOf(squash(p), at)
      expect(found, `slide ${no} notes out of order`).toBeGreaterThanOrEqual(at)
      at = found
    }
    expect(all).not.toMatch(/\[click/i)
  })

  it('numbers every page with its slide and names the chapter', () => {
    for (const s of slides) {
      const text = pages[s.no - 1]!
      expect(text, `page ${s.no}`).toContain(`幻灯片 ${s.no} / ${slides.length}`)
      if (s.chapter)
        expect(squash(text), `page ${s.no}`).toContain(squash(s.chapter))
    }
    expect(slides.filter(s => s.chapter).length).toBeGreaterThan(slides.length / 2)
  })

  it('shows each slide at its last click (the slide\'s own text is on the page) and has no blank page', () => {
    for (const s of slides) {
      expect(squash(pages[s.no - 1]!).length, `page ${s.no}`).toBeGreaterThan(60)
      expect(squash(pages[s.no - 1]!), `page ${s.no}`).toContain(squash(s.title).slice(0, 6))
    }
    // The heatmap is drawn fully: its last step (sorted, averages and weakest marked) is on the page.
    const heat = pages.filter(t => t.includes('满足的指标比例'))
    expect(heat).toHaveLength(1)
    expect(heat[0]).toMatch(/Average/)
  })

  it('keeps the slides\' links clickable', () => {
    const uris = pdf.getPages().flatMap(p => (p.node.Annots()?.asArray() ?? []).map((r) => {
      const a = pdf.context.lookup(r, PDFDict)
      const rect = a.lookup(PDFName.of('Rect'), PDFArray).asArray().map(n => Number(n.toString()))
      return { uri: a.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText(), rect }
    }))
    expect(uris.map(u => u.uri)).toContain('https://plms.ai/teaching/index.html')
    expect(uris.length).toBeGreaterThan(10)
    for (const { rect } of uris) {
      expect(rect[2]! - rect[0]!).toBeGreaterThan(5)
      expect(rect[3]).toBeLessThan(842)
    }
  })
})
