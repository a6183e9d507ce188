import type { GptEvolutionData } from '../data/gpt-evolution-schema'
import { monthLabel } from '../format/month'
import { formatThousands } from '../format/number'

export interface NodeOrigin {
  from: string
  method: string
  evidence: 'stated' | 'inferred'
  claims: { method: string, text: string, source: string }[]
  /** Where the claims name different methods: "Sources differ: CS2916 LLM survey notes: …; OpenAI model index: FeedME". */
  disagreement?: string
}

export interface NodeDetails {
  id: string
  title: string
  /** "InstructGPT · GPT-3 series". */
  subtitle: string
  /** "Jun 2022", and where sources disagree "(sources: Apr 2022 – Jul 2022)". */
  released: string
  rangeNote?: string
  origins: NodeOrigin[]
  description: string
  /** "Context window 16,385 tokens · training data up to Sep 2021", for the models in the seed's table. */
  api?: string
  sources: { label: string, url?: string }[]
}

/** The hover card's content for a node, all as plain text. */
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
  const methodLabel = (m: string) => data.methods.find(x => x.id === m)?.label ?? m
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
      origin.disagreement = `Sources differ: ${e.claims.map(c => `${source(c.source).short} says ${methodLabel(c.method)}`).join('; ')}.`
    return origin
  })
  return {
    id,
    title: node.name,
    subtitle: `${data.families.find(f => f.id === node.family)!.name} · ${data.series.find(s => s.id === node.series)!.name} series`,
    released: r ? `${monthLabel(node.released)} (sources: ${monthLabel(r.from)} – ${monthLabel(r.to)})` : monthLabel(node.released),
    ...(r ? { rangeNote: r.note } : {}),
    origins,
    description: node.description,
    ...(node.api ? { api: `Context window ${formatThousands(node.api.contextWindow)} tokens · training data up to ${monthLabel(node.api.trainingCutoff)}` } : {}),
    sources: node.sources.map(source).map(s => ({ label: s.label, ...(s.url ? { url: s.url } : {}) })),
  }
}
