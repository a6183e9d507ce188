/** An edge of a lineage graph, by node id. */
export interface GraphEdge {
  from: string
  to: string
}

/**
 * The first cycle found by a depth-first search, as the ids along it with the first repeated at the end
 * (["a", "b", "a"]), or null when the graph is acyclic. Edges to ids not in `ids` are ignored (reported elsewhere).
 */
export function findCycle(ids: readonly string[], edges: readonly GraphEdge[]): string[] | null {
  const known = new Set(ids)
  const out = new Map<string, string[]>(ids.map(id => [id, []]))
  for (const e of edges) {
    if (known.has(e.from) && known.has(e.to))
      out.get(e.from)!.push(e.to)
  }
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (id: string): string[] | null => {
    state.set(id, 'open')
    path.push(id)
    for (const next of out.get(id)!) {
      if (state.get(next) === 'open')
        return [...path.slice(path.indexOf(next)), next]
      if (!state.has(next)) {
        const found = visit(next)
        if (found)
          return found
      }
    }
    path.pop()
    state.set(id, 'done')
    return null
  }
  for (const id of ids) {
    if (!state.has(id)) {
      const found = visit(id)
      if (found)
        return found
    }
  }
  return null
}

/** "cycle: a -> b -> a". */
export function formatCycle(cycle: readonly string[]): string {
  return `cycle: ${cycle.join(' -> ')}`
}
