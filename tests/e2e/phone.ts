import type { Browser, Locator, Page } from 'playwright-chromium'
import { expect } from 'vitest'
import { url } from './site'

/** A chart's marks: the cells of a matrix, the nodes of a graph. */
export const MARKS = '[data-row][data-col][data-value], [data-node]'

/** The reading view of slide `no` on a phone (touch) of this size, once the chart's marks are drawn. */
export async function openOnPhone(browser: Browser, width: number, height: number, no: number, chartId: string) {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', e => errors.push(e.message))
  await page.goto(url(`read/${no}`), { waitUntil: 'networkidle' })
  const chart = page.locator(`[data-chart="${chartId}"]`).first()
  await chart.locator(MARKS).first().waitFor({ state: 'visible', timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready)
  return { context, page, chart, errors }
}

/** Runs in the page: the chart's visible text sizes in screen px and what lies past the screen's right edge. */
export function measure(root: Element) {
  const texts: { text: string, px: number }[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!node.textContent!.trim() || !el || el.closest('table, style, script'))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    if (![...range.getClientRects()].some(r => r.width > 1 && r.height > 1))
      continue
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden' || Number(style.opacity) < 0.05)
      continue
    const fontSize = Number.parseFloat(style.fontSize)
    const m = el instanceof SVGElement ? (el as unknown as SVGGraphicsElement).getScreenCTM() : null
    const px = m ? fontSize * Math.hypot(m.a, m.b) : fontSize * ((el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1)
    texts.push({ text: node.textContent!.trim().slice(0, 40), px })
  }
  const tooWide = [...root.querySelectorAll('*')]
    .filter((e) => {
      const b = e.getBoundingClientRect()
      return b.width > 0 && b.height > 0 && (b.right > innerWidth + 1 || b.left < -1) && !e.closest('[data-scroll-x], table, .sr-only')
    })
    .map(e => `${e.tagName} ${e.getAttribute('class') ?? ''}`)
  return { texts, tooWide, pageWidth: document.documentElement.scrollWidth }
}

/** A mark a finger can hit: scrolled to the middle of the screen, its centre not under another element. */
export async function tapTarget(chart: Locator) {
  const index = await chart.locator(MARKS).evaluateAll((marks) => {
    return marks.findIndex((m) => {
      if (!m.getClientRects().length)
        return false
      m.scrollIntoView({ block: 'center', inline: 'center' })
      const b = m.getBoundingClientRect()
      const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)
      return !!top && (top === m || m.contains(top))
    })
  })
  expect(index).toBeGreaterThanOrEqual(0)
  return chart.locator(MARKS).nth(index)
}

export async function centre(mark: Locator) {
  const b = (await mark.boundingBox())!
  return { x: b.x + b.width / 2, y: b.y + b.height / 2, bottom: b.y + b.height }
}

/**
 * Taps a mark of the chart and waits for its details' sheet: the sheet lies within the screen, and the mark stays in
 * sight above it. Returns the mark, the sheet, and where to tap the mark again.
 */
export async function tapOpensSheet(page: Page, chart: Locator, width: number, height: number) {
  const sheet = page.locator('[data-chart-sheet]')
  const mark = await tapTarget(chart)
  const at = await centre(mark)
  await page.touchscreen.tap(at.x, at.y)
  await sheet.waitFor({ state: 'visible', timeout: 5000 })
  await page.waitForTimeout(400)
  const box = (await sheet.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(width + 1)
  expect(box.y + box.height).toBeLessThanOrEqual(height + 1)
  const again = await centre(mark)
  expect(again.bottom).toBeLessThanOrEqual(box.y)
  return { mark, sheet, again }
}
