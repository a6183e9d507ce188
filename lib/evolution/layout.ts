import { PHONE } from '../chart/phone'
import { monospaceTextWidth, textWidth } from '../chart/text-width'
import { type EdgeGeometry, edgeGeometry } from './edge-path'
import { findCycle, formatCycle } from './find-cycle'
import { edgeId, type EvolutionGraph } from './graph'
import { SERIES_SUFFIX_ZH } from './labels-zh'
import { assignLanes, type Placed } from './lanes'
import { monthFromIndex, monthIndex } from '../format/month'
import { trunkPositions } from './routes'
import { type TimeAxis, timeScale } from './time-scale'

const FONT_SIZE = 12.5

/** Sizes in SVG user units; the SVG has a fixed viewBox, so the chart never measures its container. */
export const EVOLUTION_GEOMETRY = {
  width: 1000,
  /** The left gutter holds the band names. */
  bandLabelWidth: 74,
  rightPadding: 8,
  cardHeight: 21,
  laneGap: 7,
  bandPaddingY: 8,
  bandGap: 6,
  /** Cards are sized to their name in a monospace font (monospaceTextWidth) + 2 x cardPaddingX. */
  fontSize: FONT_SIZE,
  /** A monospace character is 0.6 em wide (DejaVu Sans Mono, Liberation Mono, Noto Sans Mono alike). */
  cardPaddingX: 6,
  /** The least horizontal space between two cards in one lane. */
  cardGapX: 6,
  axisHeight: 24,
  /** Type sizes: the band's name, its second line (系列), the years, the step's caption. */
  text: { band: 13, series: 12.5, axis: 12.5, step: 13 },
  /** Baselines of a band's name and second line, from the band's middle; of the years, under the plot. */
  bandNameDy: -5,
  seriesDy: 9,
  axisLabelDy: 17,
} as const

/**
 * The phone layout, in screen px: names at 14 px, lanes 44 px apart (a finger's height per card), and at least
 * `monthWidth` px a month, so the years scroll sideways beside the band names' own column.
 */
export const EVOLUTION_PHONE_GEOMETRY = {
  rightPadding: 8,
  cardHeight: 30,
  laneGap: PHONE.touch - 30,
  bandPaddingY: 10,
  bandGap: 6,
  fontSize: PHONE.text,
  cardPaddingX: 7,
  cardGapX: 8,
  axisHeight: 28,
  text: { band: 15, series: PHONE.text, axis: PHONE.text, step: PHONE.text },
  bandNameDy: -3,
  seriesDy: 15,
  axisLabelDy: 20,
  monthWidth: 13,
  /** The axis starts this many months before the first card. */
  leadMonths: 1,
  /** Around the band names in their column. */
  gutterPadding: 8,
} as const

/** Bold Latin runs about this much wider than textWidth's regular estimate. */
const BOLD = 1.1

export interface EvolutionLayoutOptions {
  /**
   * The phone layout, for a chart this many screen px wide: one viewBox unit is one screen px, the band names in a
   * column of their own left of plot.x0, the years at least EVOLUTION_PHONE_GEOMETRY.monthWidth px a month (wider
   * when the chart has the room), scrolling sideways past the chart's width.
   */
  width?: number
}

export interface LayoutNode {
  id: string
  name: string
  series: string
  released: string
  x: number
  y: number
  width: number
  height: number
  /** Lane within the band, 0 at the top. */
  lane: number
  /** Where sources disagree on the month: the span from the earliest month's start to the latest month's end. */
  range?: { x0: number, x1: number }
}

export interface LayoutEdge extends EdgeGeometry {
  id: string
  from: string
  to: string
  method: string
  evidence: 'stated' | 'inferred'
}

export interface LayoutBand {
  id: string
  label: string
  y0: number
  y1: number
  lanes: number
  /** Baselines of the band's name and of its second line (系列), right-aligned at plot.x0 - labelGap. */
  nameY: number
  seriesY: number
}

export interface EvolutionLayout {
  /** The phone layout: units are screen px, and left of plot.x0 is the band names' column, which stays in view. */
  phone: boolean
  width: number
  height: number
  /** Type sizes in viewBox units: the cards' names (monospace), band names, their second line, years, step caption. */
  text: { name: number, band: number, series: number, axis: number, step: number }
  /** Between the band names' right edge and the plot. */
  labelGap: number
  /** Baseline of the years, under the plot. */
  axisLabelY: number
  time: TimeAxis
  /** The plotting area, right of the band labels. */
  plot: { x0: number, x1: number, y0: number, y1: number }
  bands: LayoutBand[]
  /** One tick per January, labelled with the year. */
  ticks: { label: string, x: number }[]
  nodes: LayoutNode[]
  edges: LayoutEdge[]
}

/**
 * Places the lineage on a time axis: x from the release month (a card's left edge is its month), one band per
 * series in the order given, and within a band lanes such that no two cards overlap and edges pass beneath as few
 * other cards as possible (lib/evolution/lanes.ts). Edges are routed as elbows from parent to child (lib/evolution/edge-path.ts).
 */
export function evolutionLayout(graph: EvolutionGraph, options: EvolutionLayoutOptions = {}): EvolutionLayout {
  const phone = options.width !== undefined
  const g = phone ? EVOLUTION_PHONE_GEOMETRY : EVOLUTION_GEOMETRY
  if (graph.nodes.length === 0)
    throw new Error('no nodes')
  const cycle = findCycle(graph.nodes.map(n => n.id), graph.edges)
  if (cycle)
    throw new Error(formatCycle(cycle))
  const byId = new Map(graph.nodes.map(n => [n.id, n]))
  for (const e of graph.edges) {
    for (const end of [e.from, e.to]) {
      if (!byId.has(end))
        throw new Error(`missing: ${end}`)
    }
  }

  const months = graph.nodes.flatMap(n => [n.released, ...(n.releasedRange ? [n.releasedRange.from, n.releasedRange.to] : [])])
  const indices = months.map(monthIndex)
  const firstYear = Math.floor(Math.min(...indices) / 12)
  const lastYear = Math.floor(Math.max(...indices) / 12)
  // On a phone the axis starts a month before the first card, not at its January, so that the plot opens on the
  // first cards rather than on months with none (the screen shows about twenty of them).
  const firstMonth = phone ? Math.min(...indices) - EVOLUTION_PHONE_GEOMETRY.leadMonths : firstYear * 12
  const labelGap = phone ? EVOLUTION_PHONE_GEOMETRY.gutterPadding : 10
  const x0 = phone
    ? Math.ceil(labelGap * 2 + Math.max(
        ...graph.series.map(s => textWidth(s.name, g.text.band) * BOLD),
        textWidth(SERIES_SUFFIX_ZH, g.text.series),
      ))
    : EVOLUTION_GEOMETRY.bandLabelWidth
  const monthCount = (lastYear + 1) * 12 - firstMonth
  const axisEnd = phone
    ? x0 + monthCount * Math.max(EVOLUTION_PHONE_GEOMETRY.monthWidth, (options.width! - x0 - g.rightPadding) / monthCount)
    : EVOLUTION_GEOMETRY.width - g.rightPadding
  const plot = { x0, x1: axisEnd, y0: 0, y1: 0 }
  const time: TimeAxis = { from: monthFromIndex(firstMonth), to: `${lastYear + 1}-01`, x0: plot.x0, x1: axisEnd }
  const x = timeScale(time)

  const parents = new Map<string, string[]>(graph.nodes.map(n => [n.id, []]))
  const children = new Map<string, string[]>(graph.nodes.map(n => [n.id, []]))
  for (const e of graph.edges) {
    parents.get(e.to)!.push(e.from)
    children.get(e.from)!.push(e.to)
  }
  const depth = depths(graph.nodes.map(n => n.id), parents)
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]))

  const nodes = new Map<string, LayoutNode>()
  const placed = new Map<string, Placed>()
  const bands: LayoutBand[] = []
  let top = 0
  graph.series.forEach((band, bandIndex) => {
    const members = graph.nodes
      .filter(n => n.series === band.id)
      // By month; within a month, cards with parents first (their lanes follow the parents), then by depth.
      .sort((a, b) => monthIndex(a.released) - monthIndex(b.released)
        || Number(parents.get(a.id)!.length === 0) - Number(parents.get(b.id)!.length === 0)
        || depth.get(a.id)! - depth.get(b.id)! || order.get(a.id)! - order.get(b.id)!)
    const spans = members.map((n) => {
      const left = round(x(n.released))
      return { id: n.id, x0: left, x1: left + Math.ceil(monospaceTextWidth(n.name, g.fontSize) + 2 * g.cardPaddingX), parents: parents.get(n.id)!, children: children.get(n.id)! }
    })
    const { lanes, count } = assignLanes(bandIndex, spans, g.cardGapX, placed)
    const y0 = top
    const y1 = y0 + 2 * g.bandPaddingY + Math.max(count, 1) * (g.cardHeight + g.laneGap) - g.laneGap
    members.forEach((n, i) => {
      const span = spans[i]!
      const lane = lanes.get(n.id)!
      placed.set(n.id, { id: n.id, x0: span.x0, x1: span.x1, band: bandIndex, lane })
      const node: LayoutNode = {
        id: n.id, name: n.name, series: n.series, released: n.released,
        x: span.x0, y: y0 + g.bandPaddingY + lane * (g.cardHeight + g.laneGap), width: span.x1 - span.x0, height: g.cardHeight, lane,
      }
      if (n.releasedRange)
        node.range = { x0: round(x(n.releasedRange.from)), x1: round(x(monthFromIndex(monthIndex(n.releasedRange.to) + 1))) }
      nodes.set(n.id, node)
    })
    const middle = (y0 + y1) / 2
    bands.push({ id: band.id, label: band.name, y0, y1, lanes: count, nameY: middle + g.bandNameDy, seriesY: middle + g.seriesDy })
    top = y1 + g.bandGap
  })
  for (const n of graph.nodes) {
    if (!nodes.has(n.id))
      throw new Error(`unknown series "${n.series}" of node ${n.id}`)
  }
  plot.y1 = top - g.bandGap
  // On a phone the plot reaches past the axis's last year when a late card needs the room.
  if (phone)
    plot.x1 = Math.max(axisEnd, ...[...nodes.values()].map(n => n.x + n.width + g.cardGapX))

  const trunks = trunkPositions(nodes, graph.edges)
  const edges: LayoutEdge[] = graph.edges.map((e) => {
    const id = edgeId(e)
    const from = nodes.get(e.from)!
    const to = nodes.get(e.to)!
    return { id, from: e.from, to: e.to, method: e.method, evidence: e.evidence, ...edgeGeometry(from, to, trunks.get(id)) }
  })

  // One tick per January; an axis that starts later in the first year (a phone's) has that year's tick at its start.
  const ticks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ label: String(firstYear + i), x: round(Math.max(plot.x0, x(`${firstYear + i}-01`))) }))
  return {
    phone,
    width: phone ? Math.ceil(plot.x1 + g.rightPadding) : EVOLUTION_GEOMETRY.width,
    height: plot.y1 + g.axisHeight,
    text: { name: g.fontSize, ...g.text },
    labelGap,
    axisLabelY: plot.y1 + g.axisLabelDy,
    time,
    plot,
    bands,
    ticks,
    nodes: graph.nodes.map(n => nodes.get(n.id)!),
    edges,
  }
}

/** Length of the longest chain of parents above each node (0 for a root); the graph is acyclic. */
function depths(ids: readonly string[], parents: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const depth = new Map<string, number>()
  const visit = (id: string): number => {
    const known = depth.get(id)
    if (known !== undefined)
      return known
    const d = Math.max(-1, ...parents.get(id)!.map(visit)) + 1
    depth.set(id, d)
    return d
  }
  ids.forEach(visit)
  return depth
}

const round = (n: number) => Math.round(n * 10) / 10
