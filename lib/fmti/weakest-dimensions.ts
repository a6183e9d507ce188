import type { TransparencyMatrix } from './transparency-matrix'

/** The n dimensions with the lowest average share, lowest first (ties in data order). */
export function weakestDimensions(matrix: TransparencyMatrix, n: number): string[] {
  return matrix.dimensions
    .map((d, index) => ({ id: d.id, index, share: matrix.dimensionAverages.get(d.id)!.share }))
    .sort((a, b) => a.share - b.share || a.index - b.index)
    .slice(0, n)
    .map(d => d.id)
}
