/**
 * What a student's browser fetches to show slide 1: transfer bytes and requests from navigation until the network
 * is idle, and when the first slide is visible. Read with the Chrome DevTools Protocol (encoded bytes, headers
 * included), in a fresh browser context each run (empty cache).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-chromium'
import { serveStatic } from '../tests/e2e/static-server'
import { benchSlowPhone } from './slow-phone'

export interface Load {
  bytes: number
  requests: number
  /** ms from navigation start to the first frame in which slide 1's layout is laid out. */
  firstVisible: number
  /** Every response: URL, resource type, encoded bytes. */
  entries: { url: string, type: string, bytes: number }[]
}

// A string, not a function: vite-node rewrites a function's imports, which don't exist in the page.
const WATCH_FIRST_SLIDE = `(() => {
  const tick = () => {
    const el = document.querySelector('.slidev-page-1 .slidev-layout')
    const r = el && el.getBoundingClientRect()
    if (r && r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden')
      window.__firstVisible = performance.now()
    else
      requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/** Records responses on a page through CDP until stop() is called. */
export async function recordNetwork(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const info = new Map<string, { url: string, type: string }>()
  const entries: Load['entries'] = []
  cdp.on('Network.responseReceived', e => info.set(e.requestId, { url: e.response.url, type: e.type }))
  cdp.on('Network.loadingFinished', (e) => {
    const i = info.get(e.requestId)
    if (i && !i.url.startsWith('data:'))
      entries.push({ ...i, bytes: e.encodedDataLength })
  })
  return { entries, stop: () => cdp.detach() }
}

/** One cold load of a slide 1 URL. */
export async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(WATCH_FIRST_SLIDE)
    const net = await recordNetwork(page)
    await page.goto(url, { waitUntil: 'networkidle' })
    const firstVisible = await page.evaluate<number | undefined>('window.__firstVisible')
    if (firstVisible === undefined)
      throw new Error(`${url}: slide 1 never became visible`)
    const entries = [...net.entries]
    await net.stop()
    return { bytes: entries.reduce((s, e) => s + e.bytes, 0), requests: entries.length, firstVisible, entries }
  }
  finally {
    await context.close()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** The median of cold loads (bytes and requests do not vary; the time does). */
function medianLoad(loads: Load[]): Load {
  const runs = loads.length
  const byTime = [...loads].sort((a, b) => a.firstVisible - b.firstVisible)
  return { ...byTime[Math.floor(runs / 2)]!, bytes: median(loads.map(l => l.bytes)), requests: median(loads.map(l => l.requests)), firstVisible: median(loads.map(l => l.firstVisible)) }
}

/**
 * Font bytes fetched once Slidev has preloaded every slide (it does 3 s after load), and once every slide has been
 * shown (the print view renders them all).
 */
export async function fontBytes(browser: Browser, slide1: string, print: string): Promise<{ preloaded: number, allShown: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    const net = await recordNetwork(page)
    await page.goto(slide1, { waitUntil: 'networkidle' })
    await page.waitForTimeout(3500)
    await page.waitForLoadState('networkidle')
    const fonts = () => net.entries.filter(e => e.type === 'Font').reduce((s, e) => s + e.bytes, 0)
    const preloaded = fonts()
    await page.goto(print, { waitUntil: 'networkidle' })
    await page.evaluate('document.fonts.ready')
    const allShown = fonts()
    await net.stop()
    return { preloaded, allShown }
  }
  finally {
    await context.close()
  }
}

/** The number of the slide that holds the FMTI heatmap, read from the print view. */
export async function heatmapSlide(browser: Browser, print: string): Promise<number> {
  const page = await browser.newPage()
  try {
    await page.goto(print, { waitUntil: 'networkidle' })
    const id = await page.locator('.print-slide-container:has([data-chart="fmti-heatmap"])').first().getAttribute('id')
    return Number(id!.split('-')[0])
  }
  finally {
    await page.close()
  }
}

/** Builds the bare three-slide deck (bench/bare/slides.md) with the deck's Slidev into a temporary folder. */
export function buildBareDeck(root: string, base: string, env: NodeJS.ProcessEnv): string {
  const out = mkdtempSync(join(tmpdir(), 'slidev-bare-'))
  execFileSync('npx', ['slidev', 'build', join(root, 'bench/bare/slides.md'), '--base', base, '--out', out], { cwd: root, stdio: 'ignore', env })
  return out
}

const KiB = (n: number) => `${(n / 1024).toFixed(0)} KiB`

/**
 * The first-load figures of the built deck (dist/) against the bare deck, served with gzip, 1280x720, median of
 * `runs` cold loads. Calls `report(what, value, target)` for each line.
 */
export async function benchFirstLoad(root: string, base: string, env: NodeJS.ProcessEnv, report: (what: string, value: string, target?: string) => void,
  runs = 5, dist = join(root, 'dist')) {
  const bareDir = buildBareDeck(root, base, env)
  const deck = await serveStatic(dist, base, 4417)
  const bare = await serveStatic(bareDir, base, 4418)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    // Deck and bare deck loaded in turn, so both see the same load on a shared machine.
    const deckLoads: Load[] = []
    const bareLoads: Load[] = []
    for (let i = 0; i < runs; i++) {
      deckLoads.push(await loadOnce(browser, `http://127.0.0.1:4417${base}1`))
      bareLoads.push(await loadOnce(browser, `http://127.0.0.1:4418${base}1`))
    }
    const d = medianLoad(deckLoads)
    const b = medianLoad(bareLoads)
    const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`
    report('Slide 1, transfer until network idle (gzip)', `${KiB(d.bytes)} in ${d.requests} requests; bare Slidev deck ${KiB(b.bytes)} in ${b.requests}: ${ratio(d.bytes, b.bytes)}`, '≤ 1.5x bare')
    report('Slide 1 visible after navigation (median)', `${d.firstVisible.toFixed(0)} ms; bare deck ${b.firstVisible.toFixed(0)} ms: ${ratio(d.firstVisible, b.firstVisible)}`, '≤ 1.3x bare')
    const byType = (l: Load) => Object.entries(l.entries.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.type]: (acc[e.type] ?? 0) + e.bytes }), {}))
      .sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${KiB(n)}`).join(', ')
    report('Slide 1, transfer by kind', `${byType(d)} (bare: ${byType(b)})`)
    const fonts = await fontBytes(browser, `http://127.0.0.1:4417${base}1`, `http://127.0.0.1:4417${base}print`)
    report('Fonts after Slidev preloaded every slide (3 s on slide 1)', KiB(fonts.preloaded))
    report('Fonts to show every slide (print view: Noto Sans SC subsets and KaTeX)', KiB(fonts.allShown))
    await benchSlowPhone(browser, `http://127.0.0.1:4417${base}read/${await heatmapSlide(browser, `http://127.0.0.1:4417${base}print`)}`, `http://127.0.0.1:4418${base}1`, report)
  }
  finally {
    await browser.close()
    deck.close()
    bare.close()
    rmSync(bareDir, { recursive: true, force: true })
  }
}
