import type { Box, Point } from '../chart/box'
import { PHONE } from '../chart/phone'
import { textWidth, wrapText } from '../chart/text-width'
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

/** The phone layout's sizes in screen px (the phone layout's viewBox unit), beyond PHONE's text and touch sizes. */
export const HEATMAP_PHONE_GEOMETRY = {
  /** A domain's heading above its rows, in the row labels' column. */
  groupHeading: 30,
  /** The narrowest column: "100%" at 14 px with room around it. */
  minColumnWidth: 52,
  /** A column widens to this to keep its name or developer on one line. */
  maxLineWidth: 84,
  /** The share of the screen the row labels may take at most. */
  maxLabelShare: 0.45,
  legendStop: 24,
} as const

export interface LayoutRow {
  id: string
  label: string
  /** The label as drawn: one line on the projector, wrapped between words on a phone. */
  lines: string[]
  y: number
  height: number
}
/** A line of a column header: the developer (`sub`) or the model's name, at its baseline. */
export interface HeaderLine { text: string, y: number, sub: boolean }
export interface LayoutColumn { id: string, label: string, lines: string[], sublabel: string, header: HeaderLine[], x: number, width: number }
/** A domain's rows, y0 to y1, and where its name goes: turned along a bracket on the projector, a heading on a phone. */
export interface LayoutGroup { id: string, y0: number, y1: number, heading?: Point }
/** The legend, at x, y: its title's baseline, the colour stops, and the origin of the weakest dimensions' key. */
export interface HeatmapLegend { x: number, y: number, width: number, height: number, title: Point, stops: Box[], weakest: Point }
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
  /** Laid out for a phone: row labels apart from the grid, which scrolls sideways in its own box. */
  phone: boolean
  width: number
  height: number
  /** Where the row labels begin: right of the domains' brackets on the projector, at 0 on a phone. */
  rowLabelLeft: number
  gridLeft: number
  rowLabelWidth: number
  gridTop: number
  /** Below the last row: the plot's height without the legend. */
  gridBottom: number
  rows: LayoutRow[]
  columns: LayoutColumn[]
  groups: LayoutGroup[]
  cells: LayoutCell[]
  legend: HeatmapLegend
}

export interface HeatmapLayoutOptions {
  /** The width of a phone's screen the chart is drawn at, in px: the phone layout, sized in screen px. */
  width?: number
}

/**
 * Positions every header and cell, averages included; the click steps only change what is visible, so nothing moves
 * when the averages appear. Rows are grouped by domain, with a gap between groups and before the average row.
 *
 * On a phone (`width`), every label is horizontal at 14 px: the row labels, wrapped between words, take a column of
 * their own (the chart keeps it in view while the grid scrolls sideways), each domain's name heads its rows, every
 * column is as wide as its header's longest word, rows are 44 px tall for a finger, and the legend stacks under the
 * grid at the screen's width.
 */
export function heatmapLayout(matrix: TransparencyMatrix, order: HeatmapOrder, options: HeatmapLayoutOptions = {}): HeatmapLayout {
  const phone = options.width !== undefined
  const p = HEATMAP_PHONE_GEOMETRY
  // More rows than the lecture's 13 (the 2025 edition's 19 subdomains) get shorter rows, so the chart fits the slide.
  const g = {
    ...HEATMAP_GEOMETRY,
    rowHeight: phone ? PHONE.touch : order.rows.length > 13 ? HEATMAP_GEOMETRY.compactRowHeight : HEATMAP_GEOMETRY.rowHeight,
    groupLabelWidth: phone ? 0 : HEATMAP_GEOMETRY.groupLabelWidth,
  }
  const domainOf = new Map(matrix.dimensions.map(d => [d.id, d.domain]))
  const nameOf = new Map(matrix.dimensions.map(d => [d.id, d.name]))
  const modelOf = new Map(matrix.models.map(m => [m.id, m]))

  // Room for the longest row label (the 2025 edition's "Post-deployment monitoring"), at least the lecture's width;
  // on a phone, for its longest word, within a share of the screen (a domain's heading runs on over the empty band
  // above its rows).
  const rowLabelWidth = phone
    ? Math.ceil(Math.min(options.width! * p.maxLabelShare, Math.max(...matrix.dimensions.flatMap(d => d.name.split(' ')).map(w => textWidth(w, PHONE.text) + 14))))
    : Math.max(g.rowLabelWidth, Math.ceil(Math.max(...matrix.dimensions.map(d => textWidth(d.name, g.labelSize))) + 14))
  const gridLeft = g.groupLabelWidth + rowLabelWidth
  const rowLines = (label: string) => (phone ? wrapText(label, (rowLabelWidth - 12) / PHONE.text) : [label])

  // Columns: on the projector, the width shared out evenly; on a phone, each as wide as its name and its developer
  // need on one line ("Llama 2"), or where that is too wide, on two split near the middle ("Stable / Diffusion 2").
  const boldWidth = (text: string) => textWidth(text, PHONE.text) * 1.08 + 12
  const lineWidth = (text: string) => {
    const whole = boldWidth(text)
    return whole <= p.maxLineWidth ? whole : Math.max(...wrapLabel(text, 0, PHONE.text).map(boldWidth))
  }
  const phoneColumnWidth = (name: string, developer: string) =>
    Math.ceil(Math.max(p.minColumnWidth, lineWidth(name), developer ? lineWidth(developer) : 0))
  const headerLines = phone
    ? (name: string, developer: string, width: number) => [
        ...wrapText(developer, (width - 8) / PHONE.text).map(text => ({ text, sub: true })),
        ...wrapText(name, (width - 8) / PHONE.text / 1.08).map(text => ({ text, sub: false })),
      ]
    : undefined
  const columnCount = order.columns.length + 1
  const evenWidth = (g.width - gridLeft - g.averageGap) / columnCount
  const widths = [...order.columns.map(id => phone ? phoneColumnWidth(modelOf.get(id)!.name, modelOf.get(id)!.developer) : evenWidth), phone ? phoneColumnWidth('Average', '') : evenWidth]
  const phoneHeaders = headerLines && [...order.columns.map((id, i) => headerLines(modelOf.get(id)!.name, modelOf.get(id)!.developer, widths[i]!)), headerLines('Average', '', widths.at(-1)!)]
  const gridTop = phoneHeaders ? Math.max(...phoneHeaders.map(h => h.length)) * PHONE.line + 12 : g.headerHeight
  /** A header's lines from its bottom up, on a phone; on the projector, the developer above a one- or two-line name. */
  const header = (i: number, lines: string[], sublabel: string): HeaderLine[] => {
    if (phoneHeaders) {
      const h = phoneHeaders[i]!
      return h.map((l, k) => ({ ...l, y: gridTop - 8 - (h.length - 1 - k) * PHONE.line }))
    }
    return [
      // The top line's ascent (1.16 em) inside the chart, the bottom line's descent above the grid.
      { text: sublabel, y: lines.length > 1 ? 15 : 20, sub: true },
      ...lines.map((text, k) => ({ text, y: (lines.length > 1 ? 29 : 37) + k * 14, sub: false })),
    ]
  }

  const rows: LayoutRow[] = []
  const groups: LayoutGroup[] = []
  let y = gridTop
  order.rows.forEach((id, i) => {
    const domain = domainOf.get(id)!
    if (phone && (i === 0 || domain !== domainOf.get(order.rows[i - 1]!)))
      y += p.groupHeading
    else if (i > 0 && domain !== domainOf.get(order.rows[i - 1]!))
      y += g.groupGap
    const last = groups.at(-1)
    if (last?.id === domain)
      last.y1 = y + g.rowHeight
    else
      groups.push({ id: domain, y0: y, y1: y + g.rowHeight, ...(phone ? { heading: { x: 4, y: y - 9 } } : {}) })
    rows.push({ id, label: nameOf.get(id)!, lines: rowLines(nameOf.get(id)!), y, height: g.rowHeight })
    y += g.rowHeight
  })
  y += g.averageGap
  rows.push({ id: AVERAGE, label: 'Average', lines: ['Average'], y, height: g.rowHeight })
  const gridBottom = y + g.rowHeight

  let x = gridLeft
  const columns: LayoutColumn[] = order.columns.map((id, i) => {
    const m = modelOf.get(id)!
    const lines = wrapLabel(m.name, evenWidth, g.labelSize)
    const column = { id, label: m.name, lines, sublabel: m.developer, header: header(i, lines, m.developer), x, width: widths[i]! }
    x += widths[i]!
    return column
  })
  columns.push({ id: AVERAGE, label: 'Average', lines: ['Average'], sublabel: '', header: header(order.columns.length, ['Average'], ''), x: x + g.averageGap, width: widths.at(-1)! })

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

  const width = phone ? columns.at(-1)!.x + columns.at(-1)!.width + 2 : g.width
  const legend = phone ? phoneLegend(options.width!, gridBottom) : projectorLegend(gridLeft, gridBottom)
  return { phone, width, height: legend.y + legend.height, rowLabelLeft: g.groupLabelWidth, gridLeft, rowLabelWidth, gridTop, gridBottom, rows, columns, groups, cells, legend }
}

/** The projector's legend, in one line under the grid: the title, five stops, the weakest dimensions' key. */
function projectorLegend(gridLeft: number, gridBottom: number): HeatmapLegend {
  return {
    x: gridLeft,
    y: gridBottom + 12,
    width: 700,
    height: HEATMAP_GEOMETRY.legendHeight,
    title: { x: 0, y: 12 },
    stops: [0, 1, 2, 3, 4].map(i => ({ x: 118 + i * 50, y: 0, width: 48, height: 17 })),
    weakest: { x: 400, y: 0 },
  }
}

/**
 * A phone's legend, under the grid at the screen's width (it does not scroll with the grid): three lines. The title's
 * baseline sits a 14 px line's ascent (about 16 px) below the legend's top, so the drawing does not clip it.
 */
function phoneLegend(width: number, gridBottom: number): HeatmapLegend {
  const stop = Math.min(64, Math.floor((width - 8) / 5))
  const s = HEATMAP_PHONE_GEOMETRY.legendStop
  return {
    x: 0,
    y: gridBottom + 12,
    width,
    height: 24 + s + 34,
    title: { x: 0, y: 17 },
    stops: [0, 1, 2, 3, 4].map(i => ({ x: i * stop, y: 24, width: stop - 2, height: s })),
    weakest: { x: 0, y: 24 + s + 14 },
  }
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
