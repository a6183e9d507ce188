import { describe, expect, it } from 'vitest'
import { fmti, fmtiEditions } from '../../data'
import { drilldownIndicators } from '../../lib/fmti/drilldown'
import { editionHeatmapSource } from '../../lib/fmti/edition-source'
import { heatmapLayout } from '../../lib/fmti/heatmap-layout'
import { headerRowMove, heatmapGrid, parseMark } from '../../lib/fmti/heatmap-marks'
import { AVERAGE, heatmapOrder } from '../../lib/fmti/heatmap-order'
import { heatmapTable } from '../../lib/fmti/heatmap-table'
import { readHeatmapQuery, writeHeatmapQuery } from '../../lib/fmti/heatmap-url'
import { transparencyMatrix } from '../../lib/fmti/transparency-matrix'

const edition = (id: string) => fmtiEditions.editions.find(e => e.id === id)!
const matrix = transparencyMatrix(fmti)

describe('heatmapOrder with a sort on each axis', () => {
  it('sorting the rows keeps the columns in their current order, and the other way round', () => {
    const both = heatmapOrder(matrix, [{ axis: 'columns', by: AVERAGE }, { axis: 'rows', by: 'gpt-4' }])
    expect(both.columns).toEqual(heatmapOrder(matrix, { axis: 'columns', by: AVERAGE }).columns)
    expect(both.rows).toEqual(heatmapOrder(matrix, { axis: 'rows', by: 'gpt-4' }).rows)
  })
  it('a later sort on the same axis wins', () => {
    expect(heatmapOrder(matrix, [{ axis: 'columns', by: AVERAGE }, { axis: 'columns', by: 'labor' }]).columns)
      .toEqual(heatmapOrder(matrix, { axis: 'columns', by: 'labor' }).columns)
  })
})

describe('editionHeatmapSource', () => {
  it('draws 2024 on the lecture\'s 13 dimensions for its 14 developers, each cell the sum of its indicators', () => {
    const e = edition('2024-05')
    const source = editionHeatmapSource(e, fmti)
    expect(source.dimensions.map(d => d.id)).toEqual(fmti.dimensions.map(d => d.id))
    expect(source.models.map(m => m.id)).toEqual(e.developers.map(d => d.id))
    const sub = e.subdomains.find(s => s.dimension === 'labor')!
    const idx = e.indicators.flatMap((ind, i) => (ind.subdomain === sub.id ? [i] : []))
    for (const d of e.developers)
      expect(source.scores.labor![d.id]).toBe(idx.reduce((a, i) => a + d.scores[i]!, 0))
    expect(source.dimensions.find(d => d.id === 'labor')!.indicatorCount).toBe(idx.length)
  })
  it('draws 2025 on its own 19 subdomains for 13 developers; the rows add up to each developer\'s total', () => {
    const e = edition('2025-12')
    const source = editionHeatmapSource(e, fmti)
    expect(source.dimensions).toHaveLength(19)
    expect(source.models).toHaveLength(13)
    for (const d of e.developers)
      expect(source.dimensions.reduce((a, dim) => a + source.scores[dim.id]![d.id]!, 0)).toBe(d.total)
  })
})

describe('the heatmap\'s marks, table, drill-down and link', () => {
  const layout = heatmapLayout(matrix, heatmapOrder(matrix))
  it('lists the headers, then per row its header and cells; hidden averages left out', () => {
    const grid = heatmapGrid(layout, false)
    expect(grid[0]).toEqual(fmti.models.map(m => `col:${m.id}`))
    expect(grid[1]).toEqual(['row:data', ...fmti.models.map(m => `data|${m.id}`)])
    expect(grid).toHaveLength(14)
    expect(heatmapGrid(layout, true)).toHaveLength(15)
    expect(parseMark('col:gpt-4')).toEqual({ kind: 'col', id: 'gpt-4' })
    expect(parseMark('data|gpt-4')).toEqual({ kind: 'cell', row: 'data', col: 'gpt-4' })
  })
  it('moves between a column header and its own column\'s cell', () => {
    const grid = heatmapGrid(layout, true)
    expect(headerRowMove(grid, 'col:claude-2', true)).toBe('data|claude-2')
    expect(headerRowMove(grid, 'data|claude-2', false)).toBe('col:claude-2')
    expect(headerRowMove(grid, 'row:data', false)).toBe('row:data')
    expect(headerRowMove(grid, 'labor|claude-2', false)).toBe(null)
  })
  it('tabulates every cell in drawn order', () => {
    const t = heatmapTable(layout, 'T')
    expect(t.rows).toHaveLength(14)
    expect(t.rows[1]!.cells[7]).toBe('29%')
    expect(t.rows[13]!.cells.at(-1)).toBe('')
  })
  it('lists a cell\'s indicators with their scores and report rows', () => {
    const list = drilldownIndicators(fmti, 'labor', 'llama-2', id => ({ disclosure: `<b>${id}</b>`, justification: 'j', references: [] }))
    expect(list).toHaveLength(7)
    expect(list.filter(i => i.satisfied).map(i => i.name)).toEqual(['Use of human labor', 'Instructions for creating data'])
    expect(list[0]!.report!.disclosure).toBe(`<b>${list[0]!.id}</b>`)
  })
  it('reads and writes the edition, the sorts and the cell, keeping Slidev\'s own parameters', () => {
    const state = readHeatmapQuery('?clicks=3&edition=2024-05&sort=rows:meta,columns:labor&cell=data|meta')
    expect(state).toEqual({ edition: '2024-05', sorts: [{ axis: 'rows', by: 'meta' }, { axis: 'columns', by: 'labor' }], cell: { row: 'data', col: 'meta' } })
    expect(writeHeatmapQuery('?clicks=3', state)).toBe('?clicks=3&edition=2024-05&sort=rows:meta,columns:labor&cell=data|meta')
    expect(writeHeatmapQuery('?clicks=3&edition=2024-05', { sorts: [] })).toBe('?clicks=3')
    expect(readHeatmapQuery('?edition=1999-01&sort=sideways:x&cell=data')).toEqual({ edition: undefined, sorts: [], cell: undefined })
  })
})
