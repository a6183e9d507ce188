import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fmti } from '../../data'
import { AVERAGE, heatmapOrder } from '../../lib/fmti/heatmap-order'
import { transparencyMatrix } from '../../lib/fmti/transparency-matrix'
import { launch, openPage, slideNumberOf, url } from './site'

const matrix = transparencyMatrix(fmti)
const CHART = '[data-chart="fmti-heatmap"]'
let browser: Browser
let slide: number

beforeAll(async () => {
  browser = await launch()
  const { page } = await openPage(browser)
  slide = await slideNumberOf(page, CHART)
  await page.close()
})
afterAll(() => browser?.close())

async function openAt(clicks: number) {
  const opened = await openPage(browser)
  await opened.page.goto(url(`${slide}?clicks=${clicks}`), { waitUntil: 'networkidle' })
  await opened.page.locator(`${CHART} svg[data-ready]`).waitFor()
  return opened
}
const active = (page: Page) => page.locator(`.slidev-page-${slide} ${CHART}`)

/** Developers left to right, read from where the browser drew the "Data" row's cells. */
async function columnOrder(page: Page): Promise<string[]> {
  const cells = active(page).locator('[data-row="data"]:not([data-col="average"])')
  const boxes = await Promise.all((await cells.all()).map(async c => ({ col: (await c.getAttribute('data-col'))!, x: (await c.boundingBox())!.x })))
  return boxes.sort((a, b) => a.x - b.x).map(b => b.col)
}
const visibleAverages = (page: Page) => active(page).locator('.cell.is-average[visibility="visible"]').count()

describe('the FMTI heatmap on the built site', () => {
  it('draws every cell with the value computed from data/', async () => {
    const { page } = await openAt(3)
    const chart = active(page)
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(/Transparency Index/)
    for (const c of matrix.cells)
      expect(await chart.locator(`[data-row="${c.row}"][data-col="${c.col}"]`).getAttribute('data-value'), `${c.row} x ${c.col}`).toBe(String(c.percent))
    for (const [id, a] of matrix.modelAverages)
      expect(await chart.locator(`[data-row="average"][data-col="${id}"]`).getAttribute('data-value')).toBe(String(a.percent))
    for (const [id, a] of matrix.dimensionAverages)
      expect(await chart.locator(`[data-row="${id}"][data-col="average"]`).getAttribute('data-value')).toBe(String(a.percent))
    expect(await chart.locator('text', { hasText: /NaN/ }).count()).toBe(0)
    await page.close()
  })

  it('steps through bare grid, averages, weakest dimensions and the sort by average as the lecturer presses →', async () => {
    const { page, errors } = await openAt(0)
    expect(await visibleAverages(page)).toBe(0)
    expect(await columnOrder(page)).toEqual(fmti.models.map(m => m.id))

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => visibleAverages(page)).toBe(23)
    expect(await active(page).locator('[data-weakest]').count()).toBe(0)

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => active(page).locator('[data-weakest]').count()).toBe(4)

    await page.keyboard.press('ArrowRight')
    const byAverage = heatmapOrder(matrix, { axis: 'columns', by: AVERAGE }).columns
    await expect.poll(() => columnOrder(page), { timeout: 5000 }).toEqual(byAverage)

    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => columnOrder(page), { timeout: 5000 }).toEqual(fmti.models.map(m => m.id))
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the fraction, the dimension and the indicators on hover', async () => {
    const { page } = await openAt(3)
    await active(page).locator('[data-row="labor"][data-col="llama-2"]').hover()
    const tip = active(page).locator('..').locator('[data-tooltip]')
    await expect.poll(() => tip.textContent()).toContain('2/7 = 29%')
    const text = (await tip.textContent())!
    expect(text).toContain('Llama 2 (Meta) · Labor')
    expect(text).toContain('✓Use of human labor')
    expect(text).toContain('✗Wages')
    await page.close()
  })

  it('shows the tooltip on keyboard focus too', async () => {
    const { page } = await openAt(3)
    await active(page).locator('[data-row="impact"][data-col="titan-text"]').focus()
    await expect.poll(() => active(page).locator('..').locator('[data-tooltip]').textContent()).toContain('0/7 = 0%')
    await page.close()
  })

  it('sorts the developers when a row header is clicked, and the dimensions when a column header is', async () => {
    const { page } = await openAt(3)
    await active(page).locator('[data-header-row="labor"]').click()
    const byLabor = heatmapOrder(matrix, { axis: 'columns', by: 'labor' }).columns
    await expect.poll(() => columnOrder(page), { timeout: 5000 }).toEqual(byLabor)

    await active(page).locator('[data-header-col="gpt-4"]').click()
    const byGpt4 = heatmapOrder(matrix, { axis: 'rows', by: 'gpt-4' }).rows
    const rowOrder = async () => {
      const cells = await active(page).locator('[data-col="gpt-4"]:not([data-row="average"])').all()
      const boxes = await Promise.all(cells.map(async c => ({ row: (await c.getAttribute('data-row'))!, y: (await c.boundingBox())!.y })))
      return boxes.sort((a, b) => a.y - b.y).map(b => b.row)
    }
    await expect.poll(rowOrder, { timeout: 5000 }).toEqual(byGpt4)
    await page.close()
  })

  it('has a data table alternative inside the chart', async () => {
    const { page } = await openAt(3)
    const rows = active(page).locator('[data-table-alternative] tbody tr')
    expect(await rows.count()).toBe(14)
    expect(await rows.first().locator('th').textContent()).toBe('Data')
    await page.close()
  })
})
