import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openPage, url } from './site'

/**
 * Readability from the back of the hall: every slide at its last click, measured on the built deck at 1280x720.
 * - text size on screen: none under 14 px, at least 75% of the visible characters at 16 px or more;
 * - no word split across lines (ICU's word segmentation of each text node, compared with its line boxes), and no
 *   identifier such as text-davinci-003 or PaLM-540B broken at its hyphen, and no line that starts or ends with a
 *   "·" separator (Org · date units are kept whole, or drop the "·" where they wrap);
 * - axe-core (WCAG 2.1 A/AA): no serious or critical violation inside the slide's content;
 * - nothing hidden behind the slide footer: no visible text, graphic or drawn box overlaps .deck-footer or lies
 *   below its top edge (where the slide cuts it off).
 * The measurements of every slide are written to test-results/readability.json.
 */

const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')
const REPORT = resolve(import.meta.dirname, '../../test-results/readability.json')

interface SlideReport {
  no: number
  chars: number
  charsAtLeast16: number
  minPx: number | null
  small: { text: string, px: number, chars: number }[]
  splits: string[]
  danglingDots: string[]
  underFooter: string[]
  axe: { id: string, impact: string, nodes: number, targets: string[] }[]
}

let browser: Browser
beforeAll(async () => { browser = await launch() })
afterAll(() => browser?.close())

async function slideCount(page: Page): Promise<number> {
  await page.goto(url('print'), { waitUntil: 'networkidle' })
  return page.locator('.print-slide-container').count()
}

/** Shows slide `no` at its last click: the next slide's first state, then ← (Slidev goes back to the last click). */
async function showLastClick(page: Page, no: number, total: number) {
  if (no === total) {
    await page.goto(url(String(no)), { waitUntil: 'networkidle' })
  }
  else {
    await page.goto(url(String(no + 1)), { waitUntil: 'networkidle' })
    await page.waitForTimeout(300)
    await page.keyboard.press('ArrowLeft')
    // On a busy machine the key can be missed: then once more.
    const back = new RegExp(`/${no}(\\?|$)`)
    if (!await page.waitForURL(back, { timeout: 5000 }).then(() => true, () => false)) {
      await page.keyboard.press('ArrowLeft')
      await page.waitForURL(back)
    }
  }
  await page.evaluate(() => document.fonts.ready)
  // Let the slide transition and the charts' click transitions end.
  await page.waitForTimeout(1200)
}

/** Runs in the page: sizes and split words of the visible text in the current slide. */
function measure(no: number) {
  const slide = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!slide)
    return null
  const box = slide.getBoundingClientRect()
  const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' })
  const visible = (el: Element | null): boolean => {
    let opacity = 1
    for (let e = el; e && e !== slide.parentElement; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.display === 'none' || s.visibility === 'hidden')
        return false
      opacity *= Number(s.opacity)
    }
    return opacity > 0.05
  }
  const screenPx = (el: Element): number => {
    const fs = Number.parseFloat(getComputedStyle(el).fontSize)
    if (el instanceof SVGElement) {
      const m = (el as SVGGraphicsElement).getScreenCTM?.()
      return m ? fs * Math.hypot(m.a, m.b) : fs
    }
    const h = el as HTMLElement
    const r = h.getBoundingClientRect()
    return h.offsetWidth > 0 ? fs * (r.width / h.offsetWidth) : fs * (box.width / slide.offsetWidth)
  }
  let chars = 0
  let big = 0
  let minPx = Infinity
  const small: { text: string, px: number, chars: number }[] = []
  const splits: string[] = []
  const danglingDots: string[] = []
  // The "·" separators whose neighbour on one side is not yet known (the next text node's first character).
  let lastChar: { top: number, text: string } | null = null
  let openDot: { top: number, text: string } | null = null
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data
    const n = text.replace(/\s/g, '').length
    const el = node.parentElement
    if (!n || !el || !visible(el) || el.closest('style, script, .katex-mathml'))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter(r => r.width > 1 && r.height > 1
      && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom)
    if (!rects.length)
      continue
    const px = screenPx(el)
    chars += n
    if (px >= 15.95)
      big += n
    if (px < minPx)
      minPx = px
    if (px < 13.95)
      small.push({ text: text.trim().slice(0, 40), px: Math.round(px * 10) / 10, chars: n })
    if (el instanceof SVGElement)
      continue
    // A "·" whose neighbour before or after it sits on another line: a line starts or ends with it.
    const topOf = (i: number) => {
      const r = document.createRange()
      r.setStart(node, i)
      r.setEnd(node, i + 1)
      const rect = [...r.getClientRects()].find(x => x.width > 0.5)
      return rect ? Math.round(rect.top) : null
    }
    const sameLine = (a: number, b: number) => Math.abs(a - b) < px * 0.5
    const context = (i: number) => text.slice(Math.max(0, i - 12), i + 12).trim()
    const solid = [...text].map((ch, i) => ({ ch, i })).filter(c => c.ch.trim())
    for (const [k, c] of solid.entries()) {
      const top = topOf(c.i)
      if (top === null)
        continue
      if (openDot) {
        if (!sameLine(openDot.top, top))
          danglingDots.push(openDot.text)
        openDot = null
      }
      if (c.ch === '·') {
        const before = k > 0 ? topOf(solid[k - 1]!.i) : lastChar?.top ?? null
        if (before !== null && !sameLine(before, top))
          danglingDots.push(context(c.i))
        if (k < solid.length - 1) {
          const after = topOf(solid[k + 1]!.i)
          if (after !== null && !sameLine(after, top))
            danglingDots.push(context(c.i))
        }
        else {
          openDot = { top, text: context(c.i) }
        }
      }
    }
    const last = solid.at(-1)
    const lastTop = last ? topOf(last.i) : null
    if (last && lastTop !== null)
      lastChar = { top: lastTop, text: last.ch }
    if (rects.length < 2)
      continue
    // Several line boxes: is any word (or identifier) spread over two of them?
    const lineOf = (start: number, end: number) => {
      const r = document.createRange()
      r.setStart(node, start)
      r.setEnd(node, end)
      const tops = [...r.getClientRects()].filter(x => x.width > 0.5).map(x => Math.round(x.top))
      return new Set(tops.map(t => tops.find(u => Math.abs(u - t) < px * 0.5)))
    }
    const units: { s: string, at: number }[] = []
    for (const seg of segmenter.segment(text)) {
      if (seg.isWordLike && seg.segment.length > 1)
        units.push({ s: seg.segment, at: seg.index })
    }
    for (const m of text.matchAll(/[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)+/g))
      units.push({ s: m[0], at: m.index })
    for (const u of units) {
      if (lineOf(u.at, u.at + u.s.length).size > 1)
        splits.push(u.s)
    }
  }
  return { chars, big, minPx: chars ? minPx : null, small, splits, danglingDots: [...new Set(danglingDots)] }
}

/**
 * Runs in the page: what of the slide's visible content reaches under its footer (.deck-footer, drawn on top, white)
 * or below the footer's top edge: text, SVG shapes, images, and HTML boxes that draw a background or border.
 */
function underFooter(no: number): string[] {
  const slide = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  const footer = slide?.querySelector<HTMLElement>('.deck-footer')
  if (!slide || !footer)
    return []
  const f = footer.getBoundingClientRect()
  const s = slide.getBoundingClientRect()
  const visible = (el: Element): boolean => {
    let opacity = 1
    for (let e: Element | null = el; e && e !== slide.parentElement; e = e.parentElement) {
      const st = getComputedStyle(e)
      if (st.display === 'none' || st.visibility === 'hidden')
        return false
      opacity *= Number(st.opacity)
    }
    return opacity > 0.05
  }
  const below = (r: DOMRect) => r.width > 1 && r.height > 1 && r.bottom > f.top + 0.5 && r.right > s.left && r.left < s.right
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`
  const found: string[] = []
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const el = node.parentElement
    if (!node.data.trim() || !el || footer.contains(el) || el.closest('style, script, .katex-mathml, .sr-only') || !visible(el))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    if ([...range.getClientRects()].some(below))
      found.push(`"${node.data.trim().slice(0, 30)}" in ${name(el)}`)
  }
  for (const el of slide.querySelectorAll('*')) {
    if (footer.contains(el) || el.contains(footer) || el.closest('.sr-only, defs, clipPath, mask') || !visible(el))
      continue
    let drawn = false
    if (el instanceof SVGGraphicsElement && !(el instanceof SVGSVGElement || el instanceof SVGGElement || el instanceof SVGTextContentElement)) {
      const st = getComputedStyle(el)
      drawn = !(st.fill === 'none' && st.stroke === 'none')
    }
    else if (el instanceof HTMLImageElement || el instanceof HTMLCanvasElement) {
      drawn = true
    }
    else if (el instanceof HTMLElement) {
      const st = getComputedStyle(el)
      drawn = !['rgba(0, 0, 0, 0)', 'transparent'].includes(st.backgroundColor) || st.backgroundImage !== 'none'
        || (['Top', 'Bottom', 'Left', 'Right'] as const).some(side => Number.parseFloat(st[`border${side}Width`]) > 0 && st[`border${side}Style`] !== 'none')
    }
    if (drawn && below(el.getBoundingClientRect()))
      found.push(name(el))
  }
  return [...new Set(found)].slice(0, 8)
}

describe('readability of every slide at its last click (1280x720)', () => {
  it('has large enough text, no word split across lines, nothing under the footer and no serious axe violation', async () => {
    const { page } = await openPage(browser)
    const total = await slideCount(page)
    expect(total).toBeGreaterThan(1)
    const slides: SlideReport[] = []
    for (let no = 1; no <= total; no++) {
      await showLastClick(page, no, total)
      const m = await page.evaluate(measure, no)
      expect(m, `slide ${no} is shown`).not.toBeNull()
      const hidden = await page.evaluate(underFooter, no)
      await page.addScriptTag({ path: AXE })
      const axe = await page.evaluate(async (sel) => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(sel, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        })
        return (result.violations as { id: string, impact: string, nodes: { target: string[] }[] }[])
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))
      }, `.slidev-page-${no}`)
      slides.push({ no, chars: m!.chars, charsAtLeast16: m!.big, minPx: m!.minPx, small: m!.small, splits: m!.splits, danglingDots: m!.danglingDots, underFooter: hidden, axe })
    }
    await page.close()

    const chars = slides.reduce((s, x) => s + x.chars, 0)
    const big = slides.reduce((s, x) => s + x.charsAtLeast16, 0)
    const summary = {
      slides: total,
      chars,
      shareAtLeast16: Math.round((big / chars) * 1000) / 1000,
      minPx: Math.min(...slides.map(s => s.minPx ?? Infinity)),
      charsUnder14: slides.reduce((s, x) => s + x.small.reduce((a, t) => a + t.chars, 0), 0),
      splitWords: slides.reduce((s, x) => s + x.splits.length, 0),
      danglingDots: slides.reduce((s, x) => s + x.danglingDots.length, 0),
      underFooter: slides.filter(x => x.underFooter.length).length,
      axeSeriousNodes: slides.reduce((s, x) => s + x.axe.reduce((a, v) => a + v.nodes, 0), 0),
    }
    mkdirSync(resolve(REPORT, '..'), { recursive: true })
    writeFileSync(REPORT, `${JSON.stringify({ summary, slides }, null, 2)}\n`)

    const under14 = slides.filter(s => s.small.length).map(s => ({ no: s.no, small: s.small.slice(0, 3).map(t => `${t.text} (${t.px} px)`) }))
    const split = slides.filter(s => s.splits.length).map(s => ({ no: s.no, splits: s.splits }))
    const axe = slides.filter(s => s.axe.length).map(s => ({ no: s.no, axe: s.axe.map(v => `${v.id} ×${v.nodes}`) }))
    expect.soft(under14, 'text under 14 px').toEqual([])
    expect.soft(summary.shareAtLeast16, 'share of characters at 16 px or more').toBeGreaterThanOrEqual(0.75)
    const footer = slides.filter(s => s.underFooter.length).map(s => ({ no: s.no, under: s.underFooter }))
    expect.soft(split, 'words split across lines').toEqual([])
    const dots = slides.filter(s => s.danglingDots.length).map(s => ({ no: s.no, dots: s.danglingDots }))
    expect.soft(dots, 'lines that start or end with "·"').toEqual([])
    expect.soft(footer, 'content hidden behind the slide footer').toEqual([])
    expect.soft(axe, 'serious or critical axe violations').toEqual([])
  }, 600_000)
})
