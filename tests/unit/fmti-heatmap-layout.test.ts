import { describe, expect, it } from 'vitest'
import { fmti } from '../../data'
import { overlaps } from '../../lib/chart/box'
import { textWidth } from '../../lib/chart/text-width'
import { editionHeatmapSource } from '../../lib/fmti/edition-source'
import { HEATMAP_GEOMETRY, heatmapLayout, wrapLabel } from '../../lib/fmti/heatmap-layout'
import { AVERAGE, heatmapOrder } from '../../lib/fmti/heatmap-order'
import { heatmapStepState } from '../../lib/fmti/heatmap-steps'
import { transparencyMatrix } from '../../lib/fmti/transparency-matrix'
import { weakestDimensions } from '../../lib/fmti/weakest-dimensions'
import { seedColumns } from '../fixtures/seed-heatmap'
import { fmtiEdition, lectureHeatmap } from '../helpers/fmti'

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

describe('heatmapLayout on a phone (width)', () => {
  const sorted = heatmapOrder(matrix, { axis: 'columns', by: AVERAGE })
  const phone = heatmapLayout(matrix, sorted, { width: 330 })
  const words = (s: string) => s.split(' ').filter(Boolean)

  it('keeps the projector layout without a width', () => {
    const projector = heatmapLayout(matrix, sorted)
    expect(projector.phone).toBe(false)
    expect(projector.width).toBe(1000)
    expect(projector.rowLabelLeft).toBe(26)
    expect(projector.legend).toMatchObject({ x: projector.gridLeft, y: projector.gridBottom + 12, title: { x: 0, y: 12 }, weakest: { x: 400, y: 0 } })
    expect(projector.legend.stops.map(s => s.x)).toEqual([118, 168, 218, 268, 318])
    expect(projector.columns[0]!.header).toEqual([{ text: 'Meta', y: 20, sub: true }, { text: 'Llama 2', y: 37, sub: false }])
    const twoLines = projector.columns.find(c => c.id === 'stable-diffusion-2')!.header
    expect(twoLines.map(l => l.text)).toEqual(['Stability AI', 'Stable', 'Diffusion 2'])
    // Each line's full line box (ascent 1.16 em, descent 0.29 em) inside the chart and above the grid.
    const size = HEATMAP_GEOMETRY.labelSize
    expect(twoLines[0]!.y - 1.16 * size).toBeGreaterThanOrEqual(0)
    expect(twoLines.at(-1)!.y + 0.29 * size).toBeLessThanOrEqual(projector.gridTop)
  })

  it('gives the row labels a column of their own, at most 45% of the screen, each word on one line', () => {
    expect(phone.phone).toBe(true)
    expect(phone.rowLabelLeft).toBe(0)
    expect(phone.gridLeft).toBe(phone.rowLabelWidth)
    expect(phone.gridLeft).toBeLessThanOrEqual(330 * 0.45)
    for (const r of phone.rows) {
      expect(r.lines.join(' ')).toBe(r.label)
      for (const line of r.lines)
        expect(textWidth(line, 14), line).toBeLessThanOrEqual(phone.rowLabelWidth - 10)
    }
    expect(phone.rows.find(r => r.id === 'model-basics')!.lines).toEqual(['Model Basics'])
  })

  it('makes each column as wide as its header, words never broken, and no narrower than "100%" needs', () => {
    for (const c of phone.columns) {
      expect(c.width).toBeGreaterThanOrEqual(52)
      expect(c.header.map(l => l.text).join(' ')).toBe(words(`${c.sublabel} ${c.label}`).join(' '))
      for (const l of c.header)
        expect(textWidth(l.text, 14) * (l.sub ? 1 : 1.08), l.text).toBeLessThanOrEqual(c.width - 8)
    }
    const byId = new Map(phone.columns.map(c => [c.id, c.header.map(l => l.text)]))
    expect(byId.get('llama-2')).toEqual(['Meta', 'Llama 2'])
    expect(byId.get('stable-diffusion-2')).toEqual(['Stability AI', 'Stable', 'Diffusion 2'])
    // Header lines stand on the header's bottom, above the first row.
    for (const c of phone.columns)
      expect(c.header.at(-1)!.y).toBe(phone.gridTop - 8)
  })

  it('rows are a finger high, each domain headed above its rows, and no two cells overlap', () => {
    expect(new Set(phone.rows.map(r => r.height))).toEqual(new Set([44]))
    for (const grp of phone.groups) {
      expect(grp.heading).toBeDefined()
      expect(grp.heading!.y).toBeLessThan(grp.y0)
      expect(grp.heading!.y).toBeGreaterThan(grp.y0 - 30)
    }
    const cells = phone.cells
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++)
        expect(overlaps(cells[i]!, cells[j]!), `${cells[i]!.key} / ${cells[j]!.key}`).toBe(false)
    }
    for (const c of cells)
      expect(c.x + c.width).toBeLessThanOrEqual(phone.width)
  })

  it('stacks the legend under the grid within the screen', () => {
    expect(phone.legend).toMatchObject({ x: 0, y: phone.gridBottom + 12, width: 330 })
    for (const s of phone.legend.stops)
      expect(s.x + s.width).toBeLessThanOrEqual(330)
    expect(phone.legend.weakest.y).toBeGreaterThan(phone.legend.stops[0]!.y + phone.legend.stops[0]!.height)
    expect(phone.height).toBe(phone.legend.y + phone.legend.height)
    // The 14 px title's ascent (Noto Sans SC: 1.16 em) inside the legend's drawing, above the colour stops.
    expect(phone.legend.title.y - 14 * 1.16).toBeGreaterThanOrEqual(0)
    expect(phone.legend.stops[0]!.y).toBeGreaterThan(phone.legend.title.y + 14 * 0.29)
  })

  it('lays out the 2025 edition\'s 19 subdomains, "Post-deployment monitoring" on two lines', () => {
    const m = transparencyMatrix(editionHeatmapSource(fmtiEdition('2025-12'), fmti))
    const l = heatmapLayout(m, heatmapOrder(m), { width: 302 })
    expect(l.rows.find(r => r.label === 'Post-deployment monitoring')!.lines).toEqual(['Post-deployment', 'monitoring'])
    expect(l.gridLeft).toBeLessThanOrEqual(302 * 0.45)
    expect(l.rows).toHaveLength(20)
  })
})
