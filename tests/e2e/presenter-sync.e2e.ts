import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE, launch, slideNumberOf, url } from './site'

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

  it('share what the lecturer does to a chart, both ways: the heatmap\'s edition and open cell, a sort, a legend highlight', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const errors: string[] = []
    const audience = await context.newPage()
    const presenter = await context.newPage()
    for (const page of [audience, presenter])
      page.on('pageerror', e => errors.push(e.message))
    const heatmap = await slideNumberOf(audience, '[data-chart="fmti-heatmap"]')
    const evolution = await slideNumberOf(audience, '[data-chart="gpt-evolution"]')
    await audience.goto(url(String(heatmap)), { waitUntil: 'networkidle' })
    await presenter.goto(url(`presenter/${heatmap}`), { waitUntil: 'networkidle' })
    const chartOf = (page: Page, no: number, id: string) => page.locator(`#slideshow .slidev-page-${no} [data-chart="${id}"]`)
    const onPresenter = chartOf(presenter, heatmap, 'fmti-heatmap')
    const onProjector = chartOf(audience, heatmap, 'fmti-heatmap')

    await presenter.bringToFront()
    await onPresenter.locator('[data-edition-switch] select').selectOption('2025-12')
    await onPresenter.locator('.cell[data-row="data-acquisition"][data-col="google"]').click()
    const title = await onPresenter.locator('[data-drilldown]').getAttribute('aria-label')
    await expect.poll(() => onProjector.getAttribute('data-edition'), { timeout: 5000 }).toBe('2025-12')
    await expect.poll(() => onProjector.locator('[data-drilldown]').getAttribute('aria-label'), { timeout: 5000 }).toBe(title)
    expect(new URL(audience.url()).searchParams.get('cell')).toBe('data-acquisition|google')

    // The other way: a sort made in the audience window shows in the presenter view.
    await audience.bringToFront()
    await onProjector.locator('[data-drilldown] .close').click()
    await onProjector.locator('[data-header-col="google"]').click()
    await expect.poll(() => onPresenter.locator('[data-header-col="google"]').getAttribute('class'), { timeout: 5000 }).toContain('sorted')
    expect(new URL(presenter.url()).searchParams.get('sort')).toBe('rows:google')
    await expect.poll(() => onPresenter.locator('[data-drilldown]').count(), { timeout: 5000 }).toBe(0)

    // The lecturer's next click resets the view in both windows, to the lecture's edition.
    await presenter.bringToFront()
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => onProjector.getAttribute('data-edition'), { timeout: 5000 }).toBe('2023-10')

    // The lineage graph's legend: the method the lecturer highlights is highlighted on the projector.
    await presenter.goto(url(`presenter/${evolution}`), { waitUntil: 'networkidle' })
    await audience.waitForURL(u => u.pathname === `${BASE}${evolution}`, { timeout: 5000 })
    await chartOf(presenter, evolution, 'gpt-evolution').locator('button[data-method="rlhf"]').click()
    await expect.poll(() => chartOf(audience, evolution, 'gpt-evolution').locator('button[data-method="rlhf"]').getAttribute('aria-pressed'), { timeout: 5000 }).toBe('true')
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
