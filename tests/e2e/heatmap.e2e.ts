import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import { fmti, fmtiEditions } from '../../data'
import reports2024 from '../../data/fmti-reports-2024-05.json'
import { AVERAGE, heatmapOrder } from '../../lib/fmti/heatmap-order'
import { transparencyMatrix } from '../../lib/fmti/transparency-matrix'
import { lectureHeatmap } from '../helpers/fmti'
import { chartDeck } from '../helpers/slides'
import { BASE, openPage, url } from './site'

const matrix = transparencyMatrix(lectureHeatmap)
const CHART = '[data-chart="fmti-heatmap"]'
const deck = chartDeck(CHART)
const openAt = deck.openAt
const active = (page: Page) => page.locator(`.slidev-page-${deck.slide} ${CHART}`)

/** Developers left to right, read from where the browser drew the "Data" row's cells. */
async function columnOrder(page: Page): Promise<string[]> {
  const cells = active(page).locator('[data-row="data"]:not([data-col="average"])')
  const boxes = await Promise.all((await cells.all()).map(async c => ({ col: (await c.getAttribute('data-col'))!, x: (await c.boundingBox())!.x })))
  return boxes.sort((a, b) => a.x - b.x).map(b => b.col)
}
const focusedMark = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? document.activeElement?.getAttribute('data-chart') ?? document.activeElement?.tagName)
const pathOf = (page: Page) => new URL(page.url()).pathname
const visibleAverages = (page: Page) => active(page).locator('.cell.is-average:not(.step-hidden)').count()

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
    await active(page).focus()
    await page.keyboard.press('Enter')
    // Titan Text is the last developer at step 3, Impact the last dimension: End of the column headers, then down.
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowLeft')
    for (let i = 0; i < 13; i++)
      await page.keyboard.press('ArrowDown')
    expect(await focusedMark(page)).toBe('impact|titan-text')
    await expect.poll(() => active(page).locator('[data-tooltip]').textContent()).toContain('0/7 = 0%')
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

describe('the heatmap by keyboard (one Tab stop; keys inside never reach the slides)', () => {
  it('Tab reaches the chart, Enter enters, arrows move over headers and cells, Enter on a header sorts and focus stays', async () => {
    const { page, errors } = await openAt(3)
    let presses = 0
    while (await page.evaluate(() => document.activeElement?.getAttribute('data-chart')) !== 'fmti-heatmap' && presses++ < 40)
      await page.keyboard.press('Tab')
    expect(await focusedMark(page)).toBe('fmti-heatmap')
    // One Tab stop: the marks are out of the Tab order until the chart is entered.
    expect(await active(page).locator('[data-mark][tabindex="0"]').count()).toBe(0)
    await page.keyboard.press('Enter')
    const byAverage = heatmapOrder(matrix, { axis: 'columns', by: AVERAGE }).columns
    expect(await focusedMark(page)).toBe(`col:${byAverage[0]}`)
    await page.keyboard.press('ArrowDown')
    expect(await focusedMark(page)).toBe(`data|${byAverage[0]}`)
    await page.keyboard.press('ArrowLeft')
    expect(await focusedMark(page)).toBe('row:data')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowUp')
    expect(await focusedMark(page)).toBe(`col:${byAverage[1]}`)

    // Sorting the rows by a developer keeps the columns as they were (by average) and focus on the header.
    await page.keyboard.press('Enter')
    const rowsBy = heatmapOrder(matrix, { axis: 'rows', by: byAverage[1]! }).rows
    const rowOrder = () => active(page).evaluate(el => [...el.querySelectorAll('[data-header-row]')]
      .map(h => ({ id: h.getAttribute('data-header-row')!, y: h.getBoundingClientRect().y }))
      .filter(h => h.id !== 'average').sort((a, b) => a.y - b.y).map(h => h.id))
    await expect.poll(rowOrder, { timeout: 5000 }).toEqual(rowsBy)
    expect(await columnOrder(page)).toEqual(byAverage)
    expect(await focusedMark(page)).toBe(`col:${byAverage[1]}`)
    expect(pathOf(page)).toBe(`${BASE}${deck.slide}`)

    // A Space sorts back (the toggle) and does not advance the slide.
    await page.keyboard.press(' ')
    await page.waitForTimeout(300)
    expect(await focusedMark(page)).toBe(`col:${byAverage[1]}`)
    expect(pathOf(page)).toBe(`${BASE}${deck.slide}`)

    // A row header sorts the developers; focus stays on it, the rows keep their order.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Home')
    expect(await focusedMark(page)).toBe('row:data')
    await page.keyboard.press(' ')
    await expect.poll(() => columnOrder(page), { timeout: 5000 }).toEqual(heatmapOrder(matrix, { axis: 'columns', by: 'data' }).columns)
    expect(await focusedMark(page)).toBe('row:data')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(pathOf(page)).toBe(`${BASE}${deck.slide}`)

    // Escape closes the tooltip and leaves for the chart's root; then → moves the lecture again.
    await expect.poll(() => active(page).locator('[data-tooltip]').count()).toBe(1)
    await page.keyboard.press('Escape')
    expect(await focusedMark(page)).toBe('fmti-heatmap')
    expect(await active(page).locator('[data-tooltip]').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('the heatmap\'s editions, drill-down and link', () => {
  const e2024 = fmtiEditions.editions.find(e => e.id === '2024-05')!

  it('switches the edition from its control, by keyboard, without leaving the slide', async () => {
    const { page } = await openAt(3)
    expect(await active(page).getAttribute('data-edition')).toBe('2023-10')
    await active(page).locator('[data-edition-switch] select').focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => active(page).getAttribute('data-edition')).toBe('2024-05')
    expect(await active(page).locator('[data-header-col]:not([data-header-col="average"])').count()).toBe(14)
    expect(await active(page).locator('[data-header-row]:not([data-header-row="average"])').count()).toBe(13)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => active(page).getAttribute('data-edition')).toBe('2025-12')
    expect(await active(page).locator('[data-header-row]:not([data-header-row="average"])').count()).toBe(19)
    expect(pathOf(page)).toBe(`${BASE}${deck.slide}`)
    expect(new URL(page.url()).searchParams.get('edition')).toBe('2025-12')
    await page.close()
  })

  it('opens a cell\'s indicators with the developer\'s disclosure and the justification, scrolls inside, closes on Escape', async () => {
    const { page, errors, outside } = await openAt(3)
    await active(page).locator('[data-edition-switch] select').selectOption('2024-05')
    await active(page).locator('[data-row="data"][data-col="meta"]').click()
    const panel = active(page).locator('[data-drilldown]')
    const indices = e2024.indicators.flatMap((ind, i) => (ind.subdomain === 'data' ? [i] : []))
    await expect.poll(() => panel.locator('[data-indicator] [data-disclosure]').count()).toBe(indices.length)
    const meta = e2024.developers.find(d => d.id === 'meta')!
    const rows = (reports2024 as { developers: Record<string, { disclosure: string, justification: string }[]> }).developers.meta!
    for (const [k, i] of indices.entries()) {
      const item = panel.locator('[data-indicator]').nth(k)
      expect(await item.getAttribute('data-satisfied')).toBe(meta.scores[i] === 1 ? 'true' : 'false')
      expect(await item.textContent()).toContain(e2024.indicators[i]!.name)
      expect(await item.locator('[data-justification]').textContent()).toContain(rows[i]!.justification || '（无）')
    }
    const box = await panel.evaluate(el => ({ scroll: el.scrollHeight > el.clientHeight, bottom: el.getBoundingClientRect().bottom, overflow: getComputedStyle(el).overflowY }))
    expect(box.overflow).toBe('auto')
    expect(box.bottom).toBeLessThanOrEqual(720)
    await page.keyboard.press('PageDown')
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0)
    expect(pathOf(page)).toBe(`${BASE}${deck.slide}`)
    await page.keyboard.press('Escape')
    await expect.poll(() => panel.count()).toBe(0)
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('opens the state a link names: edition, sort and cell; and writes the student\'s choices back', async () => {
    const { page } = await openAt(3)
    await page.goto(url(`${deck.slide}?clicks=3&edition=2024-05&sort=rows:meta&cell=data|meta`), { waitUntil: 'networkidle' })
    await active(page).locator('[data-ready]').waitFor()
    await expect.poll(() => active(page).getAttribute('data-edition')).toBe('2024-05')
    await expect.poll(() => active(page).locator('[data-drilldown] [data-indicator]').count()).toBe(e2024.indicators.filter(i => i.subdomain === 'data').length)
    expect(await active(page).locator('[data-header-col="meta"].sorted').count()).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => new URL(page.url()).searchParams.get('cell')).toBe(null)
    expect(new URL(page.url()).searchParams.get('sort')).toBe('rows:meta')
    await active(page).locator('[data-header-row="compute"]').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('rows:meta,columns:compute')
    await page.close()
  })

  it('ignores the link in print, where the lecture\'s edition shows and there is no switch', async () => {
    const { page } = await openPage(deck.browser)
    await page.goto(url(`print?edition=2025-12&cell=data|meta`), { waitUntil: 'networkidle' })
    const chart = page.locator(CHART).first()
    expect(await chart.getAttribute('data-edition')).toBe('2023-10')
    expect(await page.locator('[data-edition-switch]').count()).toBe(0)
    expect(await page.locator('[data-drilldown]').count()).toBe(0)
    await page.close()
  })
})
