import type { EvolutionGraph } from '../lib/evolution/graph'
import { monthFromIndex } from '../lib/format/month'

const METHODS = ['code', 'code-instruction', 'sft', 'feedme', 'rlhf', 'variant', 'replacement', 'alias'] as const

/**
 * A lineage graph of any size, shaped like data/gpt-evolution.json: two series, months spread over 2020 to 2024,
 * names of 8 to 22 characters, and edges that always go from an earlier (or the same) month to a later one.
 * Deterministic, so that a benchmark or a test sees the same graph every time.
 */
export function syntheticEvolution(nodeCount: number, edgeCount: number): EvolutionGraph {
  const start = 2020 * 12
  const months = Array.from({ length: nodeCount }, (_, i) => start + Math.floor((i * 60) / nodeCount) + ((i * 7) % 3))
  const nodes = months.map((m, i) => ({
    id: `m${i}`,
    name: `model-${i}${'-x'.repeat(i % 7)}`,
    series: m < start + 30 ? 'early' : 'late',
    released: monthFromIndex(Math.min(m, start + 59)),
  }))
  const edges: EvolutionGraph['edges'][number][] = []
  const seen = new Set<string>()
  const add = (from: number, to: number) => {
    const key = `${from}->${to}`
    if (from >= to || seen.has(key) || nodes[from]!.released > nodes[to]!.released || edges.length >= edgeCount)
      return
    seen.add(key)
    const k = edges.length
    edges.push({ from: `m${from}`, to: `m${to}`, method: METHODS[k % METHODS.length]!, evidence: k % 5 === 0 ? 'inferred' : 'stated' })
  }
  for (let round = 1; edges.length < edgeCount && round < 50; round++) {
    for (let to = 1; to < nodeCount; to++)
      add(Math.max(0, to - 1 - ((to * round * 13) % (4 + round))), to)
  }
  return { series: [{ id: 'early', name: 'Early' }, { id: 'late', name: 'Late' }], nodes, edges }
}
