import type { Box } from '../chart/box'
import { MIN_ELBOW_SPAN } from './edge-path'
import { trunkCandidates } from './lanes'

/** Between two trunks of one parent, or two brackets into one child. */
const TRUNK_SPACING = 3.5

/**
 * Where each edge's vertical part runs (keyed by "from->to"), for edges between different lanes: the candidate
 * (lanes.ts) whose route passes beneath the fewest other cards, leftmost on ties. One parent's elbows that share a
 * position are spaced apart, the farthest child's leftmost, so that they fan out without crossing; brackets into
 * one child likewise, the farthest parent's outermost.
 */
export function trunkPositions(boxes: ReadonlyMap<string, Box>, edges: readonly { from: string, to: string }[]): Map<string, number> {
  const all = [...boxes.values()]
  const chosen: { key: string, group: string, x: number, dy: number, bracket: boolean }[] = []
  for (const e of edges) {
    const a = boxes.get(e.from)!
    const b = boxes.get(e.to)!
    const dy = Math.abs(b.y - a.y)
    if (dy < 0.5)
      continue
    const bracket = b.x - a.x < MIN_ELBOW_SPAN
    const others = all.filter(c => c !== a && c !== b)
    const [top, bottom] = a.y < b.y ? [a, b] : [b, a]
    const crossings = (x: number) => others.filter(c =>
      // the vertical part, between the two cards
      (c.x < x + 1 && c.x + c.width > x - 1 && c.y + c.height > top.y + top.height && c.y < bottom.y)
      // the horizontal part, along the child's lane
      || (!bracket && c.x < b.x && c.x + c.width > x && c.y < b.y + b.height / 2 && c.y + c.height > b.y + b.height / 2),
    ).length
    const xs = trunkCandidates({ id: e.from, x0: a.x, x1: a.x + a.width }, { id: e.to, x0: b.x, x1: b.x + b.width })
    const x = xs.reduce((best, x) => (crossings(x) < crossings(best) ? x : best), xs[0]!)
    const group = bracket ? `${e.to}|bracket|${x}` : `${e.from}|${b.y > a.y ? 'down' : 'up'}|${x}`
    chosen.push({ key: `${e.from}->${e.to}`, group, x, dy, bracket })
  }
  const trunks = new Map<string, number>()
  const groups = new Map<string, typeof chosen>()
  for (const c of chosen)
    groups.set(c.group, [...(groups.get(c.group) ?? []), c])
  for (const list of groups.values()) {
    list.sort((p, q) => q.dy - p.dy)
      .forEach((c, k) => trunks.set(c.key, c.bracket ? c.x - (list.length - 1 - k) * TRUNK_SPACING : c.x + k * TRUNK_SPACING))
  }
  return trunks
}
