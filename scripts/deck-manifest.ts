/**
 * The deck's manifest for the lecture relay (dist/lecture-manifest.json): the base the site was built for and each
 * slide's last click. Slides do not state their clicks (charts register theirs when they mount), so they are
 * measured from the built site itself: its print view with clicks (`/print?print=clicks`) draws one
 * `.print-slide-container` per slide and click, with ids `NNN-CC` (slide, click + 1).
 *
 * Run by scripts/build.ts after `slidev build` (and by the benchmark after its own build).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { type DeckManifest, MANIFEST_FILE } from '../lib/lecture/position'
import { staticSite } from '../server/static-site'

/** The base a site was built for, from the script tag of its entry (`/cs2916/assets/index-….js`). */
export function builtBase(indexHtml: string): string {
  const src = /<script[^>]+src="([^"]*?)assets\/[^"]+\.js"/.exec(indexHtml)
  if (!src)
    throw new Error('dist/index.html: no entry script under assets/ (is this a Slidev build?)')
  return src[1]!.startsWith('/') ? src[1]! : `/${src[1]}`
}

/** Each slide's last click, from the print view's container ids. */
export function clicksFromPrintIds(ids: readonly string[]): number[] {
  const clicks: number[] = []
  for (const id of ids) {
    const m = /^(\d+)-(\d+)$/.exec(id)
    if (!m)
      continue
    const slide = Number(m[1])
    clicks[slide - 1] = Math.max(clicks[slide - 1] ?? 0, Number(m[2]) - 1)
  }
  const missing = [...clicks.keys()].filter(i => clicks[i] === undefined)
  if (clicks.length === 0 || missing.length)
    throw new Error(`the print view lacks slides ${missing.map(i => i + 1).join(', ') || '(all)'}`)
  return clicks
}

export async function writeDeckManifest(dist: string): Promise<DeckManifest> {
  const base = builtBase(readFileSync(join(dist, 'index.html'), 'utf8'))
  const site = staticSite(dist, base)
  const server = createServer((req, res) => {
    if (!site.serve(req, res, new URL(req.url ?? '/', 'http://x').pathname))
      res.writeHead(404).end()
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${base}print?print=clicks`, { waitUntil: 'networkidle' })
    // Charts register their clicks as they mount: wait until every slide's layout and every chart is drawn (as
    // tests/e2e/site.ts's openPrintView does), then read until the count holds still.
    await page.waitForFunction(() => {
      const slides = [...document.querySelectorAll('.print-slide-container [data-slidev-no]')]
      return slides.length > 0
        && slides.every(s => s.querySelector('.slidev-layout'))
        && [...document.querySelectorAll('.print-slide-container .chart-body')].every(b => b.hasAttribute('data-ready'))
    }, undefined, { timeout: 120_000 })
    let ids: string[] = []
    for (let stable = 0; stable < 3;) {
      await page.waitForTimeout(300)
      const now = await page.locator('.print-slide-container').evaluateAll(els => els.map(e => e.id))
      stable = now.length === ids.length && now.length > 0 ? stable + 1 : 0
      ids = now
    }
    const manifest: DeckManifest = { base, clicks: clicksFromPrintIds(ids) }
    writeFileSync(join(dist, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`)
    return manifest
  }
  finally {
    await browser.close()
    server.close()
  }
}
