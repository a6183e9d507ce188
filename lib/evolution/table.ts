import { dataTable, type DataTable } from '../chart/data-table'
import type { GptEvolutionData } from '../data/gpt-evolution-schema'
import { EVIDENCE_LABELS_ZH, METHOD_LABELS_ZH } from './labels-zh'
import { monthLabelZh } from '../format/month'

/**
 * The lineage graph's text alternative, in the slide's language: one row per model revealed so far, with its
 * release, series, family and the edges that lead to it (method and evidence), so every node and every edge the
 * graph shows is in the table.
 */
export function evolutionTable(data: GptEvolutionData, revealed: (id: string) => boolean): DataTable {
  const name = new Map(data.nodes.map(n => [n.id, n.name]))
  const rows = data.nodes.filter(n => revealed(n.id)).map(n => ({
    id: n.id,
    header: n.name,
    cells: [
      monthLabelZh(n.released),
      data.series.find(s => s.id === n.series)?.name ?? '',
      data.families.find(f => f.id === n.family)?.name ?? '',
      data.edges.filter(e => e.to === n.id)
        .map(e => `${name.get(e.from)} · ${METHOD_LABELS_ZH[e.method]} · ${EVIDENCE_LABELS_ZH[e.evidence]}`).join('；'),
    ],
  }))
  return dataTable(`${data.title}：已出现的模型，以及每个模型从哪个模型而来`,
    ['模型', '发布', '系列', '家族', '来自 · 方法 · 依据'], rows)
}

/** The chart's accessible name: what it draws, how many models, over which years. */
export function evolutionLabel(data: GptEvolutionData): string {
  const years = data.nodes.map(n => Number(n.released.slice(0, 4)))
  return `${data.title}：${data.nodes.length} 个模型的谱系图，${Math.min(...years)} 至 ${Math.max(...years)} 年，`
    + `家族 ${data.families.map(f => f.name).join('、')}；${data.edges.length} 条边按方法着色，推断的边为虚线。`
}

/** A node's accessible name: the model, its month, and each edge into it. */
export function nodeLabel(data: GptEvolutionData, id: string): string {
  const node = data.nodes.find(n => n.id === id)!
  const name = new Map(data.nodes.map(n => [n.id, n.name]))
  const origins = data.edges.filter(e => e.to === id)
    .map(e => `来自 ${name.get(e.from)}：${METHOD_LABELS_ZH[e.method]}${e.evidence === 'inferred' ? '（推断）' : ''}`)
  return `${node.name}，${monthLabelZh(node.released)}${origins.length ? `：${origins.join('；')}` : ''}`
}

/** What the graph tells, for readers who cannot see it. */
export function evolutionDescription(data: GptEvolutionData): string {
  return `每张卡片是一个模型，放在它发布的月份、它所属系列（${data.series.map(s => s.name).join('、')}）的横带里。`
    + '从一张卡片指向另一张的箭头表示后者由前者而来，方法由箭头的颜色和符号表示；'
    + '虚线箭头是推断，没有来源明说。数据表列出图中每个模型和指向它的边。'
}
