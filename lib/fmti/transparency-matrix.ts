import type { HeatmapSource } from './heatmap-source'
import { mean } from '../math/sum-and-mean'
import { toPercent } from './percent'

export interface MatrixCell {
  row: string
  col: string
  satisfied: number
  total: number
  /** Exact share, 0..1. */
  share: number
  percent: number
}

export interface MatrixAverage {
  id: string
  share: number
  percent: number
}

export interface TransparencyMatrix {
  dimensions: { id: string, name: string, domain: string }[]
  models: { id: string, name: string, developer: string }[]
  cells: MatrixCell[]
  /** The cell at a row and column. */
  cell: (row: string, col: string) => MatrixCell
  /** Per dimension: the mean share over the models (the seed's "Average" column). */
  dimensionAverages: Map<string, MatrixAverage>
  /** Per model: the mean share over the 13 dimensions (the seed's "Average" row; not the FMTI total score). */
  modelAverages: Map<string, MatrixAverage>
}

/** The heatmap's numbers, computed from the data: every percentage and both kinds of average. */
export function transparencyMatrix(data: HeatmapSource): TransparencyMatrix {
  const cells: MatrixCell[] = data.dimensions.flatMap(dim => data.models.map((model) => {
    const satisfied = data.scores[dim.id]?.[model.id]
    if (satisfied === undefined)
      throw new Error(`missing score: ${dim.id} x ${model.id}`)
    const share = satisfied / dim.indicatorCount
    return { row: dim.id, col: model.id, satisfied, total: dim.indicatorCount, share, percent: toPercent(share) }
  }))
  const average = (id: string, shares: number[]): MatrixAverage => {
    const share = mean(shares)
    return { id, share, percent: toPercent(share) }
  }
  const byKey = new Map(cells.map(c => [`${c.row}\u0000${c.col}`, c]))
  return {
    cell: (row, col) => {
      const found = byKey.get(`${row}\u0000${col}`)
      if (!found)
        throw new Error(`no cell at ${row} x ${col}`)
      return found
    },
    dimensions: data.dimensions.map(d => ({ id: d.id, name: d.name, domain: d.domain })),
    models: data.models.map(m => ({ id: m.id, name: m.name, developer: m.developer })),
    cells,
    dimensionAverages: averagesBy(cells, c => c.row, average),
    modelAverages: averagesBy(cells, c => c.col, average),
  }
}

/** One average per key, in the order the keys first appear; one pass over the cells. */
function averagesBy(cells: MatrixCell[], key: (c: MatrixCell) => string, average: (id: string, shares: number[]) => MatrixAverage) {
  const groups = new Map<string, number[]>()
  for (const c of cells) {
    const k = key(c)
    const shares = groups.get(k)
    if (shares)
      shares.push(c.share)
    else
      groups.set(k, [c.share])
  }
  return new Map([...groups].map(([id, shares]) => [id, average(id, shares)]))
}
