import { fmti } from '../../data/sets/fmti'
import { fmtiEditions } from '../../data/sets/fmti-editions'
import { FMTI_EDITION_IDS, type FmtiEditionId } from '../data/ids'
import { hasOnlyKeys, isRecord, type SharedChartSpec } from '../lecture/shared-chart'
import { editionHeatmapSource, LECTURE_EDITION } from './edition-source'
import { readHeatmapQuery, writeHeatmapQuery } from './heatmap-url'
import { AVERAGE, type HeatmapSort } from './heatmap-order'

/**
 * The heatmap's view that follows between the lecturer's windows and to the students: the edition, the sorts (at
 * most one per axis) and the cell whose indicators are open. Also kept in the page's address (heatmap-url.ts).
 */
export interface HeatmapView {
  edition: FmtiEditionId
  sorts: HeatmapSort[]
  cell?: { row: string, col: string }
}

/** The rows (dimensions or subdomains) and columns (developers) of an edition, as the heatmap draws them (by one path). */
function editionIds(id: FmtiEditionId): { rows: Set<string>, columns: Set<string> } {
  const source = editionHeatmapSource(fmtiEditions.editions.find(e => e.id === id)!, fmti)
  return { rows: new Set(source.dimensions.map(d => d.id)), columns: new Set(source.models.map(m => m.id)) }
}
const idsByEdition = new Map<FmtiEditionId, ReturnType<typeof editionIds>>()
const idsOf = (id: FmtiEditionId) => idsByEdition.get(id) ?? idsByEdition.set(id, editionIds(id)).get(id)!

/** The view if every id in it exists in its edition's data; null otherwise. */
export function parseHeatmapView(value: unknown): HeatmapView | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ['edition', 'sorts'], ['cell']))
    return null
  const edition = FMTI_EDITION_IDS.find(e => e === value.edition)
  if (!edition || !Array.isArray(value.sorts) || value.sorts.length > 2)
    return null
  const { rows, columns } = idsOf(edition)
  const sorts: HeatmapSort[] = []
  for (const s of value.sorts as unknown[]) {
    if (!isRecord(s) || !hasOnlyKeys(s, ['axis', 'by']) || typeof s.by !== 'string' || sorts.some(t => t.axis === s.axis))
      return null
    // Rows are ordered by a column (a developer or the average), columns by a row.
    if (s.axis === 'rows' && (columns.has(s.by) || s.by === AVERAGE))
      sorts.push({ axis: 'rows', by: s.by })
    else if (s.axis === 'columns' && (rows.has(s.by) || s.by === AVERAGE))
      sorts.push({ axis: 'columns', by: s.by })
    else
      return null
  }
  if (value.cell === undefined)
    return { edition, sorts }
  const cell = value.cell
  if (!isRecord(cell) || !hasOnlyKeys(cell, ['row', 'col']) || !rows.has(cell.row as string) || !columns.has(cell.col as string))
    return null
  return { edition, sorts, cell: { row: cell.row as string, col: cell.col as string } }
}

export const heatmapShared: SharedChartSpec<HeatmapView> = {
  chart: 'fmti-heatmap',
  parse: parseHeatmapView,
  address: {
    // As a link is forgiving: a sort or a cell naming what the edition lacks is left out, the rest is kept.
    read: (search) => {
      const q = readHeatmapQuery(search)
      const edition = q.edition ?? LECTURE_EDITION
      const { rows, columns } = idsOf(edition)
      const known = q.sorts.filter(s => (s.axis === 'rows' ? columns : rows).has(s.by) || s.by === AVERAGE)
      const sorts = known.filter((s, i) => !known.slice(i + 1).some(t => t.axis === s.axis))
      const cell = q.cell && rows.has(q.cell.row) && columns.has(q.cell.col) ? { cell: q.cell } : {}
      return { edition, sorts, ...cell }
    },
    write: (search, view) => writeHeatmapQuery(search, {
      edition: view.edition === LECTURE_EDITION ? undefined : view.edition,
      sorts: view.sorts,
      cell: view.cell,
    }),
  },
}
