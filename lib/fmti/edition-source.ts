import type { FmtiEdition, FmtiEditionId } from '../data/fmti-editions-schema'
import type { FmtiData } from '../data/fmti-schema'
import type { HeatmapSource } from './heatmap-source'

/** The edition the lecture tells, drawn from the lecture's own FMTI file (models named by their flagship). */
export const LECTURE_EDITION: FmtiEditionId = '2023-10'

/**
 * A later edition as the heatmap draws it. An edition on the 2023 subdomains (2024-05) keeps the lecture's 13
 * dimensions, with their names and descriptions; one with its own subdomains (2025-12) shows every subdomain.
 * Columns are the edition's developers, by developer id.
 */
export function editionHeatmapSource(edition: FmtiEdition, lecture: Pick<FmtiData, 'domains' | 'dimensions'>): HeatmapSource {
  const lectureDimension = new Map<string, FmtiData['dimensions'][number]>(lecture.dimensions.map(d => [d.id, d]))
  const onLectureDimensions = edition.subdomains.some(s => s.dimension !== null)
  /** The heatmap row of each subdomain shown, by subdomain id. */
  const rowOf = new Map(edition.subdomains.flatMap((s) => {
    if (!onLectureDimensions)
      return [[s.id, s.id] as const]
    return s.dimension === null ? [] : [[s.id, s.dimension] as const]
  }))
  const indicesOf = (row: string) => edition.indicators.flatMap((ind, i) => (rowOf.get(ind.subdomain) === row ? [i] : []))
  const rowIds = onLectureDimensions
    ? lecture.dimensions.map(d => d.id).filter(id => [...rowOf.values()].includes(id))
    : edition.subdomains.map(s => s.id)
  const dimensions = rowIds.map((id) => {
    const known = lectureDimension.get(id)
    const sub = edition.subdomains.find(s => rowOf.get(s.id) === id)!
    const count = indicesOf(id).length
    return onLectureDimensions && known
      ? { id, name: known.name, nameZh: known.nameZh, domain: known.domain, description: known.description, indicatorCount: count }
      : { id, name: sub.name, nameZh: '', domain: sub.domain, description: `${count} indicators in the ${edition.name} subdomain “${sub.name}”.`, indicatorCount: count }
  })
  const models = edition.developers.map(d => ({ id: d.id, name: d.flagship ?? d.name, developer: d.flagship ? d.name : '' }))
  const scores = Object.fromEntries(dimensions.map(dim => [dim.id, Object.fromEntries(edition.developers.map((d) => {
    const idx = indicesOf(dim.id)
    return [d.id, idx.reduce((sum, i) => sum + d.scores[i]!, 0)]
  }))]))
  const indicators = edition.indicators.map((ind, i) => ({
    id: ind.id,
    name: ind.name,
    dimension: rowOf.get(ind.subdomain) ?? null,
    definition: ind.definition,
    satisfiedBy: edition.developers.filter(d => d.scores[i] === 1).map(d => d.id),
  }))
  return { domains: lecture.domains, dimensions, models, scores, indicators }
}
