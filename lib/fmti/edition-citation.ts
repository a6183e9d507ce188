import type { ChartSource } from '../chart/about'
import type { Citation } from '../chart/citation'
import type { FmtiEdition, FmtiEditionsData } from '../data/fmti-editions-schema'

type FmtiSource = FmtiEditionsData['source']

/** The year an edition was published. */
const yearOf = (e: FmtiEdition) => Number(e.published.slice(0, 4))

/** The repository as owner/name (stanford-crfm/fmti). */
export const repositoryName = (s: FmtiSource) => new URL(s.repository).pathname.slice(1)

/** The line under the heatmap: who published the edition, its paper, its year. */
export function editionCredit(e: FmtiEdition): string {
  return `${e.authors.join(', ')}, "${e.paperTitle}" (${yearOf(e)})`
}

/** The licence line under the heatmap: CC BY 4.0 (stanford-crfm/fmti). */
export function dataLicence(s: FmtiSource): string {
  return `${s.license} (${repositoryName(s)})`
}

/** How to cite an edition's data: its paper (an arXiv preprint) or its report on the FMTI site. */
export function editionCitation(e: FmtiEdition, s: FmtiSource): Citation {
  const arxiv = /arxiv\.org\/abs\/([\d.]+)/.exec(e.url)?.[1]
  return {
    key: `fmti-${e.id}`,
    type: arxiv ? 'article' : 'misc',
    title: e.paperTitle,
    authors: e.authors,
    year: yearOf(e),
    url: e.url,
    arxiv,
    note: `${e.name}; data: ${repositoryName(s)} at ${s.revision}, ${s.license}`,
  }
}

/** The sources of a chart of an edition's scores: the edition's paper or report, and the data repository. */
export function editionSources(e: FmtiEdition, s: FmtiSource): ChartSource[] {
  return [
    { title: e.paperTitle, by: e.authors.join(', '), date: e.published, dateKind: 'published', url: e.url, licence: s.license, version: e.name },
    { title: `FMTI data (${repositoryName(s)})`, by: 'Stanford CRFM', date: s.revisedOn, dateKind: 'snapshot', url: s.repository, licence: s.license, version: `revision ${s.revision}` },
  ]
}
