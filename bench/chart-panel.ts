import type { Page } from 'playwright-chromium'

/**
 * A chart's "数据与来源" panel on the built site: the time from a click on its control until the panel is open with
 * its table and data downloads drawn (the next frame), and until its PNG (2x, by modern-screenshot) is ready.
 * `origin` is the static server of dist/; the chart is opened at its slide's last step.
 */
export async function benchChartPanel(page: Page, origin: string, chart: string, runs = 5): Promise<{ open: number[], png: number[] }> {
  await page.goto(`${origin}print`, { waitUntil: 'networkidle' })
  const id = await page.locator(`.print-slide-container:has([data-chart="${chart}"])`).first().getAttribute('id')
  const slide = Number(id!.split('-')[0])
  await page.goto(`${origin}${slide}?clicks=99`, { waitUntil: 'networkidle' })
  await page.locator(`.slidev-page-${slide} [data-chart="${chart}"] [data-ready]`).waitFor()
  const open: number[] = []
  const png: number[] = []
  for (let i = 0; i < runs; i++) {
    // A string, not a function: vite-node rewrites a function's imports, which don't exist in the page.
    const [o, p] = await page.evaluate<[number, number]>(`(async () => {
      const control = document.querySelector('.slidev-page-${slide} [data-chart="${chart}"] [data-chart-tools]')
      const t0 = performance.now()
      control.click()
      while (!document.querySelector('[data-chart-panel][open] [data-download="csv-shown"]'))
        await new Promise(r => setTimeout(r, 0))
      await new Promise(r => requestAnimationFrame(() => r()))
      const opened = performance.now() - t0
      while (!document.querySelector('[data-chart-panel][open] [data-download="png"]'))
        await new Promise(r => setTimeout(r, 5))
      const made = performance.now() - t0
      document.querySelector('[data-chart-panel][open]').close()
      return [opened, made]
    })()`)
    open.push(o)
    png.push(p)
  }
  return { open, png }
}
