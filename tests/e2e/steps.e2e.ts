import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openPage, openPrintView, url } from './site'
import { onSlide } from '../helpers/slides'

/** Every stepped chart of the deck: its slide and last step, read off the print view (the final state). */
async function steppedCharts(browser: Browser): Promise<{ slide: number, chart: string, last: number }[]> {
  const { page } = await openPage(browser)
  await openPrintView(page)
  const found = await page.locator('.print-slide-container [data-chart][data-step]').evaluateAll(els => els.map(e => ({
    slide: Number(e.closest('.print-slide-container')!.id.split('-')[0]),
    chart: e.getAttribute('data-chart')!,
    last: Number(e.getAttribute('data-step')),
  })))
  await page.close()
  return found
}

let browser: Browser
let charts: Awaited<ReturnType<typeof steppedCharts>>
beforeAll(async () => {
  browser = await launch()
  charts = await steppedCharts(browser)
})
afterAll(() => browser?.close())

describe('a chart owns its click steps (the slides state none)', () => {
  it('finds the stepped charts of the lecture', () => {
    expect(charts.map(c => c.chart)).toEqual(expect.arrayContaining(['gpt-evolution', 'fmti-heatmap', 'fmti-trend', 'openness-matrix', 'model-timeline', 'model-relations']))
    expect(charts.every(c => c.last > 0)).toBe(true)
  })

  it('→ walks each chart through its steps and then leaves the slide; nothing in it is display: none because of a step', async () => {
    const { page, errors } = await openPage(browser)
    for (const { slide, chart, last } of charts) {
      await page.goto(url(`${slide}?clicks=0`), { waitUntil: 'networkidle' })
      const root = onSlide(page, slide, `[data-chart="${chart}"]`)
      await root.locator('[data-ready]').first().waitFor()
      // A moment, as a lecturer takes, for the page to finish arriving before the first →.
      await page.waitForTimeout(300)
      const seen: number[] = []
      for (let k = 0; k <= last; k++) {
        await expect.poll(() => root.getAttribute('data-step'), { message: `${chart} at click ${k}` }).toBe(String(k))
        seen.push(k)
        if (k === 0) {
          const laidOut = await root.evaluate(r => ({
            hiddenClass: r.querySelectorAll('.hidden').length,
            displayNone: [...r.querySelectorAll('.step-hidden')].filter(e => getComputedStyle(e).display === 'none').length,
            notInvisible: [...r.querySelectorAll('.step-hidden')].filter(e => getComputedStyle(e).visibility !== 'hidden').length,
          }))
          expect(laidOut, chart).toEqual({ hiddenClass: 0, displayNone: 0, notInvisible: 0 })
        }
        await page.keyboard.press('ArrowRight')
      }
      // One more → than the chart has steps: the next slide.
      await page.waitForURL(new RegExp(`/cs2916/${slide + 1}(\\?|$)`))
      expect(seen, chart).toHaveLength(last + 1)
    }
    expect(errors).toEqual([])
    await page.close()
  }, 300_000)

  it('announces what a step shows when the lecturer moves, politely', async () => {
    const heatmap = charts.find(c => c.chart === 'fmti-heatmap')!
    const { page } = await openPage(browser)
    await page.goto(url(`${heatmap.slide}?clicks=0`), { waitUntil: 'networkidle' })
    const region = onSlide(page, heatmap.slide, '[data-chart="fmti-heatmap"] [data-step-announcer]')
    expect(await region.getAttribute('aria-live')).toBe('polite')
    expect(await region.textContent()).toBe('')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.textContent()).toContain('平均')
    await page.close()
  })
})
