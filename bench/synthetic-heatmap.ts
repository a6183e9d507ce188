import type { HeatmapSource } from '../lib/fmti/heatmap-source'

/**
 * A heatmap source of any size, shaped like FMTI v1.1 when called with (100, 14): one row per indicator, three
 * domains, deterministic 0/1 scores.
 */
export function syntheticHeatmap(rows: number, developers: number): HeatmapSource {
  const domains = [
    { id: 'upstream', name: 'Upstream', nameZh: '上游' },
    { id: 'model', name: 'Model', nameZh: '模型' },
    { id: 'downstream', name: 'Downstream', nameZh: '下游' },
  ]
  const dimensions = Array.from({ length: rows }, (_, i) => ({
    id: `indicator-${i + 1}`,
    name: `Indicator ${i + 1}`,
    nameZh: `指标 ${i + 1}`,
    domain: domains[Math.floor((i * 3) / rows)]!.id,
    description: `Synthetic indicator ${i + 1}.`,
  }))
  const models = Array.from({ length: developers }, (_, j) => ({ id: `dev-${j + 1}`, name: `Model ${j + 1}`, developer: `Developer ${j + 1}` }))
  const satisfied = (i: number, j: number) => ((i * 7 + j * 13) % 5) < 2
  return {
    domains,
    dimensions,
    models,
    indicators: dimensions.map((d, i) => ({
      id: d.id,
      name: d.name,
      dimension: d.id,
      definition: d.description,
      satisfiedBy: models.filter((_, j) => satisfied(i, j)).map(m => m.id),
    })),
  }
}
