import { type DataTable, dataTable } from '../chart/data-table'
import type { HeatmapLayout } from './heatmap-layout'

/** The heatmap's text alternative: a row per dimension (and the averages), a column per developer, in drawn order. */
export function heatmapTable(layout: HeatmapLayout, caption: string): DataTable {
  const percent = new Map(layout.cells.map(c => [c.key, `${c.percent}%`]))
  return dataTable(caption, ['维度', ...layout.columns.map(c => c.label)], layout.rows.map(r => ({
    id: r.id,
    header: r.label,
    cells: layout.columns.map(c => percent.get(`${r.id}|${c.id}`) ?? ''),
  })))
}
