import type { OsaiMatrixSource } from './matrix-layout'

export const OSAI_LANDSCAPE_GEOMETRY = { width: 1000, height: 420, left: 64, right: 250, top: 16, bottom: 46, radius: 6.5 } as const

export interface OsaiLandscapeNode { id: string, name: string, org: string, released: string, score: number, weightsOpen: boolean, x: number, y: number }

const monthIndex = (ym: string) => {
  const [y, m] = ym.split('-').map(Number)
  return y! * 12 + (m! - 1)
}

/** Shares of the text models whose parameter is open, for the side panel. */
export function openShares(data: OsaiMatrixSource, ids: readonly string[]) {
  const n = data.models.length
  return ids.map((id) => {
    const open = data.models.filter(m => m.ratings[id]?.class === 'open').length
    return { id, open, total: n }
  })
}

/**
 * One node per text model with a release date: x the release month, y the index's score. Nodes that would sit on top
 * of each other (same month and score) are spread sideways. Models without a date are listed in `undated`.
 */
export function osaiLandscapeLayout(data: OsaiMatrixSource) {
  const g = OSAI_LANDSCAPE_GEOMETRY
  const dated = data.models.filter(m => m.released)
  const undated = data.models.filter(m => !m.released).map(m => m.id)
  const months = dated.map(m => monthIndex(m.released!))
  const min = Math.min(...months) - 2
  const max = Math.max(...months) + 2
  const plotRight = g.width - g.right
  const plotBottom = g.height - g.bottom
  const x = (mi: number) => g.left + (mi - min) / (max - min) * (plotRight - g.left)
  const y = (s: number) => plotBottom - s * (plotBottom - g.top)
  const taken = new Map<string, number>()
  const nodes: OsaiLandscapeNode[] = [...dated].sort((a, b) => a.released!.localeCompare(b.released!) || a.id.localeCompare(b.id)).map((m) => {
    const key = `${m.released}|${m.score}`
    const k = taken.get(key) ?? 0
    taken.set(key, k + 1)
    const offset = k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * g.radius * 1.6
    return {
      id: m.id,
      name: m.name,
      org: m.org,
      released: m.released!,
      score: m.score,
      weightsOpen: m.ratings.weights_endmodel?.class === 'open',
      x: x(monthIndex(m.released!)) + offset,
      y: y(m.score),
    }
  })
  const years: { year: number, x: number }[] = []
  for (let yr = Math.ceil(min / 12); yr * 12 <= max; yr++)
    years.push({ year: yr, x: x(yr * 12) })
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map(v => ({ value: v, y: y(v) }))
  return { ...g, plotRight, plotBottom, nodes, undated, years, yTicks }
}
