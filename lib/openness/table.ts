import { type DataTable, dataTable, type DataTableRow } from '../chart/data-table'
import type { OpennessLayout } from './matrix-layout'
import type { OpennessSource } from './source'
import { VALUE_LABELS } from './values'

/** The matrix's text alternative: one row per artefact ("预训练 · 模型参数"), a cell per model, then the scores. */
export function opennessTable(data: OpennessSource, layout: OpennessLayout, caption: string): DataTable {
  const stageLabel = new Map(layout.stages.map(s => [s.id, s.label]))
  const models = new Map(data.models.map(m => [m.id, m]))
  const rows: DataTableRow[] = layout.rows.map(r => ({
    id: r.id,
    header: `${stageLabel.get(r.stage)} · ${r.label}`,
    cells: layout.columns.map((c) => {
      const v = VALUE_LABELS[models.get(c.id)!.ratings[r.id]]
      return `${v.glyph} ${v.label}`
    }),
  }))
  rows.push({ id: 'score', header: '公开项 / 适用项', cells: layout.scores.map(s => s.label) })
  return dataTable(caption, ['阶段 · 内容', ...layout.columns.map(c => c.name)], rows)
}
