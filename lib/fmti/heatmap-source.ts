/**
 * What the heatmap needs from its data: the FMTI file satisfies it as it is, and so does a synthetic matrix of any
 * size (the benchmark's 100 indicators x 14 developers).
 */
export interface HeatmapSource {
  domains: readonly { id: string, name: string, nameZh: string }[]
  dimensions: readonly { id: string, name: string, nameZh: string, domain: string, description: string, indicatorCount: number }[]
  models: readonly { id: string, name: string, developer: string }[]
  scores: Readonly<Record<string, Readonly<Record<string, number>>>>
  indicators: readonly { id: string, name: string, dimension: string | null, definition: string, satisfiedBy: readonly string[] }[]
}
