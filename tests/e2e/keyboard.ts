import type { Locator, Page } from 'playwright-chromium'
import { expect } from 'vitest'

/** The data-mark of the focused element, or `root` when the chart's root has the focus. */
export function focusedMark(chart: Locator): Promise<string | null> {
  return chart.evaluate((root) => {
    const el = document.activeElement
    return el === root ? 'root' : el && root.contains(el) ? el.getAttribute('data-mark') : null
  })
}

/** Presses Tab until the chart's root has the focus (at most `limit` times); fails if it never does. */
export async function tabToChart(page: Page, chart: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await focusedMark(chart) === 'root')
      return
  }
  throw new Error(`Tab never reached ${await chart.getAttribute('data-chart')}`)
}

/** Where the deck is: the slide's path and the chart's click step. */
export async function position(page: Page, chart: Locator) {
  return { path: new URL(page.url()).pathname, step: await chart.getAttribute('data-step') }
}

/**
 * The keyboard contract of a chart: Tab reaches its root, Enter enters (focus on `first`), the given moves reach
 * `target` while the slide and its click step stay put (arrows and Space never reach Slidev), the tooltip shows
 * `tooltip`, and Escape leaves for the root and closes the tooltip.
 */
export async function checkKeyboard(page: Page, chart: Locator, o: { first: string, moves: string[], target: string, tooltip: string }) {
  const before = await position(page, chart)
  await tabToChart(page, chart)
  await page.keyboard.press('Enter')
  await expect.poll(() => focusedMark(chart)).toBe(o.first)
  for (const key of o.moves)
    await page.keyboard.press(key)
  await expect.poll(() => focusedMark(chart)).toBe(o.target)
  await expect.poll(() => chart.locator('[data-tooltip]').textContent()).toContain(o.tooltip)
  await page.keyboard.press('Space')
  await page.waitForTimeout(300)
  expect(await position(page, chart)).toEqual(before)
  expect(await focusedMark(chart)).toBe(o.target)
  await page.keyboard.press('Escape')
  await expect.poll(() => focusedMark(chart)).toBe('root')
  expect(await chart.locator('[data-tooltip]').count()).toBe(0)
  expect(await position(page, chart)).toEqual(before)
}
