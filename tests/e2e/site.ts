import { type Browser, chromium, type Page } from 'playwright-chromium'

/** The built site is tested under a sub-path, as it would be hosted for students. */
export const BASE = '/cs2916/'
/** DECK_PORT lets several builds be tested side by side. */
export const PORT = Number(process.env.DECK_PORT ?? 4317)
export const ORIGIN = `http://127.0.0.1:${PORT}`
export const url = (path: string) => `${ORIGIN}${BASE}${path}`

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
}

/** A page that records console errors and every request that leaves localhost. */
export async function openPage(browser: Browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const errors: string[] = []
  const outside: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  page.on('pageerror', e => errors.push(e.message))
  page.on('request', (r) => {
    const { protocol, hostname } = new URL(r.url())
    if (!['data:', 'blob:'].includes(protocol) && !['127.0.0.1', 'localhost'].includes(hostname))
      outside.push(r.url())
  })
  return { page, errors, outside }
}

/**
 * Opens the print view, which renders every slide at once, and waits until each slide's component has loaded
 * (Slidev imports them one by one) and each chart in it is drawn: network idle alone comes before that under load.
 */
export async function openPrintView(page: Page, address = url('print')): Promise<void> {
  await page.goto(address, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => {
    const slides = [...document.querySelectorAll('.print-slide-container [data-slidev-no]')]
    return slides.length > 0
      && slides.every(s => s.querySelector('.slidev-layout'))
      && [...document.querySelectorAll('.print-slide-container .chart-body')].every(b => b.hasAttribute('data-ready'))
  }, undefined, { timeout: 60_000 })
}

/**
 * The number of the first slide whose content matches a selector. It reads the print view, which renders every
 * slide at once (the overview renders its thumbnails lazily); the page stays there for the next look-up.
 */
export async function slideNumberOf(page: Page, selector: string): Promise<number> {
  if (new URL(page.url(), ORIGIN).pathname !== `${BASE}print`)
    await openPrintView(page)
  const id = await page.locator(`.print-slide-container:has(${selector})`).first().getAttribute('id', { timeout: 30_000 }).catch(() => null)
  if (!id)
    throw new Error(`no slide contains ${selector}`)
  return Number(id.split('-')[0])
}

/**
 * A test file's browser, and the slide number of each chart it tests, looked up once in the print view:
 * `({ browser, slides } = await openDeck({ matrix: '[data-chart="…"]' }))` in its beforeAll.
 */
export async function openDeck<K extends string>(selectors: Record<K, string>): Promise<{ browser: Browser, slides: Record<K, number> }> {
  const browser = await launch()
  const { page } = await openPage(browser)
  const slides = {} as Record<K, number>
  for (const [key, selector] of Object.entries(selectors) as [K, string][])
    slides[key] = await slideNumberOf(page, selector)
  await page.close()
  return { browser, slides }
}
