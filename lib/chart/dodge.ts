/** Moving marks and labels apart so that none hides another, as little as possible. */

export interface DodgeMark {
  id: string
  x: number
  y: number
}

/**
 * Moves marks sideways so that no two marks of radius r overlap: models released in the same month with similar
 * sizes (the seven 7B LLaMA fine-tunes of March 2023) stay readable. Marks keep their order of input; each is placed
 * at the first free offset 0, +2r, −2r, +4r, … from its own x, within `[min, max]` where given. Returns the new x
 * by id.
 */
export function dodgeMarks(marks: readonly DodgeMark[], r: number, bounds = { min: -Infinity, max: Infinity }): Map<string, number> {
  const placed: { x: number, y: number }[] = []
  const result = new Map<string, number>()
  const minDistance = 2 * r
  const clamp = (x: number) => Math.min(bounds.max, Math.max(bounds.min, x))
  for (const m of marks) {
    for (let k = 0; ; k++) {
      const offset = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * minDistance
      const x = m.x + offset
      // No room left within the bounds: the mark stays at the nearest bound, over another.
      if (Math.abs(offset) > bounds.max - bounds.min + Math.abs(m.x - clamp(m.x))) {
        placed.push({ x: clamp(m.x), y: m.y })
        result.set(m.id, clamp(m.x))
        break
      }
      if (x < bounds.min || x > bounds.max)
        continue
      if (placed.every(p => Math.hypot(p.x - x, p.y - m.y) >= minDistance - 1e-9)) {
        placed.push({ x, y: m.y })
        result.set(m.id, x)
        break
      }
    }
  }
  return result
}

/** Spreads labels apart vertically (at least `gap`), keeping their order and staying within [lo, hi]. */
export function dodgeLabels(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i)
  const out = order.map(o => Math.max(lo, o.y))
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + gap)
  if (out.length && out.at(-1)! > hi) {
    out[out.length - 1] = hi
    for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k]!, out[k + 1]! - gap)
  }
  const result = Array.from({ length: ys.length }, () => 0)
  order.forEach((o, k) => { result[o.i] = out[k]! })
  return result
}
