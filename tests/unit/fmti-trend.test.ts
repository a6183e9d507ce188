import { describe, expect, it } from 'vitest'
import { fmtiEditions } from '../../data'
import { editionChanges, keptIndicatorNames, subdomainMeans } from '../../lib/fmti/edition-facts'
import { dodgeLabels } from '../../lib/chart/dodge'
import { textWidth } from '../../lib/chart/text-width'
import { columnLabels, TREND_GEOMETRY, trendLayout, trendStepState } from '../../lib/fmti/trend-layout'

const [e23, e24, e25] = fmtiEditions.editions

describe('trendLayout', () => {
  const L = trendLayout(fmtiEditions.editions)
  it('has one point per developer and edition, with its total', () => {
    expect(L.points).toHaveLength(10 + 14 + 13)
    expect(L.points.find(p => p.developer === 'meta' && p.edition === '2025-12')!.total).toBe(31)
  })
  it('computes the means 37.0, 57.9, 40.7', () => {
    expect(L.columns.map(c => c.mean.toFixed(1))).toEqual(['37.0', '57.9', '40.7'])
  })
  it('joins the same developer across consecutive editions (Stability AI / Stability included)', () => {
    const meta = L.segments.filter(s => s.developer === 'meta').map(s => [s.from.total, s.to.total])
    expect(meta).toEqual([[54, 60], [60, 31]])
    expect(L.segments.some(s => s.developer === 'stability-ai' && s.from.edition === '2023-10' && s.to.edition === '2024-05')).toBe(true)
    expect(L.segments.filter(s => s.developer === 'mistral').map(s => s.change)).toEqual([18 - 55])
  })
  it('picks the largest falls and rises into 2025', () => {
    expect(L.falls).toEqual(['mistral', 'meta', 'openai'])
    expect(L.rises).toEqual(['ibm', 'writer'])
  })
  it('maps 100 above 0, inside the viewBox', () => {
    const t = L.ticks
    expect(t.find(x => x.value === 100)!.y).toBe(TREND_GEOMETRY.top)
    expect(t.find(x => x.value === 0)!.y).toBe(TREND_GEOMETRY.bottom)
    for (const p of L.points) expect(p.x).toBeLessThan(L.width)
  })
  it('spreads labels apart without reordering them', () => {
    const ys = dodgeLabels([10, 11, 12, 200], 15, 0, 300)
    expect(ys).toEqual([10, 25, 40, 200])
    const labels = columnLabels(L, '2025-12').sort((a, b) => a.y - b.y)
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.y - labels[i - 1]!.y).toBeGreaterThanOrEqual(TREND_GEOMETRY.labelSpacing - 1e-9)
  })
  it('reveals one edition per step, then the highlights', () => {
    const ids = L.columns.map(c => c.edition)
    expect([...trendStepState(ids, 0).visible]).toEqual(['2023-10'])
    expect([...trendStepState(ids, 2).visible]).toEqual(ids)
    expect(trendStepState(ids, 2).highlight).toBe(false)
    expect(trendStepState(ids, 3).highlight).toBe(true)
    expect(trendStepState(ids, 99).labelled).toBe('2025-12')
  })
})

describe('trendLayout on a phone (width)', () => {
  for (const width of [302, 332]) {
    const L = trendLayout(fmtiEditions.editions, { width })
    it(`fits ${width} px: the last column's names end inside the screen, 14 px apart, above the dates`, () => {
      expect(L.phone).toBe(true)
      expect(L.width).toBe(width)
      for (const c of L.columns) {
        const labels = columnLabels(L, c.edition).sort((a, b) => a.y - b.y)
        for (const l of labels) {
          expect(l.x + textWidth(l.text, 14), l.text).toBeLessThanOrEqual(width)
          expect(l.y).toBeLessThanOrEqual(L.g.bottom - 4)
        }
        for (let i = 1; i < labels.length; i++)
          expect(labels[i]!.y - labels[i - 1]!.y).toBeGreaterThanOrEqual(17 - 1e-9)
      }
    })
    it(`fits ${width} px: each column's date and mean under it, clear of its neighbours'`, () => {
      expect(L.columns.map(c => c.lines)).toEqual([
        ['2023 年', '10 月', '平均 37.0'],
        ['2024 年', '5 月', '平均 57.9'],
        ['2025 年', '12 月', '平均 40.7'],
      ])
      const widest = Math.max(...L.columns.flatMap(c => c.lines.map(line => textWidth(line, 14) + 2)))
      for (let i = 1; i < L.columns.length; i++)
        expect(L.columns[i]!.x - L.columns[i - 1]!.x).toBeGreaterThanOrEqual(widest)
      expect(L.columns[0]!.x - widest / 2).toBeGreaterThanOrEqual(0)
      expect(L.legend.y).toBeGreaterThan(L.g.bottom + 22 + 2 * 17)
      expect(L.legend.y + L.legend.second.y).toBeLessThan(L.height)
    })
  }
  it('leaves the projector layout as it was', () => {
    const P = trendLayout(fmtiEditions.editions)
    expect(P.phone).toBe(false)
    expect(P.columns.map(c => c.x)).toEqual([104, 404, 704])
    expect(P.legend).toEqual({ x: 88, y: 24, second: { x: 170, y: 0 } })
    expect(P.g).toBe(TREND_GEOMETRY)
  })
})

describe('edition facts', () => {
  it('counts the indicator names 2024 and 2025 kept from 2023', () => {
    expect(keptIndicatorNames(e23!, e24!)).toBe(100)
    expect(keptIndicatorNames(e23!, e25!)).toBe(11)
  })
  it('compares the developers scored in two editions', () => {
    const c = editionChanges(e24!, e25!)
    expect(c.returning.map(r => r.id)).toContain('ibm')
    expect(c.returning[0]).toMatchObject({ id: 'ibm', before: 64, after: 95, change: 31 })
    expect(c.returning.at(-1)).toMatchObject({ id: 'mistral', change: -37 })
    expect(c.newcomers.map(n => n.id).sort()).toEqual(['alibaba', 'deepseek', 'midjourney', 'xai'])
    expect(c.rose + c.fell).toBeLessThanOrEqual(c.returning.length)
  })
  it('gives each 2025 subdomain its mean share, lowest first', () => {
    const m = subdomainMeans(e25!)
    expect(m).toHaveLength(19)
    expect(m.reduce((a, s) => a + s.indicators, 0)).toBe(100)
    for (let i = 1; i < m.length; i++) expect(m[i]!.percent).toBeGreaterThanOrEqual(m[i - 1]!.percent)
  })
})
