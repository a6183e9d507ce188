/**
 * What the evolution layout needs from its data: data/gpt-evolution.json satisfies it as it is, and so does a
 * synthetic graph of any size (the benchmark's 200 nodes and 300 edges).
 */
export interface EvolutionGraph {
  /** The bands, top to bottom. */
  series: readonly { id: string, name: string }[]
  nodes: readonly {
    id: string
    name: string
    series: string
    /** "YYYY-MM". */
    released: string
    releasedRange?: { from: string, to: string }
  }[]
  edges: readonly { from: string, to: string, method: string, evidence: 'stated' | 'inferred' }[]
}

/** The DOM and test id of an edge: "from->to". */
export function edgeId(e: { from: string, to: string }): string {
  return `${e.from}->${e.to}`
}
