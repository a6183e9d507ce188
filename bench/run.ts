/**
 * npm run bench — measures the figures the README reports. Never a test: it prints numbers and the targets
 * next to them, and fails only if something cannot be measured.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-chromium'
import { build } from 'vite'
import { serveStatic } from '../tests/e2e/static-server'
import { benchChartPanel } from './chart-panel'
import { benchEvolutionLayout } from './evolution-layout'
import { benchFirstLoad } from './first-load'
import { benchLectureRelay } from './lecture-relay'
import { benchSearch } from './search'

const root = resolve(import.meta.dirname, '..')
const BASE = '/cs2916/'
const rows: [string, string, string][] = []
const report = (what: string, value: string, target = '') => {
  rows.push([what, value, target])
  console.log(`${what}: ${value}${target ? `  (target: ${target})` : ''}`)
}
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
// vite-node, which runs this file, sets NODE_ENV=development: the commands measured must not inherit it, or the
// build would bundle Vue's development build.
const { NODE_ENV: _, ...env } = process.env
const run = (cmd: string, args: string[]) => {
  const t = performance.now()
  execFileSync(cmd, args, { cwd: root, stdio: 'ignore', env })
  return (performance.now() - t) / 1000
}

const buildSeconds = run('npx', ['slidev', 'build', '--base', BASE])
report('Build (slidev build, PDF download included)', `${buildSeconds.toFixed(1)} s`)

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f)
  return statSync(p).isDirectory() ? files(p) : [p]
})
const gzipKiB = (list: string[]) => list.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) / 1024
const built = files(join(root, 'dist'))
// The data modules (data/sets/*.ts and the JSON they import) become chunks of their own names, each loaded with the
// slides that use it: counted apart from the code.
const dataNames = new Set(readdirSync(join(root, 'data')).filter(f => /\.(json|ts)$/.test(f) && f !== 'index.ts')
  .concat(readdirSync(join(root, 'data/sets'))).map(f => f.replace(/\.(json|ts)$/, '')))
const isData = (f: string) => dataNames.has(f.split('/').at(-1)!.replace(/-[\w-]{8}\.js$/, ''))
const js = built.filter(f => f.endsWith('.js'))
report('JS code in dist/, gzip (all chunks, loaded or not)', `${gzipKiB(js.filter(f => !isData(f))).toFixed(0)} KiB`, '≤ 400 KiB')
report('Data chunks in dist/, gzip (each loaded with its slides)', js.filter(isData)
  .map(f => [f.split('/').at(-1)!.replace(/-[\w-]{8}\.js$/, ''), gzipKiB([f])] as const)
  .sort((a, b) => b[1] - a[1]).map(([name, kib]) => `${name} ${kib.toFixed(0)}`).join(', ') + ` KiB: ${gzipKiB(js.filter(isData)).toFixed(0)} KiB in all`)
report('CSS in dist/, gzip', `${gzipKiB(built.filter(f => f.endsWith('.css'))).toFixed(0)} KiB`)

benchSearch(join(root, 'dist'), report)

// Slide 1 against a bare Slidev deck of the same version: bytes, requests, time to visible; font bytes.
await benchFirstLoad(root, BASE, env, report)

const exportSeconds = run('npm', ['run', '-s', 'export'])
report('PDF export (npm run export)', `${exportSeconds.toFixed(1)} s`, '≤ 60 s')

// The students' handout: its own export without clicks, then composing the pages with the notes.
const handoutSeconds = run('npm', ['run', '-s', 'handout'])
report('Handout (npm run handout: export without clicks + notes pages)', `${handoutSeconds.toFixed(1)} s`)

// The harness is built in this process: a production build, like the deck's.
process.env.NODE_ENV = 'production'
await build({ configFile: resolve(root, 'bench/harness/vite.config.ts'), mode: 'production' })
const site = await serveStatic(join(root, 'dist'), BASE, 4318)
const harness = await serveStatic(join(root, 'node_modules/.bench-harness'), '/', 4319)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(`http://127.0.0.1:4318${BASE}print`, { waitUntil: 'networkidle' })
  const printed = await page.locator('.print-slide-container:has([data-chart="fmti-heatmap"])').first().getAttribute('id')
  const slide = Number(printed!.split('-')[0])
  const cold: number[] = []
  const mount: number[] = []
  for (let i = 0; i < 5; i++) {
    await page.goto(`http://127.0.0.1:4318${BASE}${slide}`, { waitUntil: 'load' })
    await page.locator(`.slidev-page-${slide} [data-ready]`).waitFor()
    // Strings, not functions: vite-node rewrites a function's imports, which don't exist in the page.
    const [entry] = await page.evaluate<{ start: number, duration: number }[]>(
      `performance.getEntriesByName('fmti-heatmap render').map(e => ({ start: e.startTime, duration: e.duration }))`)
    cold.push(entry!.start + entry!.duration)
    mount.push(entry!.duration)
  }
  report('Heatmap slide opened by URL to last cell drawn (median of 5, cold page load)', ms(median(cold)))
  report('Heatmap slide mounting to last cell drawn (median of 5)', ms(median(mount)), '≤ 50 ms')

  const searchLoads: number[] = []
  for (let i = 0; i < 5; i++) {
    await page.goto(`http://127.0.0.1:4318${BASE}search?q=chinchilla`, { waitUntil: 'load' })
    await page.locator('[data-testid="search-result"]').first().waitFor()
    const [entry] = await page.evaluate<number[]>(`performance.getEntriesByName('search index load').map(e => e.duration)`)
    searchLoads.push(entry!)
  }
  report('Search opened by URL: index and MiniSearch fetched, parsed and loaded in the browser (median of 5, cold page load)', ms(median(searchLoads)), '≤ 300 ms')

  for (const chart of ['fmti-heatmap', 'osai-openness']) {
    const panel = await benchChartPanel(page, `http://127.0.0.1:4318${BASE}`, chart)
    report(`Data panel of ${chart}: click to panel open, table and CSVs made (median of 5)`, ms(median(panel.open)), '≤ 100 ms')
    report(`Data panel of ${chart}: click to PNG (2x) ready (median of 5)`, ms(median(panel.png)), '≤ 1 s')
  }

  await page.goto('http://127.0.0.1:4319/', { waitUntil: 'networkidle' })
  const fmtiRuns = await page.evaluate<number[]>(`window.measure('fmti', 30)`)
  const runs2025 = await page.evaluate<number[]>(`window.measure('fmti-2025', 30)`)
  const indicatorRuns = await page.evaluate<number[]>(`window.measure('indicators-2024', 15)`)
  const bigRuns = await page.evaluate<number[]>(`window.measure('synthetic', 15)`)
  report('Heatmap render, 13 x 10 = 130 cells (median of 30 mounts)', ms(median(fmtiRuns.slice(5))), '≤ 50 ms')
  report('Heatmap render, 2025 edition, 19 x 13 = 247 cells from data/fmti-editions.json (median of 30 mounts)', ms(median(runs2025.slice(5))), '≤ 50 ms')
  report('Heatmap render, full-indicator view of the 2024 edition, 100 x 14 = 1,400 cells of real scores (median of 15 mounts)', ms(median(indicatorRuns.slice(3))), '≤ 100 ms')
  report('Heatmap render, synthetic 100 x 14 = 1,400 cells (median of 15 mounts)', ms(median(bigRuns.slice(3))), '≤ 100 ms')
}
finally {
  await browser.close()
  site.close()
  harness.close()
}

report('Evolution graph layout, synthetic 200 nodes and 300 edges (median)', ms(benchEvolutionLayout()), '≤ 50 ms')

// The lecture relay (npm run lecture) with a full hall on loopback, serving this build.
await benchLectureRelay(root, report)

console.log(`\n| Measure | Result | Target |\n|---|---|---|\n${rows.map(r => `| ${r.join(' | ')} |`).join('\n')}`)
