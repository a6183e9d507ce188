import type { Page } from 'playwright-chromium'

/**
 * A chart's "数据与来源" panel on the built site, opened by a real (trusted) click on its control:
 * - open: from the click to the next frame painted with the panel, its table and data downloads in it: the click's
 *   interaction latency as the browser's Event Timing API measures it (the longest of its pointer, mouse and click
 *   events, each from the input to the paint that follows its handlers; what Chrome reports as INP);
 * - png: from the same click until the panel's PNG (2x, by modern-screenshot) is ready to download.
 * `origin` is the static server of dist/; the chart is opened at its slide's last step.
 */
export async function benchChartPanel(page: Page, origin: string, chart: string, runs = 5): Promise<{ open: number[], png: number[] }> {
  await page.goto(`${origin}print`, { waitUntil: 'networkidle' })
  const id = await page.locator(`.print-slide-container:has([data-chart="${chart}"])`).first().getAttribute('id')
  const slide = Number(id!.split('-')[0])
  await page.goto(`${origin}${slide}?clicks=99`, { waitUntil: 'networkidle' })
  const figure = page.locator(`.slidev-page-${slide} [data-chart="${chart}"]`)
  await figure.locator('[data-ready]').waitFor()
  // Strings, not functions: vite-node rewrites a function's imports, which don't exist in the page.
  await page.evaluate(`(() => {
    window.benchEvents = []
    new PerformanceObserver(list => window.benchEvents.push(...list.getEntries().filter(e => e.interactionId > 0)))
      .observe({ type: 'event', durationThreshold: 16 })
  })()`)
  const open: number[] = []
  const png: number[] = []
  for (let i = 0; i < runs; i++) {
    await page.evaluate(`window.benchEvents.length = 0`)
    await figure.locator('[data-chart-tools]').click()
    const [o, p] = await page.evaluate<[number, number]>(`(async () => {
      while (!document.querySelector('[data-chart-panel][open] [data-download="png"]'))
        await new Promise(r => setTimeout(r, 5))
      const made = performance.now()
      // The event entries are queued after the paint they measure: a frame later they are all in.
      await new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))
      const events = window.benchEvents
      if (!events.length)
        throw new Error('the browser reported no event timing for the click')
      const opened = Math.max(...events.map(e => e.duration))
      const clicked = Math.min(...events.map(e => e.startTime))
      document.querySelector('[data-chart-panel][open]').close()
      return [opened, made - clicked]
    })()`)
    open.push(o)
    png.push(p)
  }
  return { open, png }
}
