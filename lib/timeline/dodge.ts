export interface DodgeInput {
  id: string
  x: number
  y: number
}

/**
 * Moves marks sideways, as little as possible, so that no two marks of radius r overlap: models released in the same
 * month with similar sizes (the seven 7B LLaMA fine-tunes of March 2023) stay readable. Marks keep their order of
 * input; each is placed at the first free offset 0, +2r, −2r, +4r, … from its own x. Returns the new x by id.
 */
export function dodge(marks: readonly DodgeInput[], r: number): Map<string, number> {
  const placed: { x: number, y: number }[] = []
  const result = new Map<string, number>()
  const minDistance = 2 * r
  for (const m of marks) {
    for (let k = 0; ; k++) {
      const offset = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * minDistance
      const x = m.x + offset
      if (placed.every(p => Math.hypot(p.x - x, p.y - m.y) >= minDistance - 1e-9)) {
        placed.push({ x, y: m.y })
        result.set(m.id, x)
        break
      }
    }
  }
  return result
}
