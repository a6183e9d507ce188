/** A touch point: where (screen px) and when (ms). */
export interface TouchPoint { x: number, y: number, t: number }

/** How far, how straight and how quick a touch must move to count as a swipe. */
export const SWIPE = {
  /** Horizontal travel, px: a third of a small phone's width is deliberate, a nudge while scrolling is not. */
  minDistance: 64,
  /** Horizontal travel at least this many times the vertical: a diagonal flick while scrolling is no swipe. */
  ratio: 1.8,
  /** A swipe is a flick: a slow drag (reading with a finger, selecting text) is not one. */
  maxDuration: 700,
}

/**
 * The slide a horizontal swipe moves to, relative to the current one: +1 (swipe left: the next slide), -1 (swipe
 * right: the previous one) or 0 (no swipe: too short, too slow, or more vertical than horizontal).
 */
export function swipeStep(start: TouchPoint, end: TouchPoint, rule = SWIPE): -1 | 0 | 1 {
  const dx = end.x - start.x
  const dy = end.y - start.y
  if (end.t - start.t > rule.maxDuration || Math.abs(dx) < rule.minDistance || Math.abs(dx) < rule.ratio * Math.abs(dy))
    return 0
  return dx < 0 ? 1 : -1
}
