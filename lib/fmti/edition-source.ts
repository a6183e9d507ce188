import type { FmtiEdition, FmtiEditionId } from '../data/fmti-editions-schema'
import type { FmtiData } from '../data/fmti-schema'
import type { HeatmapSource } from './heatmap-source'

/** The edition the lecture tells: data/fmti-2023.json names its columns (models) and rows (dimensions). */
export const LECTURE_EDITION: FmtiEditionId = '2023-10'

/**
 * An edition as the heatmap draws it, every edition alike. An edition that has each subdomain the lecture's
 * dimensions name (2023-10, 2024-05) is drawn on the lecture's 13 dimensions, with their names and descriptions; one
 * with its own subdomains (2025-12) shows every subdomain. Columns are the edition's developers, by developer id; in
 * the lecture's edition, the lecture's models in its order (the model's id and name, the developer's name above).
 */
export function editionHeatmapSource(edition: FmtiEdition, lecture: FmtiData): HeatmapSource {
  const subdomainById = new Map(edition.subdomains.map(s => [s.id, s]))
  const count = (subdomain: string) => edition.indicators.filter(ind => ind.subdomain === subdomain).length
  const rows = lecture.dimensions.every(d => subdomainById.has(d.subdomain))
    ? lecture.dimensions.map(d => ({ ...d, domain: subdomainById.get(d.subdomain)!.domain }))
    : edition.subdomains.map(s => ({
        id: s.id,
        name: s.name,
        nameZh: '',
        domain: s.domain,
        description: `${count(s.id)} indicators in the ${edition.name} subdomain “${s.name}”.`,
        subdomain: s.id,
      }))
  const developerById = new Map(edition.developers.map(d => [d.id, d]))
  const columns = edition.id === LECTURE_EDITION
    ? lecture.models.map(m => ({ id: m.id, name: m.name, developer: m.developerLabel ?? developerById.get(m.developer)!.name, scores: developerById.get(m.developer)!.scores }))
    : edition.developers.map(d => ({ id: d.id, name: d.name, developer: '', scores: d.scores }))
  const rowOf = new Map(rows.map(r => [r.subdomain, r.id]))
  return {
    domains: lecture.domains,
    dimensions: rows.map(({ subdomain: _, ...row }) => row),
    models: columns.map(({ scores: _, ...column }) => column),
    indicators: edition.indicators.map((ind, i) => ({
      id: ind.id,
      name: ind.name,
      dimension: rowOf.get(ind.subdomain) ?? null,
      definition: ind.definition,
      satisfiedBy: columns.filter(c => c.scores[i] === 1).map(c => c.id),
    })),
  }
}
