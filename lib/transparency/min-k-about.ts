import { type ChartAbout, workCitation, workSource } from '../chart/about'
import type { PretrainingDetection } from '../data/transparency-schema'
import type { MinKResult } from './min-k-prob'

/**
 * The Min-K% figure's panel: each token's probability and whether it is among the k% least likely (once the step
 * marks them); the method's paper as the source. The probabilities are the example's, illustrative when the data says so.
 */
export function minKAbout(d: PretrainingDetection, result: MinKResult, marked: boolean): ChartAbout {
  const ex = d.example
  const selected = new Set(result.selected)
  const rows = (withSelection: boolean) => ex.tokens.map((t, i) => [i, t.text, t.p, Math.log(t.p), withSelection ? selected.has(i) : null])
  const columns = [{ id: 'index', label: '位置' }, { id: 'token', label: 'token' }, { id: 'p', label: '概率' }, { id: 'log_p', label: '对数概率' }, { id: 'lowest_k', label: `属于最低的 ${ex.kPercent}%` }]
  return {
    fileName: 'min-k-prob',
    sources: [workSource(d.paper, ex.illustrative ? '图中概率为示意，非实测' : undefined)],
    method: `取概率最低的 ${ex.kPercent}% 个 token（${result.selected.length} 个），求它们对数概率的平均，得 Min-K% Prob 分数 ${result.score.toFixed(2)}；分数越高，文本越可能在预训练数据中。`,
    citation: workCitation(d.paper),
    shown: () => ({ columns, rows: rows(marked) }),
    full: () => ({ columns, rows: rows(true) }),
  }
}
