import { type DataTable, dataTable } from '../chart/data-table'
import type { OsaiMatrixSource } from './matrix-layout'
import { osaiModelScore } from './score'

/** The landscape's text alternative: every text model, dated or not, by score (highest first), then name. */
export function osaiLandscapeTable(data: OsaiMatrixSource, caption: string): DataTable {
  const parameters = data.parameters.map(p => p.id)
  const models = data.models.map(m => ({ ...m, score: osaiModelScore(m, parameters) }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
  return dataTable(caption, ['模型 model', '机构 org', '发布 released', '得分 score'], models.map(m => ({
    id: m.id,
    header: m.name,
    cells: [m.org, m.released ?? '—', m.score.toFixed(2)],
  })))
}
