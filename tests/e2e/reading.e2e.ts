import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openPage, slideNumberOf, url } from './site'

/** The students' reading view of the built site: /read/:no, the slide at its last click with its notes. */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

const squash = (s: string) => s.replace(/\s+/g, '')

describe('the reading view', () => {
  it('shows slide and notes, is no presenter view, and moves with ← →', async () => {
    const { page, errors } = await openPage(browser)
    await page.goto(url('read/4'), { waitUntil: 'networkidle' })
    const view = page.getByTestId('reading-view')
    await view.waitFor()
    await expect(page.getByTestId('reading-no').textContent()).resolves.toContain('第 4 /')
    const notes = await page.getByTestId('reading-notes').textContent()
    expect(squash(notes!)).toContain(squash('先看几位业界领袖的评价'))
    expect(await page.locator('.slidev-page').count()).toBe(1) // no next-slide pane
    expect(await page.locator('.timer-btn, [class*="timer"]').count()).toBe(0)
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(/\/read\/5$/)
    await expect(page.getByTestId('reading-no').textContent()).resolves.toContain('第 5 /')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.waitForURL(/\/read\/3$/)
    // Notes with click markers: the markers are breaks, not text.
    const fewShot = await slideNumberOf(page, '[data-format="few-shot"]')
    await page.goto(url(`read/${fewShot}`), { waitUntil: 'networkidle' })
    const clickNotes = (await page.getByTestId('reading-notes').innerText())
    expect(squash(clickNotes)).toContain(squash('接下来几行是示例'))
    expect(clickNotes).not.toMatch(/\[click/i)
    expect(errors).toEqual([])
    await page.close()
  })

  it('is reachable from the slide controls, which also offer the handout', async () => {
    const { page } = await openPage(browser)
    await page.goto(url('6'), { waitUntil: 'networkidle' })
    const href = await page.getByTestId('handout-download').getAttribute('href')
    expect(href).toBe('/cs2916/cs2916-transparency-openness-handout.pdf')
    const pdf = await page.request.get(url('cs2916-transparency-openness-handout.pdf'))
    expect(pdf.status()).toBe(200)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await page.getByTestId('reading-view-link').click({ force: true })
    await page.waitForURL(/\/read\/6$/)
    await page.getByTestId('reading-notes').waitFor()
    await page.close()
  })

  for (const [w, h] of [[390, 844], [844, 390]] as const) {
    it(`reflows the slide's text at a readable size at ${w}x${h}`, async () => {
      const page = await browser.newPage({ viewport: { width: w, height: h } })
      await page.goto(url('read/6'), { waitUntil: 'networkidle' })
      await page.getByTestId('reading-reflowed').waitFor()
      const sizes = await page.locator('[data-testid="reading-reflowed"], [data-testid="reading-notes"]').evaluateAll(roots =>
        roots.flatMap(r => [...r.querySelectorAll<HTMLElement>('*')]
          .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent!.trim()) && e.getClientRects().length)
          .map(e => Number.parseFloat(getComputedStyle(e).fontSize) * ((e as unknown as { currentCSSZoom?: number }).currentCSSZoom ?? 1))))
      expect(sizes.length).toBeGreaterThan(5)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14)
      // The reflowed slide takes its own room: the notes come after it, not over it.
      const slideBox = (await page.getByTestId('reading-reflowed').boundingBox())!
      const notesBox = (await page.getByTestId('reading-notes').boundingBox())!
      expect(slideBox.height).toBeGreaterThan(100)
      expect(notesBox.y).toBeGreaterThanOrEqual(slideBox.y + slideBox.height)
      // Nothing wider than the screen but a table, which scrolls.
      const scrollW = await page.evaluate(() => document.querySelector('.reading-main')!.scrollWidth)
      expect(scrollW).toBeLessThanOrEqual(w + 1)
      await page.screenshot({ path: `test-results/reading-${w}x${h}.png` })
      await page.close()
    })
  }
})
