import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openness, opennessFrameworks } from '../../data'
import { frameworkTable } from '../../lib/openness/frameworks'
import { openDeck, openPage, slideNumberOf, url } from './site'

const CHART = '[data-chart="openness-frameworks"]'
const table = frameworkTable(opennessFrameworks, openness)
let browser: Browser
let slide: number

beforeAll(async () => {
  ({ browser, slides: { chart: slide } } = await openDeck({ chart: CHART }))
})
afterAll(() => browser?.close())

describe('the two definitions of open AI on the built site', () => {
  it('comes after the index\'s slides, every mark equal to the derivation; no error, no request leaves localhost', async () => {
    const { page: p } = await openPage(browser)
    expect(slide).toBeGreaterThan(await slideNumberOf(p, '[data-chart="osai-landscape"]'))
    await p.close()
    const { page, errors, outside } = await openPage(browser)
    await page.goto(url(String(slide)), { waitUntil: 'networkidle' })
    const root = page.locator(`.slidev-page-${slide} ${CHART}`)
    await root.locator('[data-ready]').waitFor()
    const marks = await root.locator('.mark').evaluateAll(els => els.map(e => [e.getAttribute('data-row'), e.getAttribute('data-col'), e.getAttribute('data-value')]))
    expect(marks).toHaveLength(13 * table.columns.length)
    for (const [row, col, value] of marks)
      expect(value, `${row} × ${col}`).toBe(table.cells[row!]![col!]!.value)
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('hover and keyboard show a cell\'s note', async () => {
    const { page } = await openPage(browser)
    await page.goto(url(String(slide)), { waitUntil: 'networkidle' })
    const root = page.locator(`.slidev-page-${slide} ${CHART}`)
    await root.locator('[data-ready]').waitFor()
    await root.locator('.mark[data-row="data-content"][data-col="osaid"]').hover()
    await expect(root.locator('[data-details-note]').textContent()).resolves.toBe(table.cells['data-content']!.osaid!.note)
    await page.mouse.move(5, 5)
    await root.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe('training-code|mof-class-iii')
    await expect(root.locator('[data-details-note]').textContent()).resolves.toBe(table.cells['training-code']!['mof-class-iii']!.note)
    await page.close()
  })
})
