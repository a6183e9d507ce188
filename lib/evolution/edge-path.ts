import type { Box, Point } from '../chart/box'

export interface EdgeGeometry {
  /** The line, ending where the arrowhead begins. */
  d: string
  /** The arrowhead, a closed triangle whose tip touches the child's card. */
  arrow: string
  /** Where the method's glyph sits: on the line, between the two cards. */
  glyph: Point
}

const ARROW = 6.5
const ARROW_HALF = 3.2
const CORNER = 5
/** Below this horizontal distance a child is "in the same month" and the edge drops straight into its card. */
export const MIN_ELBOW_SPAN = 18
/** Where a parent's trunk leaves its card: this far right of the card's left edge, plus the edge's offset. */
export const TRUNK_INSET = 6
/** How far left of the cards a same-month bracket runs, plus the edge's offset. */
export const BRACKET_OUTSET = 14

/**
 * The route of an edge drawn beneath the cards, like a tree: along the lane when parent and child share it;
 * otherwise down (or up) a trunk just inside the parent's left edge, then along the child's lane into its card.
 * A child in the same month as its parent is joined by a bracket left of both cards.
 * `trunkX` is where the trunk (or the bracket) runs: the layout keeps one parent's trunks apart.
 */
export function edgeGeometry(from: Box, to: Box, trunkX = from.x + TRUNK_INSET): EdgeGeometry {
  const ya = from.y + from.height / 2
  const yb = to.y + to.height / 2
  if (Math.abs(ya - yb) < 0.5) {
    const x0 = from.x + from.width
    return {
      d: `M${f(from.x)},${f(ya)}H${f(to.x - ARROW)}`,
      arrow: rightArrow(to.x, yb),
      glyph: { x: round((x0 + to.x - ARROW) / 2), y: round(yb) },
    }
  }
  const down = yb > ya
  const tx = trunkX
  if (to.x - from.x < MIN_ELBOW_SPAN) {
    // Same month: a bracket on the left of both cards, so the arrow still enters the child's left anchor.
    const bx = Math.min(trunkX, from.x, to.x)
    const v0 = down ? ya + CORNER : ya - CORNER
    const v1 = down ? yb - CORNER : yb + CORNER
    return {
      d: `M${f(from.x)},${f(ya)}H${f(bx + CORNER)}Q${f(bx)},${f(ya)} ${f(bx)},${f(v0)}V${f(v1)}Q${f(bx)},${f(yb)} ${f(bx + CORNER)},${f(yb)}H${f(to.x - ARROW)}`,
      arrow: rightArrow(to.x, yb),
      glyph: { x: round(bx), y: round((ya + yb) / 2) },
    }
  }
  const turn = down ? yb - CORNER : yb + CORNER
  return {
    d: `M${f(tx)},${f(ya)}V${f(turn)}Q${f(tx)},${f(yb)} ${f(tx + CORNER)},${f(yb)}H${f(to.x - ARROW)}`,
    arrow: rightArrow(to.x, yb),
    glyph: { x: round((tx + CORNER + to.x - ARROW) / 2), y: round(yb) },
  }
}

function rightArrow(x: number, y: number) {
  return `M${f(x)},${f(y)}L${f(x - ARROW)},${f(y - ARROW_HALF)}L${f(x - ARROW)},${f(y + ARROW_HALF)}Z`
}

const round = (n: number) => Math.round(n * 10) / 10
const f = (n: number) => String(round(n))
