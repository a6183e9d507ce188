import { type Box, inside, overlaps } from '../chart/box'

export interface LabelRequest {
  id: string
  /** The mark's centre and radius: the label goes beside it. */
  x: number
  y: number
  r: number
  width: number
  height: number
  /** The area the label must stay in (the plot, or the strip of undisclosed sizes). */
  bounds: Box
  /** May sit further away, with a leader line (kept for the few labels that matter most, to limit clutter). */
  far?: boolean
}

export interface PlacedLabel extends Box {
  id: string
  /** The text's anchor point and alignment, for an SVG <text>. */
  textX: number
  textY: number
  anchor: 'start' | 'middle' | 'end'
  /** Set when the label sits away from its mark and needs a line back to it. */
  leader?: boolean
}

const GAP = 2

/**
 * Candidate positions around a mark, best first: right, left, above, below, the four corners, then further above,
 * below and to the sides (those get a leader line back to the mark).
 */
function candidates(q: LabelRequest): PlacedLabel[] {
  const { x, y, r, width: w, height: h, id } = q
  const d = r + GAP
  const at = (bx: number, by: number, anchor: PlacedLabel['anchor'], leader = false): PlacedLabel => ({
    id,
    ...(leader ? { leader } : {}),
    x: bx,
    y: by,
    width: w,
    height: h,
    anchor,
    textX: anchor === 'start' ? bx : anchor === 'end' ? bx + w : bx + w / 2,
    textY: by + h / 2,
  })
  return [
    at(x + d, y - h / 2, 'start'),
    at(x - d - w, y - h / 2, 'end'),
    at(x - w / 2, y - d - h, 'middle'),
    at(x - w / 2, y + d, 'middle'),
    at(x + d * 0.7, y - d * 0.7 - h, 'start'),
    at(x - d * 0.7 - w, y - d * 0.7 - h, 'end'),
    at(x + d * 0.7, y + d * 0.7, 'start'),
    at(x - d * 0.7 - w, y + d * 0.7, 'end'),
    ...(q.far ? [1, 2, 3] : []).flatMap(k => [
      at(x - w / 2, y - d - h - k * (h + GAP), 'middle', true),
      at(x - w / 2, y + d + k * (h + GAP), 'middle', true),
      at(x + d + k * 6, y - h / 2 - k * (h + GAP), 'start', true),
      at(x + d + k * 6, y - h / 2 + k * (h + GAP), 'start', true),
      at(x - d - k * 6 - w, y - h / 2 - k * (h + GAP), 'end', true),
      at(x - d - k * 6 - w, y - h / 2 + k * (h + GAP), 'end', true),
    ]),
  ]
}

/**
 * Places labels greedily in the order given (most important first): each takes its first candidate position that
 * stays in its bounds and overlaps neither an earlier label nor any mark; a label with no such position is left out
 * (the mark keeps its hover card). Deterministic: the same requests give the same labels.
 */
export function placeLabels(requests: readonly LabelRequest[], marks: readonly Box[]): PlacedLabel[] {
  const placed: PlacedLabel[] = []
  for (const q of requests) {
    const spot = candidates(q).find(c =>
      inside(c, q.bounds)
      && !placed.some(p => overlaps(p, c))
      && !marks.some(m => overlaps(m, c)))
    if (spot)
      placed.push(spot)
  }
  return placed
}
