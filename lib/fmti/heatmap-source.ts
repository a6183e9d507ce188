/**
 * What the heatmap needs from its data: any FMTI edition (lib/fmti/edition-source.ts), or a synthetic matrix of any
 * size (the benchmark's 100 indicators x 14 developers). A cell's number and its list of indicators both come from
 * `indicators`: the dimension's indicators, and which columns satisfy each.
 */
export interface HeatmapSource {
  domains: readonly { id: string, name: string, nameZh: string }[]
  dimensions: readonly { id: string, name: string, nameZh: string, domain: string, description: string }[]
  models: readonly { id: string, name: string, developer: string }[]
  indicators: readonly { id: string, name: string, dimension: string | null, definition: string, satisfiedBy: readonly string[] }[]
}
