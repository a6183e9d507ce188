import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE, launch, url } from './site'

/**
 * The lecturer's two windows of the built site in one browser: the presenter view drives, the audience window
 * (the projector) follows slide and click, through Slidev's shared state (BroadcastChannel / localStorage).
 */
let browser: Browser
beforeAll(async () => { browser = await launch() })
afterAll(() => browser?.close())

/** Slide number and click of a page, from its URL: /cs2916/presenter/3?clicks=2 → { no: 3, clicks: 2 }. */
function position(page: Page, prefix: string): { no: number, clicks: number } {
  const u = new URL(page.url())
  const m = u.pathname.match(new RegExp(`^${BASE}${prefix}(\\d+)$`))
  if (!m)
    throw new Error(`unexpected URL ${u.pathname}`)
  return { no: Number(m[1]), clicks: Number(u.searchParams.get('clicks') ?? 0) }
}

describe('presenter and audience windows', () => {
  it('stay on the same slide and click for 15 presses of →', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const errors: string[] = []
    const audience = await context.newPage()
    const presenter = await context.newPage()
    for (const page of [audience, presenter]) {
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
      page.on('pageerror', e => errors.push(e.message))
    }
    await audience.goto(url('1'), { waitUntil: 'networkidle' })
    await presenter.goto(url('presenter/1'), { waitUntil: 'networkidle' })
    await presenter.locator('.slidev-page').first().waitFor()

    const steps: string[] = []
    let previous = position(presenter, 'presenter/')
    expect(previous).toEqual({ no: 1, clicks: 0 })
    for (let press = 1; press <= 15; press++) {
      const before = presenter.url()
      await presenter.bringToFront()
      await presenter.keyboard.press('ArrowRight')
      // The presenter moves one step on: the next click of this slide, or the next slide at click 0.
      await presenter.waitForURL(u => u.href !== before, { timeout: 5000 })
      const now = position(presenter, 'presenter/')
      expect(now.no > previous.no ? now.clicks === 0 && now.no === previous.no + 1 : now.no === previous.no && now.clicks === previous.clicks + 1, `press ${press}: ${JSON.stringify(previous)} → ${JSON.stringify(now)}`).toBe(true)
      // The audience window follows to the same slide and click, and shows that slide.
      const audiencePath = `${BASE}${now.no}`
      await audience.waitForFunction(([path, clicks]) => location.pathname === path && Number(new URLSearchParams(location.search).get('clicks') ?? 0) === clicks, [audiencePath, now.clicks] as const, { timeout: 5000 })
        .catch(() => undefined)
      const followed = position(audience, '')
      expect(followed, `press ${press}`).toEqual(now)
      await audience.locator(`.slidev-page-${now.no}`).waitFor()
      steps.push(`${now.no}.${now.clicks}`)
      previous = now
    }
    // The walk went over several slides and through click steps within slides.
    expect(new Set(steps.map(s => s.split('.')[0])).size).toBeGreaterThan(3)
    expect(steps.some(s => !s.endsWith('.0'))).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
