import type { TransparencyMatrix } from './transparency-matrix'

export const AVERAGE = 'average'

/**
 * A sort chosen by clicking a header: a row header (a dimension, or the average row) orders the columns;
 * a column header (a model, or the average column) orders the rows.
 */
export type HeatmapSort =
  | { axis: 'columns', by: string }
  | { axis: 'rows', by: string }

export interface HeatmapOrder {
  rows: string[]
  columns: string[]
}

/**
 * The data's order, or the order after the given sorts (at most one per axis; a later one on the same axis wins).
 * Each axis is ordered on its own, so a sort of the rows keeps the columns as they were, and the other way round.
 * Always highest first, ties kept in data order.
 */
export function heatmapOrder(matrix: TransparencyMatrix, sort?: HeatmapSort | readonly HeatmapSort[]): HeatmapOrder {
  const sorts = sort === undefined ? [] : 'axis' in sort ? [sort] : sort
  const byColumns = sorts.findLast(s => s.axis === 'columns')?.by
  const byRows = sorts.findLast(s => s.axis === 'rows')?.by
  const share = (row: string, col: string) => matrix.cell(row, col).share
  let columns = matrix.models.map(m => m.id)
  if (byColumns !== undefined)
    columns = stableDescending(columns, m => byColumns === AVERAGE ? matrix.modelAverages.get(m)!.share : share(byColumns, m))
  let rows = matrix.dimensions.map(d => d.id)
  if (byRows !== undefined) {
    // Rows stay inside their domain (upstream, model, downstream), so the group labels remain true.
    const key = (d: string) => byRows === AVERAGE ? matrix.dimensionAverages.get(d)!.share : share(d, byRows)
    const domainOf = new Map(matrix.dimensions.map(d => [d.id, d.domain]))
    const domains = [...new Set(matrix.dimensions.map(d => d.domain))]
    rows = domains.flatMap(domain => stableDescending(rows.filter(r => domainOf.get(r) === domain), key))
  }
  return { rows, columns }
}

function stableDescending<T>(items: T[], key: (item: T) => number): T[] {
  return items.map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => b.k - a.k || a.index - b.index)
    .map(e => e.item)
}
