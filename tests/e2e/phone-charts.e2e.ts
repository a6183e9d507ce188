import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MARKS, measure, openOnPhone as openPhone, tapOpensSheet } from './phone'
import { openDeck } from './site'

/**
 * The charts on a phone, in the reading view (/read/N) at 390x844 and 360x740 with touch: each drawn as a chart (its
 * marks, not only its table), its text at 14 px or more, nothing past the screen's edge but inside a box that scrolls
 * sideways, and a tap on a mark showing its details in a sheet that a second tap or its close button hides.
 */
const CHARTS = {
  heatmap: 'fmti-heatmap',
  trend: 'fmti-trend',
  minK: 'min-k-prob',
  openness: 'openness-matrix',
  osai: 'osai-openness',
  landscape: 'osai-landscape',
} as const
type Key = keyof typeof CHARTS

let browser: Browser
let slides: Record<Key, number>
beforeAll(async () => {
  ({ browser, slides } = await openDeck(Object.fromEntries(Object.entries(CHARTS).map(([k, id]) => [k, `[data-chart="${id}"]`])) as Record<Key, string>))
}, 120_000)
afterAll(() => browser?.close())

const openOnPhone = (width: number, height: number, key: Key) => openPhone(browser, width, height, slides[key], CHARTS[key])

describe('the charts on a phone (reading view, touch)', () => {
  for (const [width, height] of [[390, 844], [360, 740]] as const) {
    for (const key of Object.keys(CHARTS) as Key[]) {
      it(`${CHARTS[key]} at ${width}x${height}: drawn as a chart, text 14 px or more, nothing cut at the screen's edge`, async () => {
        const { context, chart, errors } = await openOnPhone(width, height, key)
        const marks = await chart.locator(MARKS).evaluateAll(ms => ms.filter(m => m.getClientRects().length > 0).length)
        expect(marks).toBeGreaterThan(5)
        // The table stays the hidden text alternative, not what is shown.
        const table = chart.locator('table').first()
        if (await table.count())
          expect(await table.evaluate(t => t.getBoundingClientRect().width <= 1 || getComputedStyle(t).display === 'none' || !!t.closest('.sr-only, [hidden]'))).toBe(true)
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

  for (const key of Object.keys(CHARTS) as Key[]) {
    it(`${CHARTS[key]} at 360x740: a tap on a mark shows its details on screen; a second tap, or the close button, hides them`, async () => {
      const { context, page, chart, errors } = await openOnPhone(360, 740, key)
      const { sheet, again } = await tapOpensSheet(page, chart, 360, 740)
      expect((await sheet.innerText()).trim().length).toBeGreaterThan(2)
      // A second tap on the mark hides the details.
      await page.touchscreen.tap(again.x, again.y)
      await sheet.waitFor({ state: 'detached', timeout: 5000 })
      // Open again, then close with the button.
      await page.touchscreen.tap(again.x, again.y)
      await sheet.waitFor({ state: 'visible', timeout: 5000 })
      const close = page.locator('[data-chart-sheet-close]')
      const closeBox = (await close.boundingBox())!
      expect(closeBox.width).toBeGreaterThanOrEqual(44)
      expect(closeBox.height).toBeGreaterThanOrEqual(44)
      await close.tap()
      await sheet.waitFor({ state: 'detached', timeout: 5000 })
      expect(errors).toEqual([])
      await context.close()
    }, 90_000)
  }
})
