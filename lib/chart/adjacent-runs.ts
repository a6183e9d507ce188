/** A run of neighbouring rows that share a highlight, drawn as one outline instead of doubled edges. */
export interface Run {
  ids: string[]
  y: number
  height: number
}

/** Groups the marked rows, in their drawn order, into runs of adjacent rows. */
export function adjacentRuns(rows: readonly { id: string, y: number, height: number }[], marked: (id: string) => boolean): Run[] {
  const runs: Run[] = []
  let previousMarked = false
  for (const r of rows) {
    const isMarked = marked(r.id)
    if (isMarked) {
      const run = runs.at(-1)
      if (run && previousMarked) {
        run.ids.push(r.id)
        run.height = r.y + r.height - run.y
      }
      else {
        runs.push({ ids: [r.id], y: r.y, height: r.height })
      }
    }
    previousMarked = isMarked
  }
  return runs
}
