import { type DataTable, dataTable, type DataTableRow } from '../chart/data-table'
import type { OsaiMatrixLayout, OsaiMatrixSource } from './matrix-layout'
import { OSAI_CLASS_LABELS } from './values'

/** The index matrix's text alternative: one row per parameter, a cell per model ("✓ open"), then the scores. */
export function osaiMatrixTable(data: OsaiMatrixSource, layout: OsaiMatrixLayout, caption: string): DataTable {
  const models = new Map(data.models.map(m => [m.id, m]))
  const rows: DataTableRow[] = layout.rows.map(r => ({
    id: r.id,
    header: `${r.label} (${r.labelEn})`,
    cells: layout.columns.map((c) => {
      const value = models.get(c.id)!.ratings[r.id]!.class
      return `${OSAI_CLASS_LABELS[value].glyph} ${value}`
    }),
  }))
  rows.push({ id: 'score', header: '得分 score', cells: layout.scores.map(s => s.label) })
  return dataTable(caption, ['参数 parameter', ...layout.columns.map(c => models.get(c.id)!.name)], rows)
}
