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

/** The slide number of the first slide whose content matches a selector, read from the built deck. */
export async function slideNumberOf(page: Page, selector: string): Promise<number> {
  await page.goto(url('overview'), { waitUntil: 'networkidle' })
  const no = await page.locator(`[data-slidev-no]:has(${selector})`).first().getAttribute('data-slidev-no')
  if (!no)
    throw new Error(`no slide contains ${selector}`)
  return Number(no)
}
