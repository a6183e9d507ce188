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

/** The data's order, or the order after one sort; always highest first, ties kept in data order. */
export function heatmapOrder(matrix: TransparencyMatrix, sort?: HeatmapSort): HeatmapOrder {
  const rows = matrix.dimensions.map(d => d.id)
  const columns = matrix.models.map(m => m.id)
  if (!sort)
    return { rows, columns }
  const share = (row: string, col: string) => matrix.cell(row, col).share
  if (sort.axis === 'columns') {
    const key = (m: string) => sort.by === AVERAGE ? matrix.modelAverages.get(m)!.share : share(sort.by, m)
    return { rows, columns: stableDescending(columns, key) }
  }
  // Rows stay inside their domain (upstream, model, downstream), so the group labels remain true.
  const key = (d: string) => sort.by === AVERAGE ? matrix.dimensionAverages.get(d)!.share : share(d, sort.by)
  const domainOf = new Map(matrix.dimensions.map(d => [d.id, d.domain]))
  const domains = [...new Set(matrix.dimensions.map(d => d.domain))]
  return { rows: domains.flatMap(domain => stableDescending(rows.filter(r => domainOf.get(r) === domain), key)), columns }
}

function stableDescending<T>(items: T[], key: (item: T) => number): T[] {
  return items.map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => b.k - a.k || a.index - b.index)
    .map(e => e.item)
}
