import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MARKS, measure, openOnPhone, tapOpensSheet } from './phone'
import { openDeck } from './site'

/**
 * The graphs on a phone, in the reading view (/read/N) with touch: the GPT lineage and the model timeline scroll
 * sideways in their own box beside the labels that say what the rows are (the bands' names, the sizes' axis), which
 * stay in view; the relation graph is an outline at the screen's width. Each drawn as a chart (its marks, not its
 * table), its text at 14 px or more, nothing past the screen's edge but inside a box that scrolls sideways, and a tap
 * on a mark showing its details.
 */
const CHARTS = {
  lineage: 'gpt-evolution',
  timeline: 'model-timeline',
  relations: 'model-relations',
} as const
type Key = keyof typeof CHARTS
/** The labels that stay in view while the plot scrolls sideways. */
const FIXED: Partial<Record<Key, string>> = { lineage: '.band-name', timeline: '.y-axis text' }

let browser: Browser
let slides: Record<Key, number>
beforeAll(async () => {
  ({ browser, slides } = await openDeck(Object.fromEntries(Object.entries(CHARTS).map(([k, id]) => [k, `[data-chart="${id}"]`])) as Record<Key, string>))
}, 120_000)
afterAll(() => browser?.close())

describe('the graphs on a phone (reading view, touch)', () => {
  for (const [width, height] of [[390, 844], [360, 740]] as const) {
    for (const key of Object.keys(CHARTS) as Key[]) {
      it(`${CHARTS[key]} at ${width}x${height}: drawn as a chart, text 14 px or more, nothing cut at the screen's edge`, async () => {
        const { context, chart, errors } = await openOnPhone(browser, width, height, slides[key], CHARTS[key])
        const marks = await chart.locator(MARKS).evaluateAll(ms => ms.filter(m => m.getClientRects().length > 0).length)
        expect(marks).toBeGreaterThan(5)
        // The marks keep their test hooks; the table stays the hidden text alternative.
        if (key === 'lineage' || key === 'relations')
          expect(await chart.locator('[data-edge]').count()).toBeGreaterThan(3)
        if (key === 'timeline')
          expect(await chart.locator('[data-node][data-value]').count()).toBe(marks)
        const table = chart.locator('table').first()
        expect(await table.count()).toBe(1)
        expect(await table.evaluate(t => t.getBoundingClientRect().width <= 1 || !!t.closest('.sr-only, [hidden]'))).toBe(true)
        const m = await chart.evaluate(measure)
        expect(m.texts.length).toBeGreaterThan(5)
        expect(m.texts.filter(t => t.px < 13.95)).toEqual([])
        expect(m.tooWide).toEqual([])
        expect(m.pageWidth).toBeLessThanOrEqual(width)
        expect(errors).toEqual([])
        await context.close()
      }, 90_000)
    }
  }

  for (const key of ['lineage', 'timeline'] as const) {
    it(`${CHARTS[key]} at 360x740: the plot scrolls sideways in its box while its labels stay in view`, async () => {
      const { context, chart } = await openOnPhone(browser, 360, 740, slides[key], CHARTS[key])
      const scroller = chart.locator('[data-scroll-x]').first()
      const sizes = await scroller.evaluate(s => ({ scroll: s.scrollWidth, client: s.clientWidth }))
      expect(sizes.scroll).toBeGreaterThan(sizes.client * 1.5)
      for (const end of [0, sizes.scroll]) {
        await scroller.evaluate((s, left) => { s.scrollLeft = left }, end)
        const labels = await chart.locator(FIXED[key]!).evaluateAll(ls => ls.map(l => l.getBoundingClientRect()).map(b => ({ left: b.left, right: b.right })))
        expect(labels.length).toBeGreaterThan(1)
        for (const b of labels) {
          expect(b.left).toBeGreaterThanOrEqual(0)
          expect(b.right).toBeLessThanOrEqual(360)
        }
      }
      await context.close()
    }, 90_000)
  }

  for (const key of Object.keys(CHARTS) as Key[]) {
    it(`${CHARTS[key]} at 390x844: a tap on a mark shows its details on screen; a second tap hides them`, async () => {
      const { context, page, chart, errors } = await openOnPhone(browser, 390, 844, slides[key], CHARTS[key])
      const { mark, sheet, again } = await tapOpensSheet(page, chart, 390, 844)
      // The sheet tells about the tapped model: its name (the mark's own label) is in it.
      const name = key === 'lineage' ? await mark.locator('text').first().textContent() : (await mark.getAttribute('aria-label'))!.split(/[，,]/)[0]
      expect(await sheet.innerText()).toContain(name!.trim())
      await page.touchscreen.tap(again.x, again.y)
      await sheet.waitFor({ state: 'detached', timeout: 5000 })
      expect(errors).toEqual([])
      await context.close()
    }, 90_000)
  }
})
