import { describe, expect, it } from 'vitest'
import { heatmapLayout, wrapLabel } from '../../lib/fmti/heatmap-layout'
import { AVERAGE, heatmapOrder } from '../../lib/fmti/heatmap-order'
import { heatmapStepState } from '../../lib/fmti/heatmap-steps'
import { transparencyMatrix } from '../../lib/fmti/transparency-matrix'
import { weakestDimensions } from '../../lib/fmti/weakest-dimensions'
import { seedColumns } from '../fixtures/seed-heatmap'
import { lectureHeatmap } from '../helpers/fmti'

const matrix = transparencyMatrix(lectureHeatmap)
const dataOrder = heatmapOrder(matrix)

describe('heatmapOrder', () => {
  it('keeps the data order when nothing is sorted', () => {
    expect(dataOrder).toEqual({ rows: lectureHeatmap.dimensions.map(d => d.id), columns: lectureHeatmap.models.map(m => m.id) })
  })
  it('sorting the developers by average gives the seed\'s column order', () => {
    expect(heatmapOrder(matrix, { axis: 'columns', by: AVERAGE }).columns).toEqual(seedColumns)
  })
  it('sorting by a dimension puts its highest share first', () => {
    const { columns } = heatmapOrder(matrix, { axis: 'columns', by: 'labor' })
    expect(columns.slice(0, 2)).toEqual(['bloomz', 'claude-2'])
  })
  it('sorting the dimensions keeps them inside their domain', () => {
    const { rows } = heatmapOrder(matrix, { axis: 'rows', by: 'gpt-4' })
    expect(rows).toEqual([
      'methods', 'data', 'labor', 'compute',
      'capabilities', 'model-access', 'mitigations', 'risks', 'model-basics',
      'usage-policy', 'distribution', 'feedback', 'impact',
    ])
  })
})

describe('weakestDimensions', () => {
  it('finds the four the lecture names: Impact, Labor, Compute, Data', () => {
    expect(weakestDimensions(matrix, 4)).toEqual(['impact', 'labor', 'compute', 'data'])
  })
})

describe('heatmapStepState', () => {
  it('steps through bare grid, averages, weakest, sorted', () => {
    expect([0, 1, 2, 3].map(heatmapStepState)).toEqual([
      { showAverages: false, highlightWeakest: false, dimOthers: false, sort: undefined },
      { showAverages: true, highlightWeakest: false, dimOthers: false, sort: undefined },
      { showAverages: true, highlightWeakest: true, dimOthers: true, sort: undefined },
      { showAverages: true, highlightWeakest: true, dimOthers: false, sort: { axis: 'columns', by: 'average' } },
    ])
  })
  it('clamps steps outside 0..3', () => {
    expect(heatmapStepState(-2)).toEqual(heatmapStepState(0))
    expect(heatmapStepState(9)).toEqual(heatmapStepState(3))
  })
})

describe('heatmapLayout', () => {
  const layout = heatmapLayout(matrix, dataOrder)
  it('places 130 value cells, 13 row averages and 10 column averages', () => {
    expect(layout.cells.filter(c => !c.isAverage)).toHaveLength(130)
    expect(layout.cells.filter(c => c.isAverage)).toHaveLength(23)
  })
  it('never overlaps two cells', () => {
    const cells = layout.cells
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const a = cells[i]!
        const b = cells[j]!
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
        expect(overlap, `${a.key} / ${b.key}`).toBe(false)
      }
    }
  })
  it('keeps every cell inside the viewBox', () => {
    for (const c of layout.cells) {
      expect(c.x).toBeGreaterThanOrEqual(0)
      expect(c.x + c.width).toBeLessThanOrEqual(layout.width)
      expect(c.y + c.height).toBeLessThanOrEqual(layout.height)
    }
  })
  it('groups rows by domain, in the order of the data', () => {
    expect(layout.groups.map(g => g.id)).toEqual(['upstream', 'model', 'downstream'])
    const upstream = layout.groups[0]!
    const rowsIn = layout.rows.filter(r => r.y >= upstream.y0 && r.y + r.height <= upstream.y1).map(r => r.id)
    expect(rowsIn).toEqual(['data', 'labor', 'compute', 'methods'])
  })
  it('carries the fraction of each value cell', () => {
    expect(layout.cells.find(c => c.key === 'labor|llama-2')).toMatchObject({ percent: 29, fraction: '2/7', isAverage: false })
  })
  it('moves columns, not values, when sorted', () => {
    const sorted = heatmapLayout(matrix, heatmapOrder(matrix, { axis: 'columns', by: AVERAGE }))
    const x = (l: typeof layout, col: string) => l.columns.find(c => c.id === col)!.x
    expect(x(sorted, 'llama-2')).toBeLessThan(x(sorted, 'titan-text'))
    expect(sorted.cells.find(c => c.key === 'labor|llama-2')!.percent).toBe(29)
  })
})

describe('wrapLabel', () => {
  it('leaves short labels on one line', () => {
    expect(wrapLabel('GPT-4', 75, 12.5)).toEqual(['GPT-4'])
  })
  it('splits a long label at the space nearest its middle', () => {
    expect(wrapLabel('Stable Diffusion 2', 75, 12.5)).toEqual(['Stable', 'Diffusion 2'])
  })
})
