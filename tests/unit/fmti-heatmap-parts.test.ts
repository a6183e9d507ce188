import { describe, expect, it } from 'vitest'
import { fmti } from '../../data'
import { cellDetails } from '../../lib/fmti/cell-details'
import { drilldownIndicators } from '../../lib/fmti/drilldown'
import { developerTotal } from '../../lib/fmti/edition-facts'
import { editionHeatmapSource } from '../../lib/fmti/edition-source'
import { heatmapLayout } from '../../lib/fmti/heatmap-layout'
import { headerRowMove, heatmapGrid, parseMark } from '../../lib/fmti/heatmap-marks'
import { AVERAGE, heatmapOrder } from '../../lib/fmti/heatmap-order'
import { heatmapTable } from '../../lib/fmti/heatmap-table'
import { readHeatmapQuery, writeHeatmapQuery } from '../../lib/fmti/heatmap-url'
import { transparencyMatrix } from '../../lib/fmti/transparency-matrix'
import { fmtiEdition as edition, lectureHeatmap } from '../helpers/fmti'

const matrix = transparencyMatrix(lectureHeatmap)

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
  it('draws 2023 on the lecture\'s dimensions and models, in its order, each model its developer\'s scores', () => {
    const e = edition('2023-10')
    expect(lectureHeatmap.dimensions.map(d => d.id)).toEqual(fmti.dimensions.map(d => d.id))
    expect(lectureHeatmap.models.map(m => m.id)).toEqual(fmti.models.map(m => m.id))
    expect(lectureHeatmap.models.find(m => m.id === 'bloomz')).toEqual({ id: 'bloomz', name: 'BLOOMZ', developer: 'BigScience' })
    const m2023 = transparencyMatrix(lectureHeatmap)
    for (const m of fmti.models) {
      const dev = e.developers.find(d => d.id === m.developer)!
      expect(lectureHeatmap.dimensions.reduce((a, dim) => a + m2023.cell(dim.id, m.id).satisfied, 0))
        .toBe(e.indicators.filter((ind, i) => dev.scores[i] === 1 && fmti.dimensions.some(dim => dim.subdomain === ind.subdomain)).length)
    }
  })
  it('draws 2024 on the lecture\'s 13 dimensions for its 14 developers, each cell the sum of its indicators', () => {
    const e = edition('2024-05')
    const source = editionHeatmapSource(e, fmti)
    const m2024 = transparencyMatrix(source)
    expect(source.dimensions.map(d => d.id)).toEqual(fmti.dimensions.map(d => d.id))
    expect(source.models.map(m => m.id)).toEqual(e.developers.map(d => d.id))
    const idx = e.indicators.flatMap((ind, i) => (ind.subdomain === 'data-labor' ? [i] : []))
    for (const d of e.developers)
      expect(m2024.cell('labor', d.id)).toMatchObject({ satisfied: idx.reduce((a, i) => a + d.scores[i]!, 0), total: idx.length })
  })
  it('draws 2025 on its own 19 subdomains for 13 developers; the rows add up to each developer\'s total', () => {
    const e = edition('2025-12')
    const source = editionHeatmapSource(e, fmti)
    const m2025 = transparencyMatrix(source)
    expect(source.dimensions).toHaveLength(19)
    expect(source.models).toHaveLength(13)
    for (const d of e.developers)
      expect(source.dimensions.reduce((a, dim) => a + m2025.cell(dim.id, d.id).satisfied, 0)).toBe(developerTotal(d))
  })
  it('gives every cell\'s tooltip the count of the very indicators it lists', () => {
    for (const c of matrix.cells) {
      const details = cellDetails(lectureHeatmap, matrix, c.row, c.col)
      const ticks = details.indicators.filter(i => i.satisfied).length
      expect(details.summary, `${c.row} x ${c.col}`).toBe(`${ticks}/${details.indicators.length} = ${c.percent}%`)
      expect(ticks / details.indicators.length).toBe(c.share)
    }
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
    const list = drilldownIndicators(lectureHeatmap, 'labor', 'llama-2', id => ({ disclosure: `<b>${id}</b>`, justification: 'j', references: [] }))
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
