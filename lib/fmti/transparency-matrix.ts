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

/**
 * The heatmap's numbers, computed from the data: each cell counts the dimension's indicators the column satisfies
 * (the same indicators its tooltip lists), then every percentage and both kinds of average.
 */
export function transparencyMatrix(data: HeatmapSource): TransparencyMatrix {
  const cells: MatrixCell[] = data.dimensions.flatMap((dim) => {
    const members = dimensionIndicators(data, dim.id)
    if (members.length === 0)
      throw new Error(`no indicators in dimension ${dim.id}`)
    return data.models.map((model) => {
      const satisfied = members.filter(ind => ind.satisfiedBy.includes(model.id)).length
      const share = satisfied / members.length
      return { row: dim.id, col: model.id, satisfied, total: members.length, share, percent: toPercent(share) }
    })
  })
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

/** A dimension's indicators, in the edition's order: what its cells count and its tooltips and drill-down list. */
export function dimensionIndicators(data: HeatmapSource, dimension: string) {
  return data.indicators.filter(ind => ind.dimension === dimension)
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
