import { type ChartAbout, type ChartDataset, type ChartSource, CITED_ONLY } from '../chart/about'
import type { GptEvolutionData } from '../data/gpt-evolution-schema'
import { evolutionSteps, stepOfMonth } from './steps'
import { turboRead } from './turbo-about'

type Source = GptEvolutionData['sources'][number]

const columns = [
  { id: 'kind', label: '类型（node 模型 / edge 演化）' }, { id: 'id', label: '代号' }, { id: 'name', label: '名称' },
  { id: 'series', label: '系列' }, { id: 'family', label: '模型族' }, { id: 'released', label: '发布（月）' },
  { id: 'from', label: '来自' }, { id: 'method', label: '方法' }, { id: 'evidence', label: '依据（stated 来源明说 / inferred 推断）' },
  { id: 'sources', label: '来源' },
]

/**
 * The GPT lineage's panel: the models and the lines between them drawn at the chart's step (a line once both its
 * ends are), and all of them in full; each source dated as published, OpenAI's model table as read.
 */
export function evolutionAbout(data: GptEvolutionData, step: number): ChartAbout {
  const steps = evolutionSteps(data.nodes.map(n => n.released), data.stepByMonthThrough)
  const shown = new Set(data.nodes.filter(n => stepOfMonth(steps, n.released) <= step).map(n => n.id))
  const table = (nodes: ReadonlySet<string>): ChartDataset => ({
    columns,
    rows: [
      ...data.nodes.filter(n => nodes.has(n.id)).map(n => ['node', n.id, n.name, n.series, n.family, n.released, null, null, null, n.sources.join('; ')]),
      ...data.edges.filter(e => nodes.has(e.from) && nodes.has(e.to)).map(e => ['edge', `${e.from}->${e.to}`, null, null, null, null, e.from, e.method, e.evidence, [...new Set(e.claims.map(c => c.source))].join('; ')]),
    ],
  })
  const fu = data.sources.find(s => s.id === 'fu-2022')!
  return {
    fileName: 'gpt-lineage',
    sources: data.sources.map(s => evolutionSource(data, s)),
    method: `每个方框是 OpenAI 的一个模型，按发布月份排列；每条线是一个模型由另一个训练而来，标明方法，以及来源是明说（实线）还是推断（虚线）。第 ${step + 1} 步显示到 ${steps[Math.min(step, steps.length - 1)]!.label} 为止发布的模型。`,
    citation: {
      key: 'fu2022gpt',
      type: 'misc',
      title: fu.label.replace(/^[^“]*“|”.*$/g, ''),
      authors: fu.publisher!.split(', '),
      year: Number(fu.published!.slice(0, 4)),
      url: fu.url,
      note: 'the lineage of GPT-3.5 the chart follows',
    },
    shown: () => table(shown),
    full: () => table(new Set(data.nodes.map(n => n.id))),
  }
}

/** A source of the lineage in the panel: dated as published, as archived, or (OpenAI's model table) as read. */
function evolutionSource(data: GptEvolutionData, s: Source): ChartSource {
  const base = { title: s.label, by: s.publisher ?? s.short, licence: CITED_ONLY, ...(s.url ? { url: s.url } : {}) }
  if (s.published)
    return { ...base, date: s.published, dateKind: s.dateKind ?? 'published' }
  if (s.id === data.turboTable.source)
    return { ...base, date: turboRead(data.turboTable), dateKind: 'read' }
  return { ...base, dateKind: 'published' }
}
