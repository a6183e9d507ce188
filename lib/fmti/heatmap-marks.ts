import { AVERAGE } from './heatmap-order'
import type { HeatmapLayout } from './heatmap-layout'

/**
 * The heatmap's keyboard marks (useMarkFocus keys): a header is `col:<id>` (sorts the rows) or `row:<id>` (sorts the
 * columns); a cell is `<row>|<col>`, its layout key.
 */
export type HeatmapMark =
  | { kind: 'col' | 'row', id: string }
  | { kind: 'cell', row: string, col: string }

export const headerMark = (kind: 'col' | 'row', id: string) => `${kind}:${id}`

export function parseMark(key: string): HeatmapMark {
  const cell = key.split('|')
  if (cell.length === 2)
    return { kind: 'cell', row: cell[0]!, col: cell[1]! }
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
  if (kind !== 'col' && kind !== 'row')
    throw new Error(`not a heatmap mark: ${key}`)
  return { kind, id }
}

/**
 * The marks in drawn order, row by row: first the column headers, then per row its header and its cells.
 * The averages are left out while they are hidden.
 */
export function heatmapGrid(layout: HeatmapLayout, showAverages: boolean): string[][] {
  const shown = (id: string) => showAverages || id !== AVERAGE
  const columns = layout.columns.filter(c => shown(c.id))
  const cells = new Set(layout.cells.map(c => c.key))
  return [
    columns.map(c => headerMark('col', c.id)),
    ...layout.rows.filter(r => shown(r.id)).map(r => [
      headerMark('row', r.id),
      ...columns.map(c => `${r.id}|${c.id}`).filter(k => cells.has(k)),
    ]),
  ]
}

/**
 * Up and down between the column headers and the first row, whose row header shifts its cells one place right:
 * the header of a column sits above that column's cell. Null where the plain grid move is right.
 */
export function headerRowMove(grid: readonly (readonly string[])[], key: string, down: boolean): string | null {
  const inHeaders = grid[0]?.indexOf(key) ?? -1
  if (down && inHeaders >= 0) {
    const below = grid[1] ?? []
    return below[Math.min(below.length - 1, inHeaders + 1)] ?? null
  }
  const inFirstRow = grid[1]?.indexOf(key) ?? -1
  if (!down && inFirstRow >= 0) {
    const above = grid[0] ?? []
    return inFirstRow === 0 ? key : above[Math.min(above.length - 1, inFirstRow - 1)] ?? null
  }
  return null
}
