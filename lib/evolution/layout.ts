import { type EdgeGeometry, edgeGeometry } from './edge-path'
import { findCycle, formatCycle } from './find-cycle'
import { edgeId, type EvolutionGraph } from './graph'
import { assignLanes, type Placed } from './lanes'
import { monospaceTextWidth } from '../chart/text-width'
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
} as const

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

export interface LayoutBand { id: string, label: string, y0: number, y1: number, lanes: number }

export interface EvolutionLayout {
  width: number
  height: number
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
export function evolutionLayout(graph: EvolutionGraph): EvolutionLayout {
  const g = EVOLUTION_GEOMETRY
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
  const plot = { x0: g.bandLabelWidth, x1: g.width - g.rightPadding, y0: 0, y1: 0 }
  const time: TimeAxis = { from: `${firstYear}-01`, to: `${lastYear + 1}-01`, x0: plot.x0, x1: plot.x1 }
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
      const x0 = round(x(n.released))
      return { id: n.id, x0, x1: x0 + Math.ceil(monospaceTextWidth(n.name, g.fontSize) + 2 * g.cardPaddingX), parents: parents.get(n.id)!, children: children.get(n.id)! }
    })
    const { lanes, count } = assignLanes(bandIndex, spans, g.cardGapX, placed)
    const y0 = top
    const y1 = y0 + 2 * g.bandPaddingY + Math.max(count, 1) * (g.cardHeight + g.laneGap) - g.laneGap
    members.forEach((n, i) => {
      const { x0, x1 } = spans[i]!
      const lane = lanes.get(n.id)!
      placed.set(n.id, { id: n.id, x0, x1, band: bandIndex, lane })
      const node: LayoutNode = {
        id: n.id, name: n.name, series: n.series, released: n.released,
        x: x0, y: y0 + g.bandPaddingY + lane * (g.cardHeight + g.laneGap), width: x1 - x0, height: g.cardHeight, lane,
      }
      if (n.releasedRange)
        node.range = { x0: round(x(n.releasedRange.from)), x1: round(x(monthFromIndex(monthIndex(n.releasedRange.to) + 1))) }
      nodes.set(n.id, node)
    })
    bands.push({ id: band.id, label: band.name, y0, y1, lanes: count })
    top = y1 + g.bandGap
  })
  for (const n of graph.nodes) {
    if (!nodes.has(n.id))
      throw new Error(`unknown series "${n.series}" of node ${n.id}`)
  }
  plot.y1 = top - g.bandGap

  const trunks = trunkPositions(nodes, graph.edges)
  const edges: LayoutEdge[] = graph.edges.map((e) => {
    const id = edgeId(e)
    const from = nodes.get(e.from)!
    const to = nodes.get(e.to)!
    return { id, from: e.from, to: e.to, method: e.method, evidence: e.evidence, ...edgeGeometry(from, to, trunks.get(id)) }
  })

  const ticks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ label: String(firstYear + i), x: round(x(`${firstYear + i}-01`)) }))
  return {
    width: g.width,
    height: plot.y1 + g.axisHeight,
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
