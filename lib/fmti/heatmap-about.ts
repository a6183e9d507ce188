import type { ChartAbout, ChartDataset } from '../chart/about'
import type { FmtiEdition, FmtiEditionsData } from '../data/fmti-editions-schema'
import { editionCitation, editionSources } from './edition-citation'
import type { HeatmapLayout } from './heatmap-layout'
import { AVERAGE } from './heatmap-order'
import type { TransparencyMatrix } from './transparency-matrix'

/** Every indicator score of every edition: one row per edition, indicator and developer (0 or 1). */
export function fmtiScoresDataset(data: FmtiEditionsData): ChartDataset {
  return {
    columns: [
      { id: 'edition', label: '版本' }, { id: 'domain', label: '领域' }, { id: 'subdomain', label: '子领域' },
      { id: 'indicator', label: '指标' }, { id: 'developer', label: '开发者' }, { id: 'score', label: '得分（0 或 1）' },
    ],
    rows: data.editions.flatMap((e) => {
      const subdomain = new Map(e.subdomains.map(s => [s.id, s]))
      return e.indicators.flatMap((ind, i) => e.developers.map(d => [
        e.id, subdomain.get(ind.subdomain)?.domain ?? null, subdomain.get(ind.subdomain)?.name ?? ind.subdomain, ind.name, d.name, d.scores[i]!,
      ]))
    }),
  }
}

/**
 * The heatmap's panel: the cells drawn now (the edition shown, in the drawn order, the averages once they are in),
 * each as the share of the dimension's indicators satisfied; the whole dataset is every score of every edition.
 */
export function heatmapAbout(
  edition: FmtiEdition,
  data: FmtiEditionsData,
  matrix: TransparencyMatrix,
  layout: HeatmapLayout,
  showAverages: boolean,
): ChartAbout {
  const label = new Map([...layout.rows, ...layout.columns].map(x => [x.id, x.label]))
  const share = (row: string, col: string) => row === AVERAGE
    ? matrix.modelAverages.get(col)!.share
    : col === AVERAGE ? matrix.dimensionAverages.get(row)!.share : matrix.cell(row, col).share
  const cells = layout.cells.filter(c => showAverages || !c.isAverage)
  return {
    fileName: `fmti-heatmap-${edition.id}`,
    sources: editionSources(edition, data.source),
    method: `每格是该开发者在该维度的指标中满足的比例（满足的指标数 ÷ 该维度的指标数）；平均值是各格比例的算术平均。数据为 ${edition.name} 的 100 项指标逐项 0/1 评分。`,
    citation: editionCitation(edition, data.source),
    shown: () => ({
      columns: [
        { id: 'edition', label: '版本' }, { id: 'dimension_id', label: '维度代号' }, { id: 'dimension', label: '维度' },
        { id: 'developer_id', label: '开发者代号' }, { id: 'developer', label: '开发者' }, { id: 'share_satisfied', label: '满足比例' }, { id: 'satisfied', label: '满足的指标数' }, { id: 'indicators', label: '指标数' },
      ],
      rows: cells.map((c) => {
        const counts = c.isAverage ? null : matrix.cell(c.row, c.col)
        return [edition.id, c.row, label.get(c.row) ?? c.row, c.col, label.get(c.col) ?? c.col, share(c.row, c.col), counts?.satisfied ?? null, counts?.total ?? null]
      }),
    }),
    full: () => fmtiScoresDataset(data),
  }
}
