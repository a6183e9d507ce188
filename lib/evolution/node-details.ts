import type { GptEvolutionData } from '../data/gpt-evolution-schema'
import type { EvolutionMethodId } from '../data/gpt-evolution-ids'
import { METHOD_LABELS_ZH, SERIES_SUFFIX_ZH } from './labels-zh'
import { dateLabelEn, monthLabelZh } from '../format/month'
import { formatThousands } from '../format/number'

export interface NodeOrigin {
  from: string
  method: string
  evidence: 'stated' | 'inferred'
  claims: { method: string, text: string, source: string }[]
  /** Where the claims name different methods: "来源说法不一：知乎汇总文章称有监督指令微调（SFT）；OpenAI model index 称 FeedME。" */
  disagreement?: string
}

export interface NodeDetails {
  id: string
  title: string
  /** "InstructGPT · GPT-3 系列". */
  subtitle: string
  /** "2022 年 6 月", and where sources disagree "（各来源：2022 年 4 月 – 2022 年 7 月）". */
  released: string
  rangeNote?: string
  origins: NodeOrigin[]
  description: string
  /** "上下文窗口 16,385 tokens · 训练数据截至 2021 年 9 月", for the models of the GPT-3.5 Turbo table. */
  api?: string
  sources: { label: string, url?: string }[]
}

/** The hover card's content for a node, all as plain text, framed in Chinese (the claims quote their sources). */
export function nodeDetails(data: GptEvolutionData, id: string): NodeDetails {
  const node = data.nodes.find(n => n.id === id)
  if (!node)
    throw new Error(`missing: ${id}`)
  const source = (ref: string) => {
    const s = data.sources.find(x => x.id === ref)
    if (!s)
      throw new Error(`missing source: ${ref}`)
    return s
  }
  const methodLabel = (m: EvolutionMethodId) => METHOD_LABELS_ZH[m]
  const name = (ref: string) => data.nodes.find(n => n.id === ref)?.name ?? ref
  const r = node.releasedRange
  const origins = data.edges.filter(e => e.to === id).map((e): NodeOrigin => {
    const methods = [...new Set(e.claims.map(c => c.method))]
    const origin: NodeOrigin = {
      from: name(e.from),
      method: methodLabel(e.method),
      evidence: e.evidence,
      claims: e.claims.map(c => ({ method: methodLabel(c.method), text: c.text, source: source(c.source).short })),
    }
    if (methods.length > 1)
      origin.disagreement = `来源说法不一：${e.claims.map(c => `${source(c.source).short}${/[\x21-\x7e]$/.test(source(c.source).short) ? ' ' : ''}称${/^[A-Za-z]/.test(methodLabel(c.method)) ? ' ' : ''}${methodLabel(c.method)}`).join('；')}。`
    return origin
  })
  return {
    id,
    title: node.name,
    subtitle: `${data.families.find(f => f.id === node.family)!.name} · ${data.series.find(s => s.id === node.series)!.name} ${SERIES_SUFFIX_ZH}`,
    released: r ? `${monthLabelZh(node.released)}（各来源：${monthLabelZh(r.from)} – ${monthLabelZh(r.to)}）` : monthLabelZh(node.released),
    ...(r ? { rangeNote: r.note } : {}),
    origins,
    description: node.description,
    ...(node.api ? { api: `上下文窗口 ${formatThousands(node.api.contextWindow)} tokens · 训练数据截至 ${monthLabelZh(node.api.trainingCutoff)}` } : {}),
    sources: node.sources.map(source).map(s => ({ label: sourceLabel(s), ...(s.url ? { url: s.url } : {}) })),
  }
}

/** A source as its citation reads: its label and its date (OpenAI, “Introducing ChatGPT”, 30 November 2022). */
export function sourceLabel(s: Pick<GptEvolutionData['sources'][number], 'label' | 'published' | 'dateKind'>): string {
  if (!s.published)
    return s.label
  return s.dateKind === 'snapshot' ? `${s.label} (as archived in ${dateLabelEn(s.published)})` : `${s.label}, ${dateLabelEn(s.published)}`
}
