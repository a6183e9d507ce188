import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE, launch, openPrintView } from './site'
import { serveStatic } from './static-server'

/**
 * The offline copy of the built site (dist/sw.js): a student opens the site once, then loses the network, and every
 * slide still loads with its fonts, formulas and charts. The site is served here by a server of this test's own,
 * which is shut down after the first visit, and the browser is set offline as well: nothing can come from the network.
 */
const dist = resolve(process.env.DECK_DIST ?? resolve(import.meta.dirname, '../../dist'))

let browser: Browser
let server: Server | undefined
let origin: string
beforeAll(async () => {
  browser = await launch()
  server = await serveStatic(dist, BASE, 0)
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await browser?.close()
  await new Promise<void>(done => server?.listening ? server.close(() => done()) : done())
})

const at = (path: string) => `${origin}${BASE}${path}`

/** What a slide shows, read from the print view (every slide at once) while online. */
interface Expected {
  no: number
  /** The slide's title (h1/h2), or else its first line of text. */
  text: string
  heading: boolean
  charts: string[]
  formulas: boolean
}

async function readSlides(page: Page): Promise<Expected[]> {
  await openPrintView(page, at('print'))
  return page.locator('.print-slide-container [data-slidev-no]').evaluateAll(slides => slides.map((s) => {
    const h = s.querySelector('h1, h2')
    const firstLine = ((s.querySelector('.slidev-layout') as HTMLElement | null)?.innerText ?? '').split('\n').find(l => l.trim())
    return {
      no: Number(s.getAttribute('data-slidev-no')),
      text: (h?.textContent ?? firstLine ?? '').replace(/\s+/g, ' ').trim().slice(0, 30),
      heading: !!h,
      charts: [...s.querySelectorAll('[data-chart]')].map(c => c.getAttribute('data-chart')!),
      formulas: !!s.querySelector('.katex'),
    }
  }))
}

/** Console errors, failed requests, requests leaving localhost, and every font response, on one page. */
function watch(page: Page) {
  const errors: string[] = []
  const failed: string[] = []
  const outside: string[] = []
  const fonts: { url: string, status: number, fromServiceWorker: boolean }[] = []
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  page.on('pageerror', e => errors.push(e.message))
  page.on('requestfailed', r => failed.push(`${r.url()}: ${r.failure()?.errorText}`))
  page.on('request', (r) => {
    const { protocol, hostname } = new URL(r.url())
    if (!['data:', 'blob:'].includes(protocol) && !['127.0.0.1', 'localhost'].includes(hostname))
      outside.push(r.url())
  })
  page.on('response', (r) => {
    if (r.request().resourceType() === 'font')
      fonts.push({ url: r.url(), status: r.status(), fromServiceWorker: r.fromServiceWorker() })
  })
  return { errors, failed, outside, fonts }
}

describe('the built site offline', () => {
  let context: BrowserContext
  let slides: Expected[]

  it('is taken over by its service worker on the first visit, with a manifest', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    const seen = watch(page)
    await page.goto(at('1'), { waitUntil: 'networkidle' })
    // The worker precaches the whole site before it activates; then it claims the page, without a reload.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(at(''))
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 60_000 })
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(at('sw.js'))
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(manifest).toBe(`${BASE}manifest.webmanifest`)
    const app = await (await page.request.get(`${origin}${manifest}`)).json() as { name: string, start_url: string, theme_color: string, icons: { src: string }[] }
    expect(app.name).toContain('CS2916')
    expect(app.start_url).toBe('./')
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(app.theme_color)
    expect((await page.request.get(new URL(app.icons[0]!.src, `${origin}${manifest}`).href)).status()).toBe(200)
    slides = await readSlides(page)
    expect(slides.length).toBeGreaterThan(40)
    expect(slides.map(s => s.no)).toEqual(slides.map((_, i) => i + 1))
    expect(slides.filter(s => s.charts.length).length).toBeGreaterThan(10)
    expect(slides.some(s => s.formulas)).toBe(true)
    expect(slides.filter(s => !s.text)).toEqual([])
    expect(seen.errors).toEqual([])
    expect(seen.outside).toEqual([])
    await page.close()
  })

  it('loads every slide with the network gone: titles, charts, formulas, fonts from the cache', async () => {
    expect(slides?.length).toBeGreaterThan(40)
    // No server and no network: only the worker's cache can answer.
    await new Promise<void>(done => server!.close(() => done()))
    await context.setOffline(true)
    const page = await context.newPage()
    const seen = watch(page)
    const notShown: string[] = []
    const families = new Set<string>()
    for (const slide of slides) {
      await page.goto(at(String(slide.no)), { waitUntil: 'load' })
      const root = page.locator(`.slidev-page-${slide.no}`)
      try {
        await root.locator(slide.heading ? 'h1, h2' : '.slidev-layout').first().filter({ hasText: slide.text }).waitFor({ timeout: 20_000 })
        // A chart is drawn from its data (a lazily loaded chunk for some): its root holds text.
        for (const chart of slide.charts)
          await root.locator(`[data-chart="${chart}"]`).first().filter({ hasText: /\S/ }).waitFor({ state: 'attached', timeout: 10_000 })
        if (slide.formulas)
          await root.locator('.katex').first().waitFor({ timeout: 10_000 })
      }
      catch {
        notShown.push(`${slide.no}: ${slide.text} [${slide.charts.join(', ')}]`)
      }
      await page.evaluate(() => document.fonts.ready)
      for (const f of await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)))
        families.add(f.replace(/"/g, ''))
    }
    expect(notShown).toEqual([])
    expect(new URL(page.url()).pathname).toBe(`${BASE}${slides.length}`)

    // The fonts were drawn, and came from the worker's cache: the deck's Noto Sans SC and, on the formula slides,
    // KaTeX's own fonts.
    expect(families).toContain('Noto Sans SC')
    expect([...families].some(f => f.startsWith('KaTeX_'))).toBe(true)
    expect(seen.fonts.some(f => /noto-sans-sc/i.test(f.url))).toBe(true)
    expect(seen.fonts.some(f => /KaTeX_/.test(f.url))).toBe(true)
    expect(seen.fonts.filter(f => f.status !== 200 || !f.fromServiceWorker)).toEqual([])
    expect(seen.failed).toEqual([])
    expect(seen.errors).toEqual([])
    expect(seen.outside).toEqual([])

    // The reading view, another route of the same page, too.
    await page.goto(at('read/10'), { waitUntil: 'load' })
    await page.getByTestId('reading-notes').waitFor({ timeout: 10_000 })
    await page.close()
    await context.close()
  }, 300_000)
})
