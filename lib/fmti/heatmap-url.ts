import { FMTI_EDITION_IDS, type FmtiEditionId } from '../data/ids'
import type { HeatmapSort } from './heatmap-order'

/**
 * A student's view of the heatmap in the page's query, so that a link opens it:
 * `?edition=2024-05&sort=rows:meta,columns:labor&cell=data|meta`. `sort=rows:<column id>` orders the rows by a
 * column, `columns:<row id>` the columns by a row. Other parameters (Slidev's `clicks`) are kept.
 */
export interface HeatmapUrlState {
  edition?: FmtiEditionId
  sorts: HeatmapSort[]
  cell?: { row: string, col: string }
}

const KEYS = ['edition', 'sort', 'cell'] as const

/** Reads what is well formed and leaves out the rest; whether the ids exist is the chart's to check. */
export function readHeatmapQuery(search: string): HeatmapUrlState {
  const q = new URLSearchParams(search)
  const edition = q.get('edition')
  const sorts = (q.get('sort') ?? '').split(',').flatMap((s) => {
    const [axis, by] = s.split(':')
    return (axis === 'rows' || axis === 'columns') && by ? [{ axis, by } as HeatmapSort] : []
  })
  const [row, col] = (q.get('cell') ?? '').split('|')
  return {
    edition: FMTI_EDITION_IDS.find(e => e === edition),
    sorts,
    cell: row && col ? { row, col } : undefined,
  }
}

/** The query with the state written in, or its parameters removed where the state has none; '' for no query. */
export function writeHeatmapQuery(search: string, state: HeatmapUrlState): string {
  const q = new URLSearchParams(search)
  for (const k of KEYS)
    q.delete(k)
  if (state.edition)
    q.set('edition', state.edition)
  if (state.sorts.length)
    q.set('sort', state.sorts.map(s => `${s.axis}:${s.by}`).join(','))
  if (state.cell)
    q.set('cell', `${state.cell.row}|${state.cell.col}`)
  const text = q.toString().replaceAll('%7C', '|').replaceAll('%3A', ':').replaceAll('%2C', ',')
  return text ? `?${text}` : ''
}
