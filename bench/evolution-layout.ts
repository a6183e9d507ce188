/**
 * The evolution graph's layout on a synthetic 200-node, 300-edge lineage, timed in Node (no browser): the median of
 * 20 runs after 3 warm-up runs, in milliseconds. npm run bench (bench/run.ts) reports it; the target is 50 ms.
 */
import { performance } from 'node:perf_hooks'
import { evolutionLayout } from '../lib/evolution/layout'
import { syntheticEvolution } from './synthetic-evolution'

export function benchEvolutionLayout(runs = 20): number {
  const graph = syntheticEvolution(200, 300)
  if (graph.nodes.length !== 200 || graph.edges.length !== 300)
    throw new Error(`synthetic graph has ${graph.nodes.length} nodes and ${graph.edges.length} edges, expected 200 and 300`)
  for (let i = 0; i < 3; i++)
    evolutionLayout(graph)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    evolutionLayout(graph)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}
