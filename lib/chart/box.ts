/** A rectangle in a chart's viewBox units. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Point { x: number, y: number }

/** True when two boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** True when the box lies entirely inside the bounds. */
export function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y
    && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height
}
