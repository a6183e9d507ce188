import { dataTable, type DataTable } from '../chart/data-table'
import type { LandscapeModel } from '../data/models-schema'
import type { TimelineMark } from './timeline-layout'

/** The timeline's text alternative: every model with its release, sizes, architecture and weights. */
export function timelineTable(caption: string, models: readonly LandscapeModel[]): DataTable {
  return dataTable(caption, ['Model', 'Released', 'Parameters (B)', 'Architecture', 'Weights'], models.map(m => ({
    id: m.id,
    header: m.name,
    cells: [m.released, m.parametersB ? m.parametersB.join(', ') : 'not disclosed', m.architecture, m.openWeights ? 'open' : 'closed'],
  })))
}

/** The keyboard's grid: one row per era, its shown marks from left to right. */
export function timelineFocusGrid(marks: readonly TimelineMark[], eras: number, shown: (m: TimelineMark) => boolean): string[][] {
  return Array.from({ length: eras }, (_, era) =>
    marks.filter(m => m.era === era && shown(m)).sort((a, b) => a.x - b.x || a.y - b.y).map(m => m.id))
}
