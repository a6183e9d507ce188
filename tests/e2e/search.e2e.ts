import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchIndexFile } from '../../lib/search/engine'
import { SEARCH_CASES } from '../helpers/search-cases'
import { BASE, launch, openPage, url } from './site'

/** The search page of the built site, /search?q=…: the cases of the unit test, safety, keyboard, phone, axe. */
const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')

let browser: Browser
let titles: SearchIndexFile['slides']
beforeAll(async () => {
  browser = await launch()
  const page = await browser.newPage()
  const res = await page.request.get(url('search-index.json'))
  expect(res.status()).toBe(200)
  titles = ((await res.json()) as SearchIndexFile).slides
  await page.close()
})
afterAll(() => browser?.close())

const slideTitled = (part: string) => {
  const found = titles.filter(s => s.title.includes(part))
  expect(found, `one slide titled with "${part}"`).toHaveLength(1)
  return found[0]!.no
}
const results = (page: Page) => page.getByTestId('search-result')

async function search(page: Page, q: string) {
  await page.goto(url(`search?q=${encodeURIComponent(q)}`), { waitUntil: 'networkidle' })
  await page.getByTestId('search-view').waitFor()
  await expect.poll(() => page.getByTestId('search-status').textContent()).not.toContain('正在载入')
}

describe('the search page', () => {
  it('finds each case\'s slide first, with the hit marked and a link to the slide', async () => {
    const { page, errors, outside } = await openPage(browser)
    for (const c of SEARCH_CASES) {
      await search(page, c.query)
      const first = results(page).first()
      await first.waitFor()
      const no = slideTitled(c.slideTitle)
      expect(await first.getAttribute('data-slide'), c.query).toBe(String(no))
      const href = await first.getAttribute('href')
      expect(href, c.query).toMatch(new RegExp(`^${BASE}${no}(\\?|$)`))
      if (c.path)
        expect(href, c.query).toMatch(c.path)
      expect(await first.textContent()).toContain(`第 ${no} 页`)
      const hit = first.locator(`.search-hit[data-kind="${c.kind}"]`).first()
      expect(await hit.count(), `${c.query}: a ${c.kind} hit`).toBe(1)
      const marked = await hit.locator('mark').allTextContents()
      expect(marked.length, `${c.query}: a marked hit`).toBeGreaterThan(0)
      expect(await hit.locator('.search-hit-kind').textContent()).toBe({ slide: '幻灯片', notes: '讲稿', chart: '图表', code: '代码' }[c.kind])
    }
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('opens an FMTI indicator in the heatmap\'s drill-down cell', async () => {
    const { page, errors, outside } = await openPage(browser)
    const c = SEARCH_CASES.find(x => x.what === 'an FMTI indicator name')!
    await search(page, c.query)
    await results(page).first().click()
    const no = slideTitled(c.slideTitle)
    await page.waitForURL(new RegExp(`${BASE}${no}\\?.*cell=`))
    const chart = page.locator(`.slidev-page-${no} [data-chart="fmti-heatmap"]`)
    await expect.poll(() => chart.locator('[data-drilldown] [data-indicator]').allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(c.query)]))
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('shows a query of markup as typed and runs none of it', async () => {
    const { page, errors, outside } = await openPage(browser)
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const q = '<img src=x onerror=alert(1)>'
    await search(page, q)
    expect(await page.getByTestId('search-input').inputValue()).toBe(q)
    expect(await page.getByTestId('search-status').textContent()).toContain(q)
    expect(await page.locator('.search-view img').count()).toBe(0)
    // Typed in, too.
    await page.getByTestId('search-input').fill(`Chinchilla ${q}`)
    await page.waitForTimeout(300)
    expect(await page.locator('.search-view img').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('is used by keyboard: / opens it, typing updates it, ↑ ↓ move, Enter opens, Esc goes back', async () => {
    const { page, errors, outside } = await openPage(browser)
    await page.goto(url('5'), { waitUntil: 'networkidle' })
    await page.getByTestId('search-link').waitFor({ state: 'attached' })
    await page.keyboard.press('/')
    await page.waitForURL(/\/search\?from=/)
    await page.getByTestId('search-view').waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input')
    await page.keyboard.type('chinch')
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('chinch')
    await expect.poll(() => results(page).count()).toBeGreaterThan(1)
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-slide') ?? document.activeElement?.id)
    const slides = await results(page).evaluateAll(els => els.map(e => e.getAttribute('data-slide')))
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toBe(slides[0])
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toBe(slides[1])
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    expect(await focused()).toBe('search-input')
    await page.keyboard.type('illa')
    await expect.poll(() => page.getByTestId('search-input').inputValue()).toBe('chinchilla')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const chinchilla = slideTitled('Chinchilla：')
    await page.waitForURL(new RegExp(`${BASE}${chinchilla}(\\?|$)`))
    // Back to the search, then Escape returns to the slide it was opened from.
    await page.goBack()
    await page.getByTestId('search-view').waitFor()
    await page.keyboard.press('Escape')
    await page.waitForURL(new RegExp(`${BASE}5$`))
    // The reading view's / and link open it too.
    await page.goto(url('read/7'), { waitUntil: 'networkidle' })
    await page.getByTestId('reading-notes').waitFor()
    await page.keyboard.press('/')
    await page.waitForURL(/\/search\?from=(%2F|\/)read(%2F|\/)7$/)
    await page.goto(url('read/7'), { waitUntil: 'networkidle' })
    await page.getByTestId('reading-search').click()
    await page.getByTestId('search-view').waitFor()
    await page.keyboard.press('Escape')
    await page.waitForURL(/\/read\/7$/)
    // And the magnifier in the slide controls.
    await page.goto(url('9'), { waitUntil: 'networkidle' })
    await page.getByTestId('search-link').click({ force: true })
    await page.getByTestId('search-view').waitFor()
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('works on a 390x844 phone: readable, 44 px targets, nothing cut off, a tap opens the slide', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    const page = await context.newPage()
    const outside: string[] = []
    page.on('request', (r) => {
      if (!['127.0.0.1', 'localhost'].includes(new URL(r.url()).hostname))
        outside.push(r.url())
    })
    await search(page, '权重')
    await results(page).first().waitFor()
    const m = await page.evaluate(() => {
      const view = document.querySelector('.search-view')!
      const texts: { text: string, px: number }[] = []
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!
        if (n.textContent!.trim() && el.getClientRects().length && !el.closest('.sr-only'))
          texts.push({ text: n.textContent!.trim().slice(0, 20), px: Number.parseFloat(getComputedStyle(el).fontSize) })
      }
      const targets = [...view.querySelectorAll<HTMLElement>('a, input, button')].filter(e => e.getClientRects().length)
        .map(e => ({ what: e.className, w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height }))
      return { small: texts.filter(t => t.px < 14), targets, overflow: document.documentElement.scrollWidth - window.innerWidth, viewOverflow: view.scrollWidth - view.clientWidth }
    })
    expect(m.small).toEqual([])
    expect(m.targets.filter(t => t.h < 44 || t.w < 44)).toEqual([])
    expect(m.overflow).toBeLessThanOrEqual(0)
    expect(m.viewOverflow).toBeLessThanOrEqual(0)
    const no = await results(page).first().getAttribute('data-slide')
    await results(page).first().tap()
    await page.waitForURL(new RegExp(`${BASE}${no}(\\?|$)`))
    expect(outside).toEqual([])
    await context.close()
  })

  it('has no serious axe violation, with results and without', async () => {
    const { page } = await openPage(browser)
    for (const q of ['开放权重', 'zzzzqqq']) {
      await search(page, q)
      await page.addScriptTag({ path: AXE })
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document.querySelector('.search-view'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        })
        return (r.violations as { id: string, impact: string, nodes: unknown[] }[])
          .filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id} ×${v.nodes.length}`)
      })
      expect(violations, q).toEqual([])
    }
    expect(await page.getByTestId('search-status').textContent()).toContain('没有找到')
    await page.close()
  })
})
