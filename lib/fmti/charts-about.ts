import type { ChartAbout, ChartDataset } from '../chart/about'
import type { FmtiEdition, FmtiEditionsData } from '../data/fmti-editions-schema'
import { editionCitation, editionSources } from './edition-citation'
import { developerTotal, type EditionChanges, type SubdomainMean } from './edition-facts'
import { fmtiScoresDataset } from './heatmap-about'
import type { TrendPoint } from './trend-layout'

/** An FMTI chart's panel: the editions' papers and the data repository, every score as the full dataset. */
function fmtiAbout(data: FmtiEditionsData, editions: readonly FmtiEdition[], fileName: string, method: string, shown: () => ChartDataset): ChartAbout {
  const last = editions.at(-1)!
  return {
    fileName,
    sources: [...editions.flatMap(e => editionSources(e, data.source).slice(0, 1)), editionSources(last, data.source)[1]!],
    method,
    citation: editionCitation(last, data.source),
    shown,
    full: () => fmtiScoresDataset(data),
  }
}

const TOTAL = '总分是开发者满足的指标数（每项 0 或 1 相加，满分 100）。'

/** The trend: each developer's total in the editions shown at this step, and each edition's mean. */
export function trendAbout(data: FmtiEditionsData, points: readonly TrendPoint[], visible: ReadonlySet<string>): ChartAbout {
  const editions = data.editions.filter(e => visible.has(e.id))
  const mean = (e: FmtiEdition) => e.developers.reduce((s, d) => s + developerTotal(d), 0) / e.developers.length
  return fmtiAbout(data, data.editions, 'fmti-trend', `${TOTAL}每版的平均分是该版全部开发者总分的算术平均。`, () => ({
    columns: [{ id: 'edition', label: '版本' }, { id: 'developer_id', label: '开发者代号' }, { id: 'developer', label: '开发者' }, { id: 'total', label: '总分' }, { id: 'edition_mean', label: '该版平均分' }],
    rows: points.filter(p => visible.has(p.edition)).map(p => [p.edition, p.developer, p.name, p.total, mean(editions.find(e => e.id === p.edition)!)]),
  }))
}

/** The lowest subdomains of an edition: each as the share of its indicators satisfied on average. */
export function subdomainMeansAbout(data: FmtiEditionsData, edition: FmtiEdition, rows: readonly SubdomainMean[]): ChartAbout {
  return fmtiAbout(data, [edition], `fmti-subdomain-means-${edition.id}`, '每个子领域的比例是各开发者在该子领域中满足的指标比例的平均，四舍五入到整数百分比；表中是最低的几个。', () => ({
    columns: [{ id: 'edition', label: '版本' }, { id: 'subdomain_id', label: '子领域代号' }, { id: 'subdomain', label: '子领域' }, { id: 'domain', label: '领域' }, { id: 'indicators', label: '指标数' }, { id: 'mean_share', label: '平均满足比例' }],
    rows: rows.map(r => [edition.id, r.id, r.name, r.domain, r.indicators, r.percent / 100]),
  }))
}

/** Two editions side by side: the returning developers' totals and changes, then the newcomers. */
export function editionChangesAbout(data: FmtiEditionsData, from: FmtiEdition, to: FmtiEdition, c: EditionChanges): ChartAbout {
  return fmtiAbout(data, [from, to], `fmti-edition-changes-${from.id}-${to.id}`, `${TOTAL}变化是后一版总分减前一版总分；新加入的开发者只有后一版的总分。`, () => ({
    columns: [{ id: 'developer_id', label: '开发者代号' }, { id: 'developer', label: '开发者' }, { id: `total_${from.id}`, label: `${from.id} 总分` }, { id: `total_${to.id}`, label: `${to.id} 总分` }, { id: 'change', label: '变化' }],
    rows: [...c.returning.map(r => [r.id, r.name, r.before, r.after, r.change]), ...c.newcomers.map(n => [n.id, n.name, null, n.total, null])],
  }))
}
