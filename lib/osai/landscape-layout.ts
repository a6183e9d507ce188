import type { OsaiMatrixSource } from './matrix-layout'

export const OSAI_LANDSCAPE_GEOMETRY = { width: 1000, height: 420, left: 64, right: 250, top: 16, bottom: 46, radius: 6.5 } as const

/**
 * A phone's geometry in screen px: the axis title above the plot, the score axis (kept in view) 44 px wide, the
 * months at about twice the screen's width (the dots as dense as on the slide), the shares panel under the plot.
 */
const PHONE_LANDSCAPE = { top: 36, plotHeight: 300, left: 44, bottom: 52, minPlotWidth: 640 }

/** The parameters whose open shares the panel shows, in its order. */
export const LANDSCAPE_SHARE_IDS = ['weights_endmodel', 'weights_basemodel', 'trainingcode', 'datasources_endmodel', 'datasources_basemodel'] as const

/** The shares panel: at x, y; each share's bar `barWidth` long, the shares `rowGap` apart. */
export interface OsaiLandscapePanel { x: number, y: number, width: number, height: number, barWidth: number, rowGap: number }

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
 *
 * On a phone (`width`, in screen px) the plot is wider than the screen, to scroll sideways beside its score axis, and
 * the shares panel stands under it at the screen's width.
 */
export function osaiLandscapeLayout(data: OsaiMatrixSource, options: { width?: number } = {}) {
  const phone = options.width !== undefined
  const p = PHONE_LANDSCAPE
  const plotWidth = phone ? Math.max(p.minPlotWidth, 2 * options.width!) : 0
  const g = phone
    ? { ...OSAI_LANDSCAPE_GEOMETRY, width: p.left + plotWidth + 16, height: p.top + p.plotHeight + p.bottom, left: p.left, right: 16, top: p.top, bottom: p.bottom }
    : OSAI_LANDSCAPE_GEOMETRY
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
  const panel: OsaiLandscapePanel = phone
    ? { x: 6, y: 16, width: options.width!, height: 16 + 26 + LANDSCAPE_SHARE_IDS.length * 46 + 52, barWidth: options.width! - 50, rowGap: 46 }
    : { x: plotRight + 24, y: g.top + 6, width: g.right - 24, height: plotBottom - g.top, barWidth: 180, rowGap: 46 }
  return { ...g, phone, plotRight, plotBottom, nodes, undated, years, yTicks, panel }
}

export type OsaiLandscapeLayout = ReturnType<typeof osaiLandscapeLayout>
