import { type DataTable, dataTable } from '../chart/data-table'
import type { OpennessSource } from './source'
import { VALUE_LABELS } from './values'

/** The open-weights figure's text alternative: what one model releases, artefact by artefact, as in the matrix. */
export function releaseTable(data: OpennessSource, modelId: string, caption: string): DataTable {
  const model = data.models.find(m => m.id === modelId)
  if (!model)
    throw new Error(`unknown model: ${modelId}`)
  const stage = new Map(data.stages.map(s => [s.id, s.label]))
  return dataTable(caption, ['阶段 · 内容', model.name], data.artefacts.map((a) => {
    const v = VALUE_LABELS[model.ratings[a.id]]
    return { id: a.id, header: `${stage.get(a.stage)} · ${a.label}`, cells: [`${v.glyph} ${v.label}`] }
  }))
}
