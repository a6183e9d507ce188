import { type DataTable, dataTable } from '../chart/data-table'
import type { MinKResult } from './min-k-prob'

/** The Min-K% figure's text alternative: each token, its probability, and whether it is among the k% least likely. */
export function minKTable(tokens: readonly { text: string, p: number }[], result: MinKResult, caption: string): DataTable {
  const selected = new Set(result.selected)
  return dataTable(caption, ['token', 'p', '最低的 k%'], tokens.map((t, i) => ({
    id: String(i),
    header: t.text,
    cells: [t.p.toFixed(2), selected.has(i) ? '是' : '否'],
  })))
}
