import type { FmtiEdition } from '../lib/data/fmti-editions-schema'
import type { FmtiData } from '../lib/data/fmti-schema'
import type { HeatmapSource } from '../lib/fmti/heatmap-source'

/**
 * An edition at full resolution, one heatmap row per indicator (2024-05: 100 indicators x 14 developers), each cell
 * that developer's 0 or 1: the real data the benchmark draws when it asks how the heatmap copes with every indicator.
 */
export function indicatorHeatmapSource(edition: FmtiEdition, lecture: Pick<FmtiData, 'domains'>): HeatmapSource {
  const subdomain = new Map(edition.subdomains.map(s => [s.id, s]))
  const dimensions = edition.indicators.map(ind => ({
    id: ind.id,
    name: ind.name,
    nameZh: '',
    domain: subdomain.get(ind.subdomain)!.domain,
    description: ind.definition,
    indicatorCount: 1,
  }))
  const models = edition.developers.map(d => ({ id: d.id, name: d.flagship ?? d.name, developer: d.flagship ? d.name : '' }))
  const scores = Object.fromEntries(edition.indicators.map((ind, i) =>
    [ind.id, Object.fromEntries(edition.developers.map(d => [d.id, d.scores[i]!]))]))
  const indicators = edition.indicators.map((ind, i) => ({
    id: ind.id,
    name: ind.name,
    dimension: ind.id,
    definition: ind.definition,
    satisfiedBy: edition.developers.filter(d => d.scores[i] === 1).map(d => d.id),
  }))
  return { domains: lecture.domains, dimensions, models, scores, indicators }
}
