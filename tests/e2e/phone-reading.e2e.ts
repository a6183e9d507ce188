import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, slideNumberOf, url } from './site'

/**
 * Every slide's reading view on a phone (390x844 and 360x740, touch), measured as readability.e2e.ts measures the
 * projector: in the whole reading view (bar, reflowed slide, notes, pager)
 * - no visible text under 14 px;
 * - no text past the screen's edge, or past the edge of a box that hides its overflow, unless it is inside a table,
 *   code block or drawing that scrolls sideways in its own box;
 * - no text laid out a few characters a line (a column squeezed to S|ta|ble), and no name, id or date in a table
 *   cell broken inside (gpt-3.5-turbo-0613, 2023 年 3 月);
 * - no text over other text or over a control;
 * - no page error.
 * Then a slide's address opened on a phone, "放映此页", the index, and the swipe.
 * The measurements are written to test-results/phone-reading.json.
 */

const REPORT = resolve(import.meta.dirname, '../../test-results/phone-reading.json')
const SIZES = [[390, 844], [360, 740]] as const

interface PhoneReport {
  no: number
  small: string[]
  outside: string[]
  splits: string[]
  overlaps: string[]
}

/** Runs in the page: the reading view's visible text, measured. */
function measure(): Omit<PhoneReport, 'no'> {
  const root = document.querySelector<HTMLElement>('[data-testid="reading-view"]')!
  const screen = { width: document.documentElement.clientWidth }
  const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' })
  const zoomOf = (el: Element) => (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}`
  const short = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 40)
  // Hidden: not displayed, invisible, transparent, or clipped to nothing (a screen reader's text, .sr-only).
  const hidden = (el: Element): boolean => {
    let opacity = 1
    for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.display === 'none' || s.visibility === 'hidden' || s.clip === 'rect(0px, 0px, 0px, 0px)')
        return true
      opacity *= Number(s.opacity)
      const r = e.getBoundingClientRect()
      if (s.overflow !== 'visible' && r.width <= 1.5 && r.height <= 1.5)
        return true
    }
    return opacity < 0.05
  }
  // A box that scrolls sideways in its own right: a table, code block or drawing wider than its box.
  const sideways = (el: Element) => {
    const s = getComputedStyle(el)
    return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el !== root
      && (el.matches('table, pre, svg, [data-scroll-x], .katex-display') || !!el.querySelector('table, pre, svg, [data-scroll-x], .katex-display'))
  }
  const small: string[] = []
  const outside: string[] = []
  const splits: string[] = []
  const lines: { r: DOMRect, node: Text, el: Element }[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data
    const el = node.parentElement
    if (!text.trim() || !el || el.closest('style, script, .katex-mathml, dialog:not([open])') || hidden(el))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0.5)
    if (!rects.length)
      continue
    // Size on screen: the computed size times the CSS zoom, and for SVG text the drawing's scale.
    let px = Number.parseFloat(getComputedStyle(el).fontSize) * zoomOf(el)
    if (el instanceof SVGElement) {
      const m = (el as unknown as SVGGraphicsElement).getScreenCTM?.()
      if (m)
        px *= Math.hypot(m.a, m.b)
    }
    if (px < 13.95)
      small.push(`${short(text)} (${px.toFixed(1)} px)`)
    // Cut off: past the screen, or past a box that hides its overflow; a sideways scroller excuses what lies in it.
    let excused = false
    const clips: DOMRect[] = [new DOMRect(0, -1e6, screen.width, 2e6)]
    const boxes: DOMRect[] = []
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
      excused ||= sideways(e)
      const s = getComputedStyle(e)
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        boxes.push(e.getBoundingClientRect())
        if (!excused)
          clips.push(e.getBoundingClientRect())
      }
    }
    if (!excused) {
      const cut = rects.some(r => clips.some(c => r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1))
      if (cut)
        outside.push(`${short(text)} in ${name(el)}`)
    }
    // For overlaps, a line as far as it shows: what a box scrolled out of its window (a plot's scrolled part, under
    // the axis that stays in view) or hides is not on the screen.
    for (const r of rects) {
      const shown = boxes.reduce((a, c) => {
        const left = Math.max(a.left, c.left)
        const top = Math.max(a.top, c.top)
        return new DOMRect(left, top, Math.max(0, Math.min(a.right, c.right) - left), Math.max(0, Math.min(a.bottom, c.bottom) - top))
      }, r)
      if (shown.width > 0.5 && shown.height > 0.5)
        lines.push({ r: shown, node, el })
    }
    if (rects.length < 2 || el instanceof SVGElement)
      continue
    // Several line boxes: a word of two or more characters laid out one or two characters a line (a column squeezed
    // to S|ta|ble, 202|0年, a flex item to 20|B), or a name, id or date in a table cell broken inside
    // (gpt-3.5-|turbo-0125). Prose breaks between lines as it may, and a short text may break at its space (- | 乡村).
    const lineOf = (start: number, end: number) => {
      const r = document.createRange()
      r.setStart(node, start)
      r.setEnd(node, end)
      const tops = [...r.getClientRects()].filter(x => x.width > 0.5).map(x => Math.round(x.top))
      return new Set(tops.map(t => tops.find(u => Math.abs(u - t) < px * 0.5)))
    }
    if (rects.every(r => r.width <= px * 2.6)) {
      const broken = [...segmenter.segment(text)]
        .filter(seg => seg.isWordLike && [...seg.segment].length > 1 && lineOf(seg.index, seg.index + seg.segment.length).size > 1)
        .map(seg => seg.segment)
      if (broken.length)
        splits.push(`${broken.slice(0, 3).join(' ')} laid out ${rects.length} lines of at most two characters`)
    }
    if (el.closest('td, th')) {
      for (const m of text.matchAll(/[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)+|\d{4}\s*年\s*\d{1,2}\s*月/g)) {
        if (lineOf(m.index, m.index + m[0].length).size > 1)
          splits.push(`${m[0]} broken in a table cell ("${short(text)}")`)
      }
    }
  }
  // Overlaps: a line of text over another text's line, or over a control it is not part of.
  const overlaps: string[] = []
  const over = (a: DOMRect, b: DOMRect) => {
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
    return w > 2 && h > Math.min(a.height, b.height) * 0.3
  }
  lines.sort((a, b) => a.r.top - b.r.top)
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!
    for (let j = i + 1; j < lines.length && lines[j]!.r.top < a.r.bottom; j++) {
      const b = lines[j]!
      if (b.node !== a.node && over(a.r, b.r))
        overlaps.push(`"${short(a.node.data)}" and "${short(b.node.data)}"`)
    }
  }
  const controls = [...root.querySelectorAll('button, select, input, a.reading-link, [role="button"]')].filter(c => !hidden(c))
  for (const c of controls) {
    const cr = c.getBoundingClientRect()
    for (const l of lines) {
      if (!c.contains(l.el) && !l.el.contains(c) && over(cr, l.r) && getComputedStyle(c).position !== 'sticky')
        overlaps.push(`"${short(l.node.data)}" over ${name(c)}`)
    }
  }
  return { small: [...new Set(small)], outside: [...new Set(outside)], splits: [...new Set(splits)], overlaps: [...new Set(overlaps)].slice(0, 10) }
}

let browser: Browser
beforeAll(async () => { browser = await launch() })
afterAll(() => browser?.close())

/** Shows slide `no` in the reading view (moving there from the previous slide with →, as a student would). */
async function show(page: Page, no: number, first: boolean) {
  if (first)
    await page.goto(url(`read/${no}`), { waitUntil: 'networkidle' })
  else
    await page.keyboard.press('ArrowRight')
  await page.waitForURL(new RegExp(`/read/${no}$`))
  await page.getByTestId('reading-reflowed').locator(`.slidev-page-${no}`).waitFor()
  await page.evaluate(() => document.fonts.ready)
  // Let the charts lay out for the phone's width (a ResizeObserver's turn) and the slide's lazy parts load.
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(400)
}

describe('every slide\'s reading view on a phone', () => {
  const reports: Record<string, PhoneReport[]> = {}
  for (const [w, h] of SIZES) {
    it(`at ${w}x${h}: text of 14 px or more, nothing cut off, no word split, nothing overlapping, no error`, async () => {
      const context = await browser.newContext({ viewport: { width: w, height: h }, isMobile: true, hasTouch: true })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', e => errors.push(e.message))
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
      await page.goto(url('read/1'), { waitUntil: 'networkidle' })
      const total = Number((await page.getByTestId('reading-no').textContent())!.match(/\/\s*(\d+)/)![1])
      expect(total).toBeGreaterThan(50)
      const slides: PhoneReport[] = []
      for (let no = 1; no <= total; no++) {
        await show(page, no, no === 1)
        slides.push({ no, ...await page.evaluate(measure) })
      }
      await context.close()
      reports[`${w}x${h}`] = slides
      mkdirSync(resolve(REPORT, '..'), { recursive: true })
      writeFileSync(REPORT, `${JSON.stringify(reports, null, 2)}\n`)

      const failing = (key: Exclude<keyof PhoneReport, 'no'>) => slides.filter(s => s[key].length).map(s => ({ no: s.no, [key]: s[key].slice(0, 4) }))
      expect.soft(failing('small'), 'text under 14 px').toEqual([])
      expect.soft(failing('outside'), 'text cut off or past the screen\'s edge').toEqual([])
      expect.soft(failing('splits'), 'text a few characters a line, or ids broken in a cell').toEqual([])
      expect.soft(failing('overlaps'), 'text over text or over a control').toEqual([])
      expect.soft(errors, 'page errors').toEqual([])
    }, 900_000)
  }
})

/** A quick one-finger swipe from `from` to `to` (screen px), as touch events. */
async function swipe(page: Page, from: { x: number, y: number }, to: { x: number, y: number }) {
  const cdp = await page.context().newCDPSession(page)
  const at = (k: number) => [{ x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k }]
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) })
  for (let k = 1; k <= 3; k++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k / 3) })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

describe('arriving and moving on a phone', () => {
  it('opens a slide\'s address in its reading view; 放映此页 shows the projector slide, and stays with it', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(url('10'), { waitUntil: 'networkidle' })
    await page.waitForURL(/\/read\/10$/)
    await expect(page.getByTestId('reading-no').textContent()).resolves.toMatch(/10 \/ \d+/)
    await page.getByTestId('reading-reflowed').locator('.slidev-page-10').waitFor()
    await page.getByTestId('reading-project').click()
    await page.waitForURL(/\/cs2916\/10$/)
    await page.locator('#slide-content .slidev-page-10').waitFor()
    expect(await page.getByTestId('reading-view').count()).toBe(0)
    // Chosen for the session: another slide's address keeps the projector layout.
    await page.goto(url('12'), { waitUntil: 'networkidle' })
    await page.locator('#slide-content .slidev-page-12').waitFor()
    expect(page.url()).toMatch(/\/cs2916\/12$/)
    await context.close()
    // A laptop's window keeps the projector layout.
    const laptop = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await laptop.goto(url('10'), { waitUntil: 'networkidle' })
    await laptop.locator('#slide-content .slidev-page-10').waitFor()
    expect(laptop.url()).toMatch(/\/cs2916\/10$/)
    await laptop.close()
  })

  it('has controls of 44 px or more, an index to jump from, and reopens where the student last read', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(url('read/3'), { waitUntil: 'networkidle' })
    // The bar's five controls, a finger's size each and side by side within the screen, at both sizes.
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height })
      const controls = await page.locator('.reading-bar :is(button, a)').evaluateAll(els => els.map((e) => {
        const r = e.getBoundingClientRect()
        return { name: e.getAttribute('aria-label') ?? e.textContent?.trim(), width: r.width, height: r.height, left: r.left, right: r.right, scroll: e.scrollWidth - e.clientWidth }
      }))
      expect(controls.map(c => c.name)).toEqual(['目录', '上一页', '下一页', '搜索', '放映此页'])
      for (const c of controls) {
        expect(Math.min(c.width, c.height), `${c.name} at ${width}`).toBeGreaterThanOrEqual(44)
        expect(c.left, `${c.name} at ${width}`).toBeGreaterThanOrEqual(0)
        expect(c.right, `${c.name} at ${width}`).toBeLessThanOrEqual(width)
        expect(c.scroll, `${c.name}'s text fits it at ${width}`).toBeLessThanOrEqual(0)
      }
    }
    await page.getByTestId('reading-index-button').click()
    const index = page.getByTestId('reading-index')
    await expect(index.locator('[aria-current="page"]').textContent()).resolves.toMatch(/^3/)
    await index.getByRole('link', { name: /^20\s*/ }).click()
    await page.waitForURL(/\/read\/20$/)
    expect(await index.isVisible()).toBe(false)
    await page.goto(url('read'), { waitUntil: 'networkidle' })
    await page.waitForURL(/\/read\/20$/)
    await context.close()
  })

  it('moves to the next and previous slide on a horizontal swipe, but not when it starts in a box that scrolls sideways', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    const turbo = await slideNumberOf(page, '[data-model="gpt-3.5-turbo-0125"]')
    await page.goto(url(`read/${turbo}`), { waitUntil: 'networkidle' })
    const table = page.getByTestId('reading-reflowed').locator('table:has([data-model])').first()
    await table.waitFor()
    // The table is wider than the screen and scrolls in its own box.
    const box = await table.evaluate(t => ({ scroll: t.scrollWidth, client: t.clientWidth, overflow: getComputedStyle(t).overflowX }))
    expect(box.scroll).toBeGreaterThan(box.client)
    expect(box.overflow).toBe('auto')
    await table.scrollIntoViewIfNeeded()
    const tr = (await table.boundingBox())!
    const start = { x: 320, y: tr.y + tr.height / 2 }
    expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('table'), start)).toBe(true)
    await swipe(page, start, { x: 80, y: start.y + 4 })
    await page.waitForTimeout(400)
    expect(page.url()).toMatch(new RegExp(`/read/${turbo}$`))
    // Outside the table (the notes), the same swipe moves to the next slide.
    await page.getByTestId('reading-notes').evaluate(n => n.scrollIntoView({ block: 'start' }))
    const nr = (await page.getByTestId('reading-notes').boundingBox())!
    await swipe(page, { x: 320, y: nr.y + 40 }, { x: 80, y: nr.y + 50 })
    await page.waitForURL(new RegExp(`/read/${turbo + 1}$`))
    await page.getByTestId('reading-reflowed').locator(`.slidev-page-${turbo + 1}`).waitFor()
    const title = (await page.getByTestId('reading-reflowed').boundingBox())!
    await swipe(page, { x: 60, y: title.y + 20 }, { x: 300, y: title.y + 10 })
    await page.waitForURL(new RegExp(`/read/${turbo}$`))
    // A vertical drag scrolls, it does not move.
    await swipe(page, { x: 200, y: 600 }, { x: 180, y: 300 })
    await page.waitForTimeout(400)
    expect(page.url()).toMatch(new RegExp(`/read/${turbo}$`))
    await context.close()
  })
})
