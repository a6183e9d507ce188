import { describe, expect, it } from 'vitest'
import { fmtiEditions } from '../../data'
import { developerTotal } from '../../lib/fmti/edition-facts'
import { checkKeyboard } from './keyboard'
import { chartDeck } from '../helpers/slides'

const CHART = '[data-chart="fmti-trend"]'
const deck = chartDeck(CHART)
const openAt = deck.openAt

describe('the FMTI trend chart on the built site', () => {
  it('draws every developer\'s total in every edition, as in data/fmti-editions.json', async () => {
    const { page, errors, outside } = await openAt(3)
    const chart = page.locator(`.slidev-page-${deck.slide} ${CHART}`)
    for (const e of fmtiEditions.editions) {
      for (const d of e.developers)
        expect(await chart.locator(`[data-row="${d.id}"][data-col="${e.id}"]`).getAttribute('data-value'), `${d.id} ${e.id}`).toBe(String(developerTotal(d)))
    }
    expect(await chart.locator('[data-mean]').evaluateAll(ms => ms.map(m => m.getAttribute('data-value')))).toEqual(['37.0', '57.9', '40.7'])
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('steps 2023, 2024, 2025, then the falls and rises', async () => {
    const counts: number[] = []
    for (const k of [0, 1, 2]) {
      const { page } = await openAt(k)
      counts.push(await page.locator(`.slidev-page-${deck.slide} ${CHART} circle.point:not(.step-hidden)`).count())
      await page.close()
    }
    expect(counts).toEqual([10, 24, 37])
    const { page } = await openAt(3)
    const chart = page.locator(`.slidev-page-${deck.slide} ${CHART}`)
    expect(await chart.locator('circle.point.fall').evaluateAll(ps => ps.map(p => p.getAttribute('data-row')).sort())).toEqual(['meta', 'mistral', 'openai'])
    expect(await chart.locator('circle.point.rise').evaluateAll(ps => ps.map(p => p.getAttribute('data-row')).sort())).toEqual(['ibm', 'writer'])
    await page.close()
  })

  it('shows a tooltip for a mark reached by keyboard', async () => {
    const { page } = await openAt(2)
    // The keyboard's rows: every developer, by name; ← → follow one across the editions.
    const names = new Map(fmtiEditions.editions.flatMap(e => e.developers.map(d => [d.id, d.name] as const)))
    const rows = [...names].sort((a, b) => a[1].localeCompare(b[1])).map(([id]) => id)
    const firstEdition = fmtiEditions.editions.find(e => e.developers.some(d => d.id === rows[0]))!.id
    await checkKeyboard(page, page.locator(`.slidev-page-${deck.slide} ${CHART}`), {
      first: `${rows[0]}|${firstEdition}`,
      moves: [...Array.from({ length: rows.indexOf('ibm') }, () => 'ArrowDown'), 'End'],
      target: 'ibm|2025-12',
      tooltip: 'IBM',
    })
    await page.close()
  })

  it('keeps the chart text at 14 px or more at 1280x720', async () => {
    const { page } = await openAt(3)
    const smallest = await page.locator(`.slidev-page-${deck.slide} ${CHART} svg text`).evaluateAll(ts => Math.min(...ts
      .filter(t => getComputedStyle(t).visibility !== 'hidden' && t.textContent!.trim())
      .map(t => t.getBoundingClientRect().height)))
    // A text box is about 1.2 times its font size; 14 px text is about 16.8 px tall.
    expect(smallest).toBeGreaterThanOrEqual(16)
    await page.close()
  })
})
