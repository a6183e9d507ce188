import { BRACKET_OUTSET, MIN_ELBOW_SPAN, TRUNK_INSET } from './edge-path'

/** A card's horizontal extent, in SVG units. */
export interface Span { id: string, x0: number, x1: number }

/** A card in a lane: of this band, or of a band above (band < current) or below. */
export interface Placed extends Span { band: number, lane: number }

export interface LaneRequest extends Span {
  /** The node's parents and children; those not placed yet (later in this band, or in a band below) wait. */
  parents: readonly string[]
  children: readonly string[]
}

/** A crossed card costs as much as this many lanes of distance from the preferred lane. */
const CROSSING_COST = 10
/** A card with a same-month child wants a free lane beside it, for the bracket that joins them. */
const NO_ROOM_BESIDE_COST = 5
const NEW_LANE_COST = 0.5
/** Between two candidate positions of a trunk along its parent's card. */
const TRUNK_STEP = 6

/**
 * Gives each card of one band a lane, in the order given (by month), such that no two cards of a lane overlap
 * (`gap` apart at least). Among the free lanes it picks the one whose edges to the cards already placed pass beneath
 * the fewest other cards, then the one nearest a parent's lane (the top lane for a parent in a band above).
 */
export function assignLanes(
  band: number,
  requests: readonly LaneRequest[],
  gap: number,
  elsewhere: ReadonlyMap<string, Placed> = new Map(),
): { lanes: Map<string, number>, count: number } {
  const lanes: Span[][] = []
  const placed = new Map<string, Placed>()
  const find = (id: string) => placed.get(id) ?? elsewhere.get(id)
  const spanOf = new Map(requests.map(r => [r.id, r]))
  const freeAt = (lane: number, x: number) => {
    const last = lanes[lane]?.at(-1)
    return lane >= 0 && (!last || last.x1 + gap <= x)
  }
  for (const req of requests) {
    const parents = req.parents.flatMap(id => find(id) ?? [])
    const children = req.children.flatMap(id => find(id) ?? [])
    const sameMonthChildWaiting = req.children.some(id => !placed.has(id) && spanOf.get(id)?.x0 === req.x0)
    const inBand = parents.find(p => p.band === band)
    const preferred = inBand ? inBand.lane : parents.some(p => p.band > band) ? lanes.length : 0
    let best = lanes.length
    let bestCost = Number.POSITIVE_INFINITY
    for (let lane = 0; lane <= lanes.length; lane++) {
      if (!freeAt(lane, req.x0))
        continue
      const here: Placed = { id: req.id, x0: req.x0, x1: req.x1, band, lane }
      const crossings = parents.reduce((n, p) => n + routeCrossings(lanes, band, p, here), 0)
        + children.reduce((n, c) => n + routeCrossings(lanes, band, here, c), 0)
      const roomBeside = lane + 1 >= lanes.length || freeAt(lane + 1, req.x0) || freeAt(lane - 1, req.x0)
      const cost = crossings * CROSSING_COST
        + Math.abs(lane - preferred)
        + (lane === lanes.length ? NEW_LANE_COST : 0)
        + (sameMonthChildWaiting && !roomBeside ? NO_ROOM_BESIDE_COST : 0)
      if (cost < bestCost) {
        best = lane
        bestCost = cost
      }
    }
    const span = { id: req.id, x0: req.x0, x1: req.x1 }
    ;(lanes[best] ??= []).push(span)
    placed.set(req.id, { ...span, band, lane: best })
  }
  return { lanes: new Map([...placed].map(([id, p]) => [id, p.lane])), count: lanes.length }
}

/** The cards of this band that the edge from parent to child would pass beneath (see edge-path.ts for the route). */
function routeCrossings(lanes: readonly Span[][], band: number, parent: Placed, child: Placed): number {
  if (parent.band === band && child.band === band && parent.lane === child.lane)
    return (lanes[child.lane] ?? []).filter(c => c.x0 > parent.x0 && c.x0 < child.x0).length
  // The lanes of this band that the vertical part passes through.
  const other = parent.band !== band ? parent : child.band !== band ? child : null
  const own = other === parent ? child : parent
  const [from, to] = other
    ? (other.band < band ? [0, own.lane - 1] : [own.lane + 1, lanes.length - 1])
    : [Math.min(parent.lane, child.lane) + 1, Math.max(parent.lane, child.lane) - 1]
  const through = (x0: number, x1: number) => {
    let n = 0
    for (let l = from; l <= to; l++)
      n += (lanes[l] ?? []).filter(c => c.x0 < x1 && c.x1 > x0).length
    return n
  }
  const corridor = (trunk: number) => child.band === band
    ? (lanes[child.lane] ?? []).filter(c => c.id !== child.id && c.x1 > trunk && c.x0 < child.x0).length
    : 0
  const elbow = child.x0 - parent.x0 >= MIN_ELBOW_SPAN
  return Math.min(...trunkCandidates(parent, child).map(x => elbow
    ? through(x - 1, x + 1) + corridor(x)
    : through(x - 5, x + 1)))
}

/**
 * Where the vertical part of an edge may run: for an elbow, anywhere along the parent's card before the child's
 * month (leftmost first); for a same-month bracket, just left of both cards.
 */
export function trunkCandidates(parent: Span, child: Span): number[] {
  if (child.x0 - parent.x0 < MIN_ELBOW_SPAN)
    return [Math.min(parent.x0, child.x0) - BRACKET_OUTSET]
  const end = Math.min(parent.x1, child.x0) - TRUNK_INSET
  const xs = [parent.x0 + TRUNK_INSET]
  for (let x = xs[0]! + TRUNK_STEP; x <= end; x += TRUNK_STEP)
    xs.push(x)
  return xs
}
