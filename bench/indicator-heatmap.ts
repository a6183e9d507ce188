import type { FmtiEdition } from '../lib/data/fmti-editions-schema'
import type { HeatmapSource } from '../lib/fmti/heatmap-source'

/**
 * An edition at full resolution, one heatmap row per indicator (2024-05: 100 indicators x 14 developers), each cell
 * that developer's 0 or 1: the real data the benchmark draws when it asks how the heatmap copes with every indicator.
 */
export function indicatorHeatmapSource(edition: FmtiEdition, lecture: Pick<HeatmapSource, 'domains'>): HeatmapSource {
  const subdomain = new Map(edition.subdomains.map(s => [s.id, s]))
  const dimensions = edition.indicators.map(ind => ({
    id: ind.id,
    name: ind.name,
    nameZh: '',
    domain: subdomain.get(ind.subdomain)!.domain,
    description: ind.definition,
  }))
  const models = edition.developers.map(d => ({ id: d.id, name: d.name, developer: '' }))
  const indicators = edition.indicators.map((ind, i) => ({
    id: ind.id,
    name: ind.name,
    dimension: ind.id,
    definition: ind.definition,
    satisfiedBy: edition.developers.filter(d => d.scores[i] === 1).map(d => d.id),
  }))
  return { domains: lecture.domains, dimensions, models, indicators }
}
