import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { POINTER_WORDS } from '../helpers/pointer-words'

/**
 * Print is its own medium (issue 9), checked on the PDFs in dist-pdf/ (`npm run export`, and the handout that
 * `npm run build` writes): no page tells its reader to hover or click, and every page of the slides' PDF carries
 * its slide number ("N / total", the title slide included), in order, every slide present; a link prints as its
 * address alone, not the screen's host label beside it ("huggingface.co huggingface.co/blog/…").
 */
const root = resolve(import.meta.dirname, '../..')
const DIR = resolve(root, 'dist-pdf')
const SLIDES_PDF = 'cs2916-transparency-openness.pdf'
/** Words that ask for a mouse or a finger: on paper they point at nothing. */

const pagesOf = (file: string) => execFileSync('pdftotext', ['-layout', resolve(DIR, file), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  .split('\f').slice(0, -1)

let total: number
let pdfs: string[]
beforeAll(async () => {
  total = (await load(root, resolve(root, 'slides.md'))).slides.length
  pdfs = readdirSync(DIR).filter(f => f.endsWith('.pdf') && !f.startsWith('.'))
})

describe('the printed deck', () => {
  it('has the slides\' PDF (and whatever else dist-pdf holds) to check', () => {
    expect(pdfs).toContain(SLIDES_PDF)
  })

  it('mentions hovering or clicking on no page of any PDF', () => {
    const found: string[] = []
    for (const file of pdfs) {
      pagesOf(file).forEach((text, i) => {
        for (const line of text.split('\n')) {
          if (POINTER_WORDS.test(line))
            found.push(`${file} p.${i + 1}: ${line.trim().slice(0, 80)}`)
        }
      })
    }
    expect(found).toEqual([])
  })

  it('prints each link once: no host label beside the address it starts', () => {
    const found: string[] = []
    for (const file of pdfs) {
      pagesOf(file).forEach((text, i) => {
        for (const m of text.matchAll(/(?<![\w./-])((?:[a-z0-9-]+\.)+[a-z]{2,})\s+\1\//g))
          found.push(`${file} p.${i + 1}: ${m[0]}`)
      })
    }
    expect(found).toEqual([])
  })

  it('carries its slide number on every page of the slides\' PDF, in order, every slide present', () => {
    const pages = pagesOf(SLIDES_PDF)
    expect(pages.length).toBeGreaterThanOrEqual(total)
    const numbers = pages.map((text) => {
      const all = [...text.matchAll(/(?:^|\s)(\d{1,3}) \/ (\d{1,3})(?=\s|$)/g)].filter(m => Number(m[2]) === total)
      return all.length === 1 ? Number(all[0]![1]) : null
    })
    expect(numbers.flatMap((n, i) => (n === null ? [`page ${i + 1}`] : [])), 'pages without exactly one "N / total"').toEqual([])
    const seq = numbers as number[]
    expect(seq.every((n, i) => i === 0 || n === seq[i - 1] || n === seq[i - 1]! + 1), 'numbers in order, no slide skipped').toBe(true)
    expect(seq[0]).toBe(1)
    expect(seq.at(-1)).toBe(total)
  })
})
