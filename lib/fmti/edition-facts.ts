/** Facts the edition slides state, computed from data/fmti-editions.json (never typed into a slide). */
import type { FmtiEdition } from '../data/fmti-editions-schema'
import { kebabCase } from '../format/kebab-case'
import { mean, sum } from '../math/sum-and-mean'

/** A developer's total in an edition: the indicators it satisfied, out of the edition's 100. */
export const developerTotal = (developer: { scores: readonly number[] }) => sum(developer.scores)

/** How many indicator names of `later` also name an indicator of `earlier` (case, spaces and hyphens aside). */
export function keptIndicatorNames(earlier: Pick<FmtiEdition, 'indicators'>, later: Pick<FmtiEdition, 'indicators'>): number {
  const names = new Set(earlier.indicators.flatMap(i => [kebabCase(i.name), ...(i.formerName ? [kebabCase(i.formerName)] : [])]))
  return later.indicators.filter(i => names.has(kebabCase(i.name)) || (i.formerName !== undefined && names.has(kebabCase(i.formerName)))).length
}

export interface Change { id: string, name: string, before: number, after: number, change: number }
export interface EditionChanges {
  returning: Change[]
  rose: number
  fell: number
  /** Developers scored in `to` but not in `from`. */
  newcomers: { id: string, name: string, total: number }[]
  meanBefore: number
  meanAfter: number
}

/** The developers scored in both editions, biggest rise first; the means of the two editions. */
export function editionChanges(from: FmtiEdition, to: FmtiEdition): EditionChanges {
  const before = new Map(from.developers.map(d => [d.id, developerTotal(d)]))
  const returning = to.developers.filter(d => before.has(d.id))
    .map(d => ({ id: d.id, name: d.name, before: before.get(d.id)!, after: developerTotal(d), change: developerTotal(d) - before.get(d.id)! }))
    .sort((a, b) => b.change - a.change || a.name.localeCompare(b.name))
  return {
    returning,
    rose: returning.filter(c => c.change > 0).length,
    fell: returning.filter(c => c.change < 0).length,
    newcomers: to.developers.filter(d => !before.has(d.id)).map(d => ({ id: d.id, name: d.name, total: developerTotal(d) })).sort((a, b) => b.total - a.total),
    meanBefore: mean(from.developers.map(developerTotal)),
    meanAfter: mean(to.developers.map(developerTotal)),
  }
}

export interface SubdomainMean { id: string, name: string, domain: string, indicators: number, percent: number }

/** Per subdomain, the share of its indicators the edition's developers satisfied on average (%), lowest first. */
export function subdomainMeans(edition: FmtiEdition): SubdomainMean[] {
  return edition.subdomains.map((s) => {
    const idx = edition.indicators.flatMap((ind, i) => (ind.subdomain === s.id ? [i] : []))
    const share = mean(edition.developers.map(d => sum(idx.map(i => d.scores[i]!)) / idx.length))
    return { id: s.id, name: s.name, domain: s.domain, indicators: idx.length, percent: Math.round(share * 100) }
  }).sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name))
}

export const oneDecimal = (x: number) => x.toFixed(1)
