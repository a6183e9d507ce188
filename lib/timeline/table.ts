import { dataTable, type DataTable } from '../chart/data-table'
import type { LandscapeModel } from '../data/models-schema'
import type { TimelineMark } from './timeline-layout'
import { monthLabelZh } from '../format/month'

/** The timeline's text alternative, in the slide's language: every model with its release, sizes, architecture and weights. */
export function timelineTable(caption: string, models: readonly LandscapeModel[]): DataTable {
  return dataTable(caption, ['模型', '发布', '参数量（十亿）', '架构', '权重'], models.map(m => ({
    id: m.id,
    header: m.name,
    cells: [monthLabelZh(m.released), m.parametersB ? m.parametersB.join('、') : '未公开', m.architecture, m.openWeights ? '公开' : '不公开'],
  })))
}

/** The keyboard's grid: one row per era, its shown marks from left to right. */
export function timelineFocusGrid(marks: readonly TimelineMark[], eras: number, shown: (m: TimelineMark) => boolean): string[][] {
  return Array.from({ length: eras }, (_, era) =>
    marks.filter(m => m.era === era && shown(m)).sort((a, b) => a.x - b.x || a.y - b.y).map(m => m.id))
}
