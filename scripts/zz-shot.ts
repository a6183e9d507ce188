import { chromium } from 'playwright-chromium'
import { serveStatic } from '../tests/e2e/static-server'
const site = await serveStatic('/work/wt-search/dist', '/cs2916/', 4423)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
for (const [w, h, q, name] of [[1280, 720, '权重', 'desk-zh'], [1280, 720, 'Carbon emissions', 'desk-fmti'], [390, 844, 'chinch', 'phone'], [390, 844, '<img src=x onerror=alert(1)>', 'phone-xss']] as const) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, ...(w < 500 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) })
  const p = await ctx.newPage()
  await p.goto(`http://127.0.0.1:4423/cs2916/search?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' })
  await p.waitForFunction(() => !document.querySelector('[data-testid="search-status"]')?.textContent?.includes('正在载入'), undefined, { timeout: 30000 })
  if (name === 'desk-zh') { await p.keyboard.press('ArrowDown'); await p.keyboard.press('ArrowDown') }
  await p.screenshot({ path: `/tmp/srch/${name}.png` })
  await ctx.close()
}
const ctx = await b.newContext({ viewport: { width: 1280, height: 720 } })
const p = await ctx.newPage()
await p.goto('http://127.0.0.1:4423/cs2916/11', { waitUntil: 'networkidle' })
await p.mouse.move(50, 700); await p.waitForTimeout(800)
await p.screenshot({ path: '/tmp/srch/controls.png', clip: { x: 0, y: 620, width: 500, height: 100 } })
await p.goto('http://127.0.0.1:4423/cs2916/read/11', { waitUntil: 'networkidle' })
await p.screenshot({ path: '/tmp/srch/reading.png', clip: { x: 0, y: 0, width: 1280, height: 120 } })
await b.close(); site.close()
