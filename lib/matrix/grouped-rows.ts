/** A group's vertical span: the rows from y0 to y1. */
export interface RowSpan<G extends string = string> { id: G, y0: number, y1: number }

/**
 * Stacks rows from `top` down, one `rowHeight` each, with `gap` between neighbouring rows of different groups: the
 * stages of the lecture's matrix and the parameter groups of the index's. Returns each row's y, each group's span (a
 * group is one run of adjacent rows) and the bottom of the last row.
 */
export function stackGroupedRows<G extends string>(groups: readonly G[], geometry: { top: number, rowHeight: number, gap: number }): { ys: number[], spans: RowSpan<G>[], bottom: number } {
  const ys: number[] = []
  const spans: RowSpan<G>[] = []
  let y = geometry.top
  groups.forEach((group, i) => {
    if (i > 0 && group !== groups[i - 1])
      y += geometry.gap
    const last = spans.at(-1)
    if (last && last.id === group && i > 0 && groups[i - 1] === group)
      last.y1 = y + geometry.rowHeight
    else
      spans.push({ id: group, y0: y, y1: y + geometry.rowHeight })
    ys.push(y)
    y += geometry.rowHeight
  })
  return { ys, spans, bottom: y }
}

/** The keys of a matrix's marks, row by row, for the keyboard (useMarkFocus): `row|col`, as the layouts key them. */
export function markKeyGrid(rows: readonly string[], cols: readonly string[]): string[][] {
  return rows.map(r => cols.map(c => `${r}|${c}`))
}
