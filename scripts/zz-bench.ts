import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { serveStatic } from '../tests/e2e/static-server'
import { benchSearch } from '../bench/search'
const report = (w: string, v: string, t = '') => console.log(`${w}: ${v}  ${t}`)
benchSearch(join('/work/wt-search', 'dist'), report)
const site = await serveStatic('/work/wt-search/dist', '/cs2916/', 4424)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
const page = await b.newPage({ viewport: { width: 1280, height: 720 } })
const loads: number[] = []
for (let i = 0; i < 5; i++) {
  await page.goto(`http://127.0.0.1:4424/cs2916/search?q=chinchilla`, { waitUntil: 'load' })
  await page.locator('[data-testid="search-result"]').first().waitFor()
  const [e] = await page.evaluate<number[]>(`performance.getEntriesByName('search index load').map(e => e.duration)`)
  loads.push(e!)
}
console.log('browser loads', loads.map(x => x.toFixed(0)).join(' '), 'median', [...loads].sort((a, b) => a - b)[2])
await b.close(); site.close()
