/**
 * A student on a phone over a slow network (issue 24): the reading view of the heatmap slide at 390x844 over
 * Chrome DevTools' "Fast 3G" (1.6 Mbps down, 750 kbps up, 150 ms latency), against the bare Slidev deck's slide 1
 * on the same phone and the same throttle. Fresh context and empty cache each run, the two loaded in turn.
 */
import type { Browser } from 'playwright-chromium'

/** The throttle, as Chrome DevTools' "Fast 3G" preset names it (bytes per second). */
const FAST_3G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }

interface PhoneLoad {
  /** ms from navigation start until the page's title (an h1 or h2 of the slide) is laid out. */
  title: number
  /** ms until the chart's marks are drawn; for the bare deck, its slide 1 laid out. */
  drawn: number
}

// Strings, not functions: vite-node rewrites a function's imports, which don't exist in the page.
const watch = (drawn: string) => `(() => {
  const shown = sel => [...document.querySelectorAll(sel)].some(el => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && el.textContent.trim() !== ''
  })
  const tick = () => {
    if (window.__title === undefined && shown('.slidev-layout h1, .slidev-layout h2'))
      window.__title = performance.now()
    if (window.__drawn === undefined && shown(${JSON.stringify(drawn)}))
      window.__drawn = performance.now()
    if (window.__title === undefined || window.__drawn === undefined)
      requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

async function loadOnPhone(browser: Browser, url: string, drawn: string): Promise<PhoneLoad> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', FAST_3G)
    await page.addInitScript(watch(drawn))
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForFunction('window.__title !== undefined && window.__drawn !== undefined', undefined, { timeout: 120_000 })
    return { title: await page.evaluate<number>('window.__title'), drawn: await page.evaluate<number>('window.__drawn') }
  }
  finally {
    await context.close()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** `deck`: the reading view's address of the heatmap slide; `bare`: the bare deck's slide 1. */
export async function benchSlowPhone(browser: Browser, deck: string, bare: string, report: (what: string, value: string, target?: string) => void, runs = 3) {
  const deckLoads: PhoneLoad[] = []
  const bareLoads: PhoneLoad[] = []
  for (let i = 0; i < runs; i++) {
    deckLoads.push(await loadOnPhone(browser, deck, '[data-chart="fmti-heatmap"] [data-value]'))
    bareLoads.push(await loadOnPhone(browser, bare, '.slidev-page-1 .slidev-layout'))
  }
  const title = median(deckLoads.map(l => l.title))
  const drawn = median(deckLoads.map(l => l.drawn))
  const bareShown = median(bareLoads.map(l => Math.max(l.title, l.drawn)))
  report('Phone (390x844) on Fast 3G: heatmap slide\'s reading view, title / chart drawn (median), vs the bare deck\'s slide 1',
    `${(title / 1000).toFixed(1)} s / ${(drawn / 1000).toFixed(1)} s; bare deck ${(bareShown / 1000).toFixed(1)} s: ${(drawn / bareShown).toFixed(2)}x`, '≤ 1.5x bare')
}
