import { dodgeMarks } from '../chart/dodge'
import { monthIndex } from '../format/month'
import type { OsaiMatrixSource } from './matrix-layout'
import { osaiModelScore } from './score'

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
 * of each other are spread sideways, 1.6 radii apart at least. Models without a date are listed in `undated`.
 *
 * On a phone (`width`, in screen px) the plot is wider than the screen, to scroll sideways beside its score axis, and
 * the shares panel stands under it at the screen's width.
 */
export function osaiLandscapeLayout(data: OsaiMatrixSource, options: { width?: number } = {}) {
  const phone = options.width !== undefined
  const ph = PHONE_LANDSCAPE
  const plotWidth = phone ? Math.max(ph.minPlotWidth, 2 * options.width!) : 0
  const g = phone
    ? { ...OSAI_LANDSCAPE_GEOMETRY, width: ph.left + plotWidth + 16, height: ph.top + ph.plotHeight + ph.bottom, left: ph.left, right: 16, top: ph.top, bottom: ph.bottom }
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
  const parameters = data.parameters.map(p => p.id)
  const sorted = [...dated].sort((a, b) => a.released!.localeCompare(b.released!) || a.id.localeCompare(b.id))
    .map(m => ({ m, score: osaiModelScore(m, parameters) }))
  const spread = dodgeMarks(sorted.map(({ m, score }) => ({ id: m.id, x: x(monthIndex(m.released!)), y: y(score) })), g.radius * 0.8, { min: g.left + g.radius, max: plotRight - g.radius })
  const nodes: OsaiLandscapeNode[] = sorted.map(({ m, score }) => {
    return {
      id: m.id,
      name: m.name,
      org: m.org,
      released: m.released!,
      score,
      weightsOpen: m.ratings.weights_endmodel?.class === 'open',
      x: spread.get(m.id)!,
      y: y(score),
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
