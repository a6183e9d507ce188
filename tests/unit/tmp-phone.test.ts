import { chromium } from 'playwright-chromium'
import { it } from 'vitest'
import { serveStatic } from '../e2e/static-server'
it('phone', async () => {
  const server = await serveStatic('/work/wt-panel/dist', '/cs2916/', 4457)
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  for (const [slide, id] of [[44, 'open-chat-models'], [36, 'excluded-rows'], [37, 'training-pipeline']] as const) {
    const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const page = await ctx.newPage()
    await page.goto(`http://127.0.0.1:4457/cs2916/read/${slide}`, { waitUntil: 'networkidle' })
    const chart = page.locator(`[data-chart="${id}"]`).first()
    if (await chart.count() === 0) { console.log('no', id, slide); await ctx.close(); continue }
    await chart.locator('[data-chart-tools]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/phone-${id}-0.png` })
    await chart.locator('[data-chart-tools]').tap()
    await page.locator('[data-chart-panel][open]').waitFor()
    await page.waitForTimeout(500)
    await page.screenshot({ path: `/tmp/phone-${id}-1.png` })
    await page.locator('[data-chart-panel][open] h3').nth(1).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/phone-${id}-2.png` })
    await ctx.close()
  }
  await b.close(); server.close()
}, 300000)
