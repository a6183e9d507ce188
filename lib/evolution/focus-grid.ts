import type { LayoutNode } from './layout'

/** The key of a legend toggle in the keyboard grid, apart from the node ids. */
export const methodKey = (id: string) => `method:${id}`

/**
 * The keyboard's grid over the lineage graph: one row per line of cards as drawn (top to bottom, each left to
 * right), only the cards revealed at this step, then one row of the legend's method toggles.
 */
export function evolutionFocusGrid(nodes: readonly LayoutNode[], revealed: (id: string) => boolean, methods: readonly string[]): string[][] {
  const rows = new Map<number, LayoutNode[]>()
  for (const n of nodes.filter(n => revealed(n.id)))
    rows.set(n.y, [...(rows.get(n.y) ?? []), n])
  const cards = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row.sort((a, b) => a.x - b.x).map(n => n.id))
  return [...cards, methods.map(methodKey)]
}
