import { textWidth } from '../chart/text-width'
import type { HeatmapOrder } from './heatmap-order'
import { AVERAGE } from './heatmap-order'
import type { TransparencyMatrix } from './transparency-matrix'

/** Sizes in SVG user units; the SVG has a fixed viewBox, so the chart never measures its container. */
export const HEATMAP_GEOMETRY = {
  width: 1000,
  groupLabelWidth: 26,
  rowLabelWidth: 132,
  headerHeight: 50,
  rowHeight: 24,
  compactRowHeight: 18,
  groupGap: 7,
  averageGap: 8,
  legendHeight: 22,
  /** The headers' font size (FmtiHeatmapHeaders), to size the row labels and wrap long model names onto two lines. */
  labelSize: 12.5,
  cellPadding: 1.5,
} as const

export interface LayoutRow { id: string, label: string, y: number, height: number }
export interface LayoutColumn { id: string, label: string, lines: string[], sublabel: string, x: number, width: number }
export interface LayoutGroup { id: string, y0: number, y1: number }
export interface LayoutCell {
  key: string
  row: string
  col: string
  x: number
  y: number
  width: number
  height: number
  percent: number
  /** "2/7" for a dimension's cell; undefined for an average. */
  fraction?: string
  isAverage: boolean
}

export interface HeatmapLayout {
  width: number
  height: number
  gridLeft: number
  rowLabelWidth: number
  gridTop: number
  rows: LayoutRow[]
  columns: LayoutColumn[]
  groups: LayoutGroup[]
  cells: LayoutCell[]
  legendY: number
}

/**
 * Positions every header and cell, averages included; the click steps only change what is visible, so nothing moves
 * when the averages appear. Rows are grouped by domain, with a gap between groups and before the average row.
 */
export function heatmapLayout(matrix: TransparencyMatrix, order: HeatmapOrder): HeatmapLayout {
  // More rows than the lecture's 13 (the 2025 edition's 19 subdomains) get shorter rows, so the chart fits the slide.
  const g = { ...HEATMAP_GEOMETRY, rowHeight: order.rows.length > 13 ? HEATMAP_GEOMETRY.compactRowHeight : HEATMAP_GEOMETRY.rowHeight }
  // Room for the longest row label (the 2025 edition's "Post-deployment monitoring"), at least the lecture's width.
  const rowLabelWidth = Math.max(g.rowLabelWidth, Math.ceil(Math.max(...matrix.dimensions.map(d => textWidth(d.name, g.labelSize))) + 14))
  const gridLeft = g.groupLabelWidth + rowLabelWidth
  const gridTop = g.headerHeight
  const domainOf = new Map(matrix.dimensions.map(d => [d.id, d.domain]))
  const nameOf = new Map(matrix.dimensions.map(d => [d.id, d.name]))
  const modelOf = new Map(matrix.models.map(m => [m.id, m]))

  const rows: LayoutRow[] = []
  const groups: LayoutGroup[] = []
  let y = gridTop
  order.rows.forEach((id, i) => {
    const domain = domainOf.get(id)!
    if (i > 0 && domain !== domainOf.get(order.rows[i - 1]!))
      y += g.groupGap
    const last = groups.at(-1)
    if (last?.id === domain)
      last.y1 = y + g.rowHeight
    else
      groups.push({ id: domain, y0: y, y1: y + g.rowHeight })
    rows.push({ id, label: nameOf.get(id)!, y, height: g.rowHeight })
    y += g.rowHeight
  })
  y += g.averageGap
  rows.push({ id: AVERAGE, label: 'Average', y, height: g.rowHeight })
  const gridBottom = y + g.rowHeight

  const columnCount = order.columns.length + 1
  const columnWidth = (g.width - gridLeft - g.averageGap) / columnCount
  const columns: LayoutColumn[] = order.columns.map((id, i) => ({
    id,
    label: modelOf.get(id)!.name,
    lines: wrapLabel(modelOf.get(id)!.name, columnWidth, g.labelSize),
    sublabel: modelOf.get(id)!.developer,
    x: gridLeft + i * columnWidth,
    width: columnWidth,
  }))
  columns.push({ id: AVERAGE, label: 'Average', lines: ['Average'], sublabel: '', x: gridLeft + order.columns.length * columnWidth + g.averageGap, width: columnWidth })

  const rowById = new Map(rows.map(r => [r.id, r]))
  const colById = new Map(columns.map(c => [c.id, c]))
  const place = (row: string, col: string) => {
    const r = rowById.get(row)!
    const c = colById.get(col)!
    return { x: c.x + g.cellPadding, y: r.y + g.cellPadding, width: c.width - 2 * g.cellPadding, height: r.height - 2 * g.cellPadding }
  }
  const cells: LayoutCell[] = order.rows.flatMap(row => order.columns.map((col) => {
    const c = matrix.cell(row, col)
    return { key: `${row}|${col}`, row, col, ...place(row, col), percent: c.percent, fraction: `${c.satisfied}/${c.total}`, isAverage: false }
  }))
  for (const row of order.rows)
    cells.push({ key: `${row}|${AVERAGE}`, row, col: AVERAGE, ...place(row, AVERAGE), percent: matrix.dimensionAverages.get(row)!.percent, isAverage: true })
  for (const col of order.columns)
    cells.push({ key: `${AVERAGE}|${col}`, row: AVERAGE, col, ...place(AVERAGE, col), percent: matrix.modelAverages.get(col)!.percent, isAverage: true })

  const legendY = gridBottom + 12
  return { width: g.width, height: legendY + g.legendHeight, gridLeft, rowLabelWidth, gridTop, rows, columns, groups, cells, legendY }
}

/** Splits a label at the space nearest its middle when it is wider than `width` at `fontSize`; one line otherwise. */
export function wrapLabel(label: string, width: number, fontSize: number): string[] {
  if (textWidth(label, fontSize) <= width || !label.includes(' '))
    return [label]
  const middle = label.length / 2
  let best = -1
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle))
      best = i
  }
  return [label.slice(0, best), label.slice(best + 1)]
}
